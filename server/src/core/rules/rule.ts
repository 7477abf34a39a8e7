/** What every rule module provides, and what it is given to check a document. */
import type { Catalog } from '../catalog/types';
import type { FindingKind, FindingOf } from '../model/findings';
import type { Model } from '../model/model';
import type { Parsed } from '../parse/parse';
import type { Diagnostic, Fix, Localized, Severity } from '../types';
import type { SpellingContext } from './text/speller';

/** Where the rule is listed in the rules index (`docs/rules/README.md`). */
export type RuleGroup = 'structure' | 'consistency' | 'text' | 'workspace';

export interface RuleMeta {
  /** Stable code, also the docs page name `docs/rules/<code>.md` and test file `test/rules/<code>.test.ts`. */
  code: string;
  defaultSeverity: Severity;
  /** Severities some findings take instead of the default, for the index: `free with an amount: warning`. */
  otherSeverities?: string;
  title: Localized;
  /** What it reports, in one line. */
  summary: Localized;
  group: RuleGroup;
  /** Key paths of the clauses it checks (`general.fee`): numbered by each edition; `any` for keys anywhere. */
  clauses: string[] | 'any';
  /** Its fixes change only the characters at fault, so "fix all" may apply them without asking. */
  fixAllSafe?: boolean;
  /**
   * Its findings say a value itself is unreadable (syntax, wrong type, unknown value): a consistency or
   * text finding whose related value it reports adds nothing and is left out.
   */
  marksBroken?: boolean;
  /** Rules that work across files (see `checkWorkspace`) set this. */
  scope?: 'file' | 'workspace';
  /**
   * What it reads besides the text and the config (the dictionaries, which are read after the first
   * diagnostics; today's date): its findings may change while the text stays the same, so it alone is
   * run again when a document is analysed anew with an unchanged text (`analyzeParsed`'s `kept`).
   */
  reads?: readonly ('speller' | 'today')[];
}

export interface Report {
  offset: [number, number];
  message: Localized;
  /** Overrides the rule's default severity for this finding (the config overrides both). */
  severity?: Severity;
  fixes?: Fix[];
  related?: { offset: [number, number]; message: Localized }[];
  clause?: number;
}

export interface RuleContext {
  parsed: Parsed;
  source: string;
  model: Model;
  catalog?: Catalog;
  /** "Today", so tests can fix the date. */
  now: Date;
  /** Dictionaries and the workspace's own words, when the caller gives a speller. */
  spelling?: SpellingContext;
  report(r: Report): void;
  /** No next version of the text will be checked after this one: a check keeps nothing per scalar for it. */
  oneShot?: boolean;
  findings<K extends FindingKind>(kind: K): FindingOf<K>[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
  /**
   * Runs after every rule's `check` with all their findings, and returns those to keep (the inline
   * `service-standard-disable` comments); it may report findings of its own. `known`: every rule code.
   */
  review?(ctx: RuleContext, found: Diagnostic[], known: ReadonlySet<string>): Diagnostic[];
}
