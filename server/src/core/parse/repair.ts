/**
 * One slip, one problem. When the YAML does not parse, `yaml` often reports the slip on a
 * neighbouring line, and what follows it lands in the wrong mapping: keys that are there look
 * missing. Here the line at fault is found by leaving candidate lines out (blanked with spaces,
 * so every offset stays true) and parsing again; the line whose absence lets the rest parse is
 * the slip. The document is then read without it, and the slip is reported once, on its line.
 */
import type { Document, YAMLError } from 'yaml';
import { isCollection, visit } from 'yaml';

export interface Repair {
  /** The left-out line, without its line break. */
  span: [number, number];
  /** The key written on the line, when it holds one (its value is unknown, not missing). */
  key?: string;
  /** End of the last content before the line (a comment does not count). */
  prev: number;
  /** The parser's error that led to this line. */
  error: YAMLError;
}

export interface Repaired {
  doc: Document.Parsed;
  repairs: Repair[];
}

/** Errors that leaving a line out cannot mend (reported as they are). */
const KEEP = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

/** Parses allowed for the search, by text size (a large broken file is read as `yaml` reads it). */
function budget(length: number): number {
  if (length < 150_000) return 40;
  if (length < 600_000) return 6;
  return 0;
}

interface Line {
  start: number;
  end: number;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const nl = text.indexOf('\n', offset);
  let end = nl === -1 ? text.length : nl;
  if (end > start && text[end - 1] === '\r') end--;
  return { start: offset === 0 ? 0 : start, end };
}

function nextLine(text: string, l: Line): Line | undefined {
  const nl = text.indexOf('\n', l.end);
  return nl === -1 ? undefined : lineAt(text, nl + 1);
}

function prevLine(text: string, l: Line): Line | undefined {
  return l.start === 0 ? undefined : lineAt(text, l.start - 1);
}

const isBlank = (text: string, l: Line) => /^\s*(#.*)?$/.test(text.slice(l.start, l.end));

export function blocking(errors: YAMLError[]): YAMLError[] {
  return errors.filter((e) => !KEEP.has(e.code));
}

function blank(text: string, l: Line): string {
  return text.slice(0, l.start) + text.slice(l.start, l.end).replace(/[^\r\n]/g, ' ') + text.slice(l.end);
}

/** The line opening a flow collection (`[` / `{`) that is still open where the error is. */
function openFlow(doc: Document.Parsed, text: string, at: number): Line | undefined {
  let found: Line | undefined;
  visit(doc, (_, node) => {
    if (isCollection(node) && node.flow && node.range && node.range[0] < at && node.range[1] >= at) found = lineAt(text, node.range[0]);
  });
  return found;
}

/** Candidate lines for the slip behind `e`, most likely first. */
function candidates(doc: Document.Parsed, text: string, e: YAMLError): Line[] {
  const here = lineAt(text, Math.min(e.pos[0], text.length));
  const out: Line[] = [];
  const add = (l: Line | undefined) => {
    if (l && !isBlank(text, l) && !out.some((x) => x.start === l.start)) out.push(l);
  };
  add(here);
  let next = nextLine(text, here);
  while (next && isBlank(text, next)) next = nextLine(text, next);
  add(next);
  add(openFlow(doc, text, e.pos[0]));
  let prev = prevLine(text, here);
  while (prev && isBlank(text, prev)) prev = prevLine(text, prev);
  add(prev);
  return out;
}

/** End of the last content before `start`, skipping blank and comment lines. */
export function contentBefore(text: string, start: number): number {
  let l = prevLine(text, lineAt(text, start));
  while (l && isBlank(text, l)) l = prevLine(text, l);
  return l ? l.end : 0;
}

/** The plain key a line starts with (`  max-wait: 30 minutes` -> `max-wait`). */
export function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)*([^\s:#'"[\]{},&*!|>%@`-][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
}

/** Leaves out, one at a time, the lines the parser stumbles on, while that lets more of the text parse. */
export function repair(text: string, doc: Document.Parsed, reparse: (text: string) => Document.Parsed): Repaired {
  let left = budget(text.length);
  let current = text;
  let cur = doc;
  const repairs: Repair[] = [];
  while (left > 0) {
    const errors = blocking(cur.errors);
    if (errors.length === 0) break;
    const e = errors[0];
    let best: { line: Line; text: string; doc: Document.Parsed; count: number } | undefined;
    for (const line of candidates(cur, current, e)) {
      if (left-- <= 0) break;
      const t = blank(current, line);
      const d = reparse(t);
      const rest = blocking(d.errors);
      const moved = rest.length === 0 || rest[0].pos[0] > line.end;
      if (!moved || rest.length > errors.length) continue;
      if (!best || rest.length < best.count) best = { line, text: t, doc: d, count: rest.length };
      if (rest.length === 0) break;
    }
    if (!best) break;
    repairs.push({ span: [best.line.start, best.line.end], key: keyOf(current.slice(best.line.start, best.line.end)), prev: contentBefore(current, best.line.start), error: e });
    current = best.text;
    cur = best.doc;
  }
  return { doc: cur, repairs };
}
