/** Shared vocabulary of the engine: languages, positions, diagnostics. No LSP or VS Code types. */

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the tool speaks. */
export type Localized = Record<Lang, string>;

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Zero-based line and UTF-16 column, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the source text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** Safe to apply without looking (used by "fix all"). */
  preferred?: boolean;
}

export interface RelatedInfo {
  /** Another file, for findings across a workspace; the same file when absent. */
  file?: string;
  range: Range;
  offset: [number, number];
  message: Localized;
}

export interface Diagnostic {
  /** Stable rule code, e.g. `missing-required`. */
  code: string;
  severity: Severity;
  message: Localized;
  /** Offsets into the source text (UTF-16 code units). */
  offset: [number, number];
  range: Range;
  fixes?: Fix[];
  related?: RelatedInfo[];
  /** Clause number the finding belongs to, when there is one. */
  clause?: number;
}

export function localized(kk: string, ru: string, en: string): Localized {
  return { kk, ru, en };
}
