/**
 * One slip, one problem. When the YAML does not parse, `yaml` often reports the slip on a
 * neighbouring line, and what follows it lands in the wrong mapping: keys that are there look
 * missing. Here the line at fault is found by trying, on candidate lines, what the writer most
 * likely meant: the line moved to the column it belongs at, or left out (blanked with spaces).
 * Every edit keeps the text's length, so offsets stay true. The candidate that lets the rest
 * parse is the slip; the document is read with it mended, and the slip is reported once.
 */
import type { Document, Node, YAMLError } from 'yaml';
import { isCollection, isScalar, visit } from 'yaml';
import { blockEnd, contentBefore, expectedColumn, isBlank, keyOf, leading, lineAt, lostDash, nextLine, opens, prevLine, stepOf, type Line } from './repair-lines';

export { contentBefore, keyOf } from './repair-lines';

export interface Repair {
  /** The line at fault, without its line break. */
  span: [number, number];
  /** The key written on the line, when it holds one. */
  key?: string;
  /** End of the last content before the line (a comment does not count). */
  prev: number;
  /** The parser's error that led to this line. */
  error: YAMLError;
  /** How the line was read: moved left by `shift` columns, with a `- ` put back, or left out with its block (`span` covers it). */
  shift?: number;
  dash?: boolean;
}

export interface Repaired {
  doc: Document.Parsed;
  repairs: Repair[];
}

/** Errors that mending a line cannot help (reported as they are). */
const KEEP = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

/**
 * Parses the search may make, by text size: a few, whatever the file holds, so that a file with
 * hundreds of errors costs a handful of parses (one slip takes up to six). At most about 400,000
 * characters are re-read in all: a large broken file gets fewer tries, one over 400,000 none (it
 * is read as `yaml` reads it).
 */
export function budget(length: number): number {
  return Math.min(8, Math.floor(400_000 / Math.max(1, length)));
}

/** Slips mended at most: those nearest the top (later errors are reported as the parser gives them). */
export const MAX_REPAIRS = 3;

export function blocking(errors: YAMLError[]): YAMLError[] {
  return errors.filter((e) => !KEEP.has(e.code));
}

interface Attempt {
  line: Line;
  shift?: number;
  dash?: boolean;
  /** End of what was left out, when more than the line. */
  end?: number;
  text: string;
}

function blank(text: string, l: Line, end = l.end): Attempt {
  return { line: l, end, text: text.slice(0, l.start) + text.slice(l.start, end).replace(/[^\r\n]/g, ' ') + text.slice(end) };
}

function withDash(text: string, l: Line): Attempt {
  const t = text.slice(l.start, l.end);
  const i = leading(t) - 2;
  return { line: l, dash: true, text: text.slice(0, l.start + i) + '- ' + text.slice(l.start + i + 2) };
}

/** The line moved `d` columns left; the spaces go to its end. */
function shiftLeft(text: string, l: Line, d: number): Attempt {
  const t = text.slice(l.start, l.end);
  return { line: l, shift: d, text: text.slice(0, l.start) + ' '.repeat(leading(t) - d) + t.slice(leading(t)) + ' '.repeat(d) + text.slice(l.end) };
}

/** Lines opening a flow collection still open at the error, or a quoted scalar that runs over keys. */
function openers(doc: Document.Parsed, text: string, at: number): Line[] {
  const out: Line[] = [];
  visit(doc, (_, node) => {
    const r = (node as Node | null)?.range;
    if (!r || r[0] >= at) return;
    if (isCollection(node) && node.flow && r[1] >= at) out.push(lineAt(text, r[0]));
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    if (quoted && /\n[ \t]*(- )?[a-z][a-z-]*:\s/.test(text.slice(r[0], r[1]))) out.push(lineAt(text, r[0]));
  });
  return out;
}

/** The topmost line out of place in the block holding the error line (a first key indented off). */
function outOfPlace(text: string, here: Line, step: number): Line | undefined {
  const indent = leading(text.slice(here.start, here.end));
  let found: Line | undefined;
  for (let l = prevLine(text, here); l; l = prevLine(text, l)) {
    if (isBlank(text, l)) continue;
    const out = expectedColumn(text, l, step) !== undefined;
    // The line the block hangs from, written out of place itself (a `key:` indented one space short).
    if (leading(text.slice(l.start, l.end)) < indent) return out ? l : found;
    if (out) found = l;
  }
  return found;
}

/** Candidate lines for the slip behind `e`, most likely first. */
function candidates(doc: Document.Parsed, text: string, e: YAMLError, step: number): Line[] {
  const here = lineAt(text, Math.min(e.pos[0], text.length));
  const out: Line[] = [];
  const add = (l: Line | undefined) => {
    if (l && !isBlank(text, l) && !out.some((x) => x.start === l.start)) out.push(l);
  };
  openers(doc, text, e.pos[0]).reverse().forEach(add);
  add(here);
  let next = nextLine(text, here);
  while (next && isBlank(text, next)) next = nextLine(text, next);
  add(next);
  let prev = prevLine(text, here);
  while (prev && isBlank(text, prev)) prev = prevLine(text, prev);
  add(prev);
  add(outOfPlace(text, here, step));
  return out;
}

/** What to try on a line: moved to where it belongs (when it is too far right), then left out. */
function attempts(text: string, l: Line, step: number): Attempt[] {
  const want = expectedColumn(text, l, step);
  const have = leading(text.slice(l.start, l.end));
  const out: Attempt[] = [];
  if (lostDash(text, l)) out.push(withDash(text, l));
  if (want !== undefined && want < have) out.push(shiftLeft(text, l, have - want));
  // A `key:` left out without its block would hand its keys to the mapping above: leave them out with it.
  const end = opens(text.slice(l.start, l.end)) ? blockEnd(text, l, Math.max(have, want ?? 0)) : l.end;
  out.push(end > l.end ? blank(text, l, end) : blank(text, l));
  return out;
}

/** Offsets of the doc read from shifted lines, back to the text as written. */
function unshift(doc: Document.Parsed, repairs: Repair[]): void {
  const shifts = repairs.filter((r) => r.shift);
  if (shifts.length === 0) return;
  const map = (o: number) => {
    for (const r of shifts) if (o >= r.span[0] && o <= r.span[1]) return Math.min(o + r.shift!, r.span[1]);
    return o;
  };
  visit(doc, (_, node) => {
    const n = node as Node | null;
    if (n?.range) n.range = [map(n.range[0]), map(n.range[1]), map(n.range[2])];
  });
}

/** Mends, one at a time, the lines the parser stumbles on, while that lets more of the text parse. */
export function repair(text: string, doc: Document.Parsed, reparse: (text: string) => Document.Parsed): Repaired {
  let left = budget(text.length);
  const step = stepOf(text);
  let current = text;
  let cur = doc;
  const repairs: Repair[] = [];
  while (left > 0 && repairs.length < MAX_REPAIRS) {
    const errors = blocking(cur.errors);
    if (errors.length === 0) break;
    const e = errors[0];
    // The fewest errors left wins; on a tie, a line moved beats a line left out, and a line out of place beats one that fits.
    const rank = (a: Attempt, count: number) => count * 8 + (a.shift || a.dash ? 0 : a.end ? 4 : 2) + (expectedColumn(current, a.line, step) === undefined ? 1 : 0);
    let best: (Attempt & { doc: Document.Parsed; score: number }) | undefined;
    search: for (const line of candidates(cur, current, e, step)) {
      for (const a of attempts(current, line, step)) {
        if (left-- <= 0) break search;
        const d = reparse(a.text);
        const rest = blocking(d.errors);
        if (rest.length > 0 && (rest[0].pos[0] <= (a.end ?? line.end) || rest.length > errors.length)) continue;
        const score = rank(a, rest.length);
        if (!best || score < best.score) best = { ...a, doc: d, score };
        if (score === 0) break search;
      }
    }
    if (!best) break;
    const t = current.slice(best.line.start, best.line.end);
    repairs.push({ span: [best.line.start, best.end ?? best.line.end], key: keyOf(t) ?? /^\s*(?:-\s+)?([a-z][a-z-]*)(?=\s*=|:\S|\s+\S)/.exec(t)?.[1], prev: contentBefore(current, best.line.start), error: e, shift: best.shift, dash: best.dash });
    current = best.text;
    cur = best.doc;
  }
  unshift(cur, repairs);
  return { doc: cur, repairs };
}
