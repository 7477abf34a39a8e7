/**
 * The shape of an edition catalog: the one declarative description of a model standard
 * from which diagnostics, completion, hover, JSON Schema, snippets, grammar and preview derive.
 */
import type { Lang, Localized } from '../types';

export interface EnumValue {
  value: string;
  title: Localized;
  /** Other spellings accepted for this value (e.g. Russian or Kazakh words). */
  aliases?: string[];
  /** For a value that selects the type of a sibling key (see `SwitchType`). */
  help?: Localized;
}

export type ScalarKind =
  | 'text'
  | 'string'
  | 'boolean'
  | 'percent'
  | 'duration'
  | 'money'
  | 'time-range'
  | 'time'
  | 'date'
  | 'email'
  | 'phone'
  | 'url';

export interface ScalarType {
  kind: ScalarKind;
}

export interface EnumType {
  kind: 'enum';
  values: EnumValue[];
  /** A text item is accepted besides the named values (clause 18's "other principles"). */
  allowText?: boolean;
}

export interface ListType {
  kind: 'list';
  item: ValueType;
  /** Fewest items; 1 means "an empty list is an error". */
  minItems?: number;
  /** A single item may be written without the list brackets. */
  single?: boolean;
}

export interface ObjectType {
  kind: 'object';
  fields: Field[];
  /** At least one of these keys must be present (reported as a missing required key). */
  oneOf?: string[];
}

/** A named type from `Catalog.types`, such as `contact`. */
export interface RefType {
  kind: 'ref';
  name: string;
}

/** A value whose type depends on a sibling key's enum value (information channel -> url/phone/text). */
export interface SwitchType {
  kind: 'switch';
  on: string;
  cases: Record<string, ValueType>;
  otherwise: ValueType;
}

export type ValueType = ScalarType | EnumType | ListType | ObjectType | RefType | SwitchType;

export interface Field {
  key: string;
  type: ValueType;
  optional?: boolean;
  /** Clause of the model this key answers. */
  clause?: number;
  /** Section of the model this key holds (top-level section keys). */
  section?: number;
  /** Sub-clause or appendix row label, e.g. `7.1 a)` or `1.1`. */
  ref?: string;
  title: Localized;
  help?: Localized;
  /** A realistic value, used by `new`, snippets and hover. */
  example?: unknown;
}

export interface Section {
  number: number;
  key: string;
  title: Localized;
}

export interface Clause {
  number: number;
  section: number;
  /** Short heading used in messages, completion and the preview. */
  title: Localized;
  /** The model's wording of the clause: kk is the official text, ru and en translations. */
  text: Localized;
}

export interface AppendixGroup {
  ref: string;
  title: Localized;
}

export interface Appendix {
  title: Localized;
  /** The table's four column headings. */
  columns: [Localized, Localized, Localized, Localized];
  groups: AppendixGroup[];
  /** Dotted path of the object whose fields are the table's rows. */
  path: string;
}

export interface Catalog {
  edition: string;
  title: Localized;
  /** The act that approved this edition of the model. */
  source: Localized;
  languages: Lang[];
  sections: Section[];
  clauses: Clause[];
  appendix: Appendix;
  types: Record<string, ValueType>;
  root: ObjectType;
  /** Parameters of the consistency rules: paths and limits, so a new edition needs no code. */
  rules: RuleParams;
}

/** Dotted paths into the document, e.g. `general.fee`. */
export interface RuleParams {
  fee?: { path: string; flag: string; requiredWhenPaid: string[]; unexpectedWhenFree: string[] };
  deadlines?: {
    path: string;
    anyOf: string[];
    fromDocuments: string;
    documentsPath: string;
    electronic: string;
    formPath: string;
    nonAutomated: string;
    onTheSpot: string[];
    onTheSpotMaxMinutes: number;
  };
  automation?: {
    formPath: string;
    fully: string;
    non: string;
    resultFormPath: string;
    electronicResult: string;
    deliveryPath: string;
    electronicDelivery: string[];
  };
  schedule?: { type: string };
  indicators?: { path: string; lowTarget: string; base: string; current: string };
  contacts?: { type: string; reachBy: string[] };
  legalBasis?: { path: string; dateKey: string };
  serviceCode?: { path: string };
}
