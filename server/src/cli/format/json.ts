/**
 * Machine-readable JSON output: one flat array of findings over all files, in the order the files
 * were given, each file's findings sorted by position. Positions are 1-based; columns count UTF-16
 * code units (`column = character + 1`), end positions are exclusive like the ranges they come from.
 *
 * This module also holds the small helpers the other formatters share (ordering, picking a language).
 */
import type { Diagnostic, Lang, Localized } from '../../core/types';
import type { Formatter } from './types';

/** The text in `lang`, falling back to the other languages when that one is empty. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] || text.en || text.ru || text.kk || '';
}

/** Compare two diagnostics by start (line, column), then end, then code: a stable, total order. */
export function comparePosition(a: Diagnostic, b: Diagnostic): number {
  const as = a.range.start;
  const bs = b.range.start;
  const ae = a.range.end;
  const be = b.range.end;
  return (
    as.line - bs.line ||
    as.character - bs.character ||
    ae.line - be.line ||
    ae.character - be.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** A sorted copy (the input is left untouched). */
export function sortByPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(comparePosition);
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Diagnostic['severity'];
  code: string;
  message: string;
}

export const json: Formatter = (results, options) => {
  const out: JsonFinding[] = [];
  for (const result of results) {
    for (const d of sortByPosition(result.diagnostics)) {
      out.push({
        file: result.file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: d.severity,
        code: d.code,
        message: localize(d.message, options.lang),
      });
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
};
