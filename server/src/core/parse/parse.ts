/** Text -> `yaml` Document with ranges, plus positions and conflict markers. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Position, Range } from '../types';
import { findConflicts, maskConflicts, type Conflict } from './conflicts';

export interface Parsed {
  source: string;
  doc: Document.Parsed;
  lines: LineCounter;
  conflicts: Conflict[];
  /** More than one YAML document in the file. */
  extraDocuments: number[];
}

export const PARSE_OPTIONS = {
  version: '1.2',
  prettyErrors: false,
  strict: true,
  uniqueKeys: true,
  keepSourceTokens: false,
  /** Bounds alias expansion when a value is converted to plain data. */
  maxAliasCount: 100,
} as const;

export function parse(source: string): Parsed {
  const conflicts = findConflicts(source);
  const text = maskConflicts(source, conflicts);
  const doc = parseDocument(text, PARSE_OPTIONS);
  // Line starts from the text itself: the parser's own counter can miss breaks after a syntax error.
  const lines = linesOf(text);
  const extraDocuments: number[] = [];
  // A second `---` document is not part of a standard; find where it starts so it can be reported.
  const re = /^(---|\.\.\.)\s*$/gm;
  let m: RegExpExecArray | null;
  const contentStart = doc.contents?.range?.[0] ?? 0;
  while ((m = re.exec(text))) {
    if (m.index > contentStart && m[1] === '---') extraDocuments.push(m.index);
  }
  return { source, doc, lines, conflicts, extraDocuments };
}

/** A LineCounter for a text without parsing it (for positions in files analysed elsewhere). */
export function linesOf(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

export function positionAt(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line: line - 1, character: col - 1 };
}

export function rangeOf(lines: LineCounter, start: number, end: number): Range {
  return { start: positionAt(lines, start), end: positionAt(lines, Math.max(start, end)) };
}

/** End of the line holding `offset` (before `\r\n` / `\n`). */
export function lineEnd(source: string, offset: number): number {
  const nl = source.indexOf('\n', offset);
  const end = nl === -1 ? source.length : nl;
  return end > offset && source[end - 1] === '\r' ? end - 1 : end;
}

export type { Conflict };
