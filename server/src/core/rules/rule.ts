/** What every rule module provides, and what it is given to check a document. */
import type { Catalog } from '../catalog/types';
import type { FindingKind, FindingOf } from '../model/findings';
import type { Model } from '../model/model';
import type { Parsed } from '../parse/parse';
import type { Fix, Localized, Severity } from '../types';

export interface RuleMeta {
  /** Stable code, also the docs page name: `docs/rules/<code>.md`. */
  code: string;
  defaultSeverity: Severity;
  title: Localized;
  /** Rules that work across files (see `checkWorkspace`) set this. */
  scope?: 'file' | 'workspace';
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
  report(r: Report): void;
  findings<K extends FindingKind>(kind: K): FindingOf<K>[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}
