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
  /** Grammatical forms the official text's frames ask for (`{path|form}`), e.g. `dat`: `физическим лицам`. */
  forms?: Record<string, Partial<Localized>>;
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
  /** The clause's text for prose that fits no other key (an import puts such prose here). */
  prose?: boolean;
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
  /** The published text, per language (the official-text frames). */
  official?: Partial<Record<Lang, OfficialLanguage>>;
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
  /** Keys of a working schedule (`hours` with its `breaks`) and of an option that needs its conditions stated. */
  schedule?: { hours: string; breaks: string; available: string; conditions: string };
  indicators?: { path: string; lowTarget: string; base: string; current: string };
  contacts?: { type: string; reachBy: string[] };
  /** `path`: the list of acts, `dateKey`: their date; `otherDates`: other acts' dates (the approving act's). */
  legalBasis?: { path: string; dateKey: string; otherDates?: string[] };
  serviceCode?: { path: string };
}

/**
 * The published text of a standard in one language: the sentence frames of every clause and the
 * words the frames need. Templates hold placeholders:
 * - `{path}`: a value, relative to the clause's own key path (`{.}` is the clause's value itself,
 *   `{^service.name}` is absolute); in an item template, relative to the item;
 * - `{path|form}`: an enumerated value in the grammatical form `form` of its `EnumValue.forms`;
 * - `{#path}`: the number of the clause that holds `path` (so no clause number is written twice);
 * - `[ … ]`: an optional group, dropped when a value inside it is missing (outside a group a missing
 *   value is shown as a visible gap).
 * Conditions (`when`) are `&`-joined terms: `path` (present), `!path` (absent), `path=value`.
 */
export interface FrameItem {
  text: string;
  when?: string;
  /** Numbered sub-items one level down (`а)`, `б)`, …). */
  parts?: FrameItem[];
}

export type FrameBlock =
  /** A sentence of the clause's paragraph. */
  | { text: string; when?: string }
  /** Numbered sub-items `1)`, `2)` from a list value; `empty` when the list is `[]`. */
  | { lead?: string; list: string; item?: string; empty?: string; when?: string }
  /** Numbered sub-items from named parts (only the parts whose `when` holds are numbered). */
  | { lead?: string; parts: FrameItem[]; when?: string };

export interface OfficialWords {
  /** Shown for a missing value: `[не заполнено]`. */
  gap: string;
  /** Joins the last two items of an inline list: ` и `. */
  and: string;
  /** Joins the last two of several contacts: `, а также `. */
  andAlso: string;
  /** Sub-item labels one level down: `а б в г …`. */
  letters: string;
  /** Month names in the form a date needs (genitive in ru, locative in kk), January first. */
  months: string[];
  /** A date: `{day} {month} {year} года`. */
  date: string;
  /** A time range: `с {start} до {end}`. */
  timeRange: string;
  /** A run of weekdays: `с {from} по {to}` (weekday forms `from` and `to`). */
  dayRange: string;
  /** Duration units by plural category of `Intl.PluralRules` (`one`, `few`, `many`, `other`). */
  units: Record<string, Record<string, string>>;
  /** Money units: `MCI`, `KZT`. */
  money: Record<string, string>;
  /** Words around a duration as writers wrote them: `не более`, `в течение`; kk `аспайды`, `ішінде`. */
  durationWords?: { before: string[]; after: string[] };
  /** Words of schedules as writers wrote them, for reading them back: every day, except, days off. */
  scheduleWords?: { everyDay: string[]; except: string[]; daysOff: string[] };
  /** A contact's working schedule: `{days}, {hours}[, перерыв {breaks}]`. */
  schedule: string;
  /** A contact's details after its name, each dropped when missing: `тел.: {phone}`. */
  contact: string[];
}

export interface OfficialLanguage {
  words: OfficialWords;
  /** Lines of the approval block, by approving act (`service.approval.act`). */
  approval: Record<string, string[]>;
  title: string[];
  /** Clause frames, by the key path of the field that answers the clause. */
  clauses: Record<string, FrameBlock[]>;
  /** The appendix's heading lines (top right). */
  appendix: string[];
  /**
   * Formulas of an amending text: `{clause}`, `{item}`, `{old}`, `{new}`, `{row}`; the frames are templates
   * over `service.approval` (`{act|by}`, `{date}`, `{number}`, `{^service.name}`).
   */
  amend: AmendFormulas;
}

export interface AmendFormulas {
  /** Opening sentence naming the standard and the act that approved it. */
  frame: string;
  /** Opening sentence when the approving act is not known. */
  frameUnapproved: string;
  /** Words replaced in the clause's own sentence / inside a sub-item. */
  words: string;
  wordsInItem: string;
  /** The clause in a new wording, then the clause in quotes. */
  newWording: string;
  itemAdded: string;
  itemRemoved: string;
  /** A clause that was not there before / is there no more. */
  clauseAdded: string;
  clauseRemoved: string;
  row: string;
  /** A sub-item one level down, as the other formulas name it: `{sub} подпункта {item}`. */
  subItem: string;
  /** Opening and closing quotes. */
  quotes: [string, string];
}
