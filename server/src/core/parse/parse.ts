/** Text -> `yaml` Document with ranges, plus positions and conflict markers. */
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Position, Range } from '../types';
import { findConflicts, findLoneMarkers, maskConflicts, type Conflict, type LoneMarker } from './conflicts';
import { nestingScan } from './nesting';
import { blocking, repair, type Repair } from './repair';

export interface Parsed {
  /** Where the text nests deeper than MAX_NESTING; such a text is not parsed at all. */
  tooDeep?: number;
  source: string;
  doc: Document.Parsed;
  lines: LineCounter;
  conflicts: Conflict[];
  /** Conflict marker lines outside any whole conflict. */
  loneMarkers?: LoneMarker[];
  /**
   * Lines left out so that the rest could be read (see `repair.ts`); `doc` is the text read without
   * them, while `doc.errors` keeps the parser's errors on the text as written.
   */
  repairs?: Repair[];
  /** Errors of the text as read without the repaired lines: those no repair mended (default: `doc.errors`). */
  residual?: YAMLError[];
  /** More than one YAML document in the file. */
  extraDocuments: number[];
  /**
   * Set when `doc` is the previous version's Document patched in place (`incremental/`): the
   * collections whose items were replaced, with every collection around them. Every other node is
   * the previous version's, its range moved by the change in length when it lies after the change.
   */
  touched?: ReadonlySet<object>;
  /** The flow-bracket depth at each line start of `source`, when known (from its parse as written, its patch, or a scan). */
  lineDepths?: number[];
  /** Known to hold no anchor and no alias (a Document patched in place refuses blocks with them). */
  noAliases?: true;
}

export { MAX_NESTING, nestingScan, nestingTooDeep } from './nesting';

export const PARSE_OPTIONS = {
  version: '1.2',
  prettyErrors: false,
  strict: true,
  // Duplicate keys are found by their own rule, in linear time.
  uniqueKeys: false,
  keepSourceTokens: false,
  /** Bounds alias expansion when a value is converted to plain data. */
  maxAliasCount: 100,
} as const;

/** A carriage return alone ends a line (YAML 1.2, old Mac files); `yaml` reads only `\n`, so give it one, in place. */
export function loneCrAsLf(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

export function parse(source: string): Parsed {
  const lf = loneCrAsLf(source);
  const conflicts = findConflicts(lf);
  const loneMarkers = findLoneMarkers(lf, conflicts);
  const masked = maskConflicts(lf, conflicts, loneMarkers);
  // The flow-bracket depth at each line start, kept for the next version's nesting check (`incremental/nesting.ts`).
  const depths = [0];
  const tooDeep = nestingScan(masked, 0, masked.length, 0, (d) => depths.push(d)).at;
  const text = tooDeep === undefined ? masked : '';
  const { doc, repairs, residual } = read(text);
  // Line starts from the text itself: the parser's own counter can miss breaks after a syntax error.
  const lines = linesOf(masked);
  const extraDocuments: number[] = [];
  // A second `---` document is not part of a standard; find where it starts so it can be reported.
  const re = /^(---|\.\.\.)\s*$/gm;
  let m: RegExpExecArray | null;
  const contentStart = doc.contents?.range?.[0] ?? 0;
  while ((m = re.exec(text))) {
    if (m.index > contentStart && m[1] === '---') extraDocuments.push(m.index);
  }
  const parsed: Parsed = { source, doc, lines, conflicts, loneMarkers, repairs, residual, extraDocuments, tooDeep };
  if (tooDeep === undefined && masked === source) parsed.lineDepths = depths;
  return parsed;
}

/** How many times a text was handed to the YAML parser (for tests: a broken file is parsed a bounded number of times). */
export const parseCount = { n: 0 };

/**
 * One run of the YAML parser. Its errors are `Error`s: capturing a stack trace for each of the
 * hundreds a broken file yields costs more than the parse, and nothing reads them.
 */
export function parseYaml(text: string): Document.Parsed {
  parseCount.n++;
  return parseQuietly(text);
}

/** `yaml`'s parse with the dialect's options, without the stack traces of its errors (not counted). */
export function parseQuietly(text: string): Document.Parsed {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, PARSE_OPTIONS);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The document, read around the lines it cannot parse (see `repair.ts`). */
function read(text: string): { doc: Document.Parsed; repairs: Repair[]; residual: YAMLError[] } {
  const first = parseYaml(text);
  if (blocking(first.errors).length === 0) return { doc: first, repairs: [], residual: first.errors };
  const { doc, repairs } = repair(text, first, parseYaml);
  if (repairs.length === 0) return { doc: first, repairs, residual: first.errors };
  const residual = doc.errors;
  doc.errors = first.errors;
  return { doc, repairs, residual };
}

/** A LineCounter for a text without parsing it (for positions in files analysed elsewhere). */
export function linesOf(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  const text = loneCrAsLf(source);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
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
