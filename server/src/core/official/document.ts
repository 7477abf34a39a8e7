/** The published text of a standard as a document: the shape every writer (HTML, DOCX, text) takes. */
import type { Lang } from '../types';

/** A piece of text; `gap` marks a missing value, shown as such. */
export interface Run {
  text: string;
  gap?: boolean;
  /** The run is a value of the standard (not the frame's wording). */
  value?: boolean;
}

/** A paragraph: the clause itself (level 0, label `7.`), a sub-item `1)` (1) or `а)` (2). */
export interface Para {
  level: 0 | 1 | 2;
  label?: string;
  runs: Run[];
}

export interface OfficialClause {
  number: number;
  /** Key path of the field that answers the clause. */
  path: string;
  /** Zero-based source line of the clause's key, for click-to-line and scroll sync. */
  line?: number;
  paras: Para[];
  /** Count of problems the checks found in this clause. */
  problems: number;
}

export interface OfficialSection {
  number: number;
  title: string;
  clauses: OfficialClause[];
}

export interface AppendixRow {
  ref: string;
  title: string;
  /** Normative, target and current values; a gap run when missing. */
  cells: Run[];
  group?: boolean;
}

export interface OfficialDocument {
  lang: Lang;
  /** Lines of the approval block (top right); empty when `service.approval` is not given. */
  approval: Run[][];
  title: Run[][];
  sections: OfficialSection[];
  appendix: {
    heading: Run[][];
    title: string;
    columns: string[];
    rows: AppendixRow[];
  };
}

/** A run list as plain text. */
export function plain(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
