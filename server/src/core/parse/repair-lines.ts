/** Lines of a text, for finding the one a syntax error comes from (see `repair.ts`). */
import { lineStartAt } from './line-start';

export interface Line {
  start: number;
  /** Before the line break. */
  end: number;
}

export function lineAt(text: string, offset: number): Line {
  const start = lineStartAt(text, offset);
  const nl = text.indexOf('\n', offset);
  let end = nl === -1 ? text.length : nl;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

export function nextLine(text: string, l: Line): Line | undefined {
  const nl = text.indexOf('\n', l.end);
  return nl === -1 ? undefined : lineAt(text, nl + 1);
}

export function prevLine(text: string, l: Line): Line | undefined {
  return l.start === 0 ? undefined : lineAt(text, l.start - 1);
}

/** A line with nothing but spaces or a comment. */
export const isBlank = (text: string, l: Line) => /^\s*(#.*)?$/.test(text.slice(l.start, l.end));

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

export const leading = (t: string) => /^[ \t]*/.exec(t)![0].length;

/** Where a line's key starts: after its indentation and any `- ` list indicators. */
function keyColumn(t: string): number {
  return /^[ \t]*(?:-[ \t]+)*/.exec(t)![0].length;
}

/** The indentation step of a text: the smallest indentation that several lines use (one slip does not set it). */
export function stepOf(text: string): number {
  const count = new Map<number, number>();
  for (const m of text.matchAll(/^( +)\S/gm)) count.set(m[1].length, (count.get(m[1].length) ?? 0) + 1);
  const used = [...count].filter(([, n]) => n >= 3).map(([w]) => w);
  return used.length ? Math.min(...used) : 2;
}

/** A line that opens a block: `key:` with nothing after it (or a block scalar), or a bare `-`. */
export function opens(t: string): boolean {
  return /:\s*([|>][-+0-9]*)?\s*(#.*)?$/.test(t) || /^\s*-\s*$/.test(t);
}

/**
 * The column a line out of place belongs at, or undefined when it fits. A line fits where a line
 * above it of the same mapping starts, or one step in from the `key:` it is under. Where two
 * lines disagree, the one at the step the file uses is trusted: a first key indented off is the
 * one out of place, not every key after it.
 */
export function expectedColumn(text: string, line: Line, step: number, depth = 0): number | undefined {
  const own = text.slice(line.start, line.end);
  const indent = leading(own);
  const tab = /^[ \t]*/.exec(own)![0].includes('\t');
  let below: Line = line;
  for (let l = prevLine(text, line); l; l = prevLine(text, l)) {
    if (isBlank(text, l)) continue;
    const t = text.slice(l.start, l.end);
    const lin = leading(t);
    const key = keyColumn(t);
    if (!tab && (lin === indent || key === indent)) return undefined;
    if (lin < indent && indent < key) return key;
    // Right under `key:` but not indented past it: its first key, written too far out.
    if (below === line && key >= indent && opens(t)) return key + step;
    if (key >= indent) {
      below = l;
      continue;
    }
    if (opens(t)) {
      const std = key + step;
      if (indent === std && !tab) return undefined;
      const first = leading(text.slice(below.start, below.end));
      if (below === line || first !== std) return std;
      if (indent > first) return first;
      // A tab for one level of indentation: it stands for the column of the keys around it.
      if (tab) return first;
      // Between the `key:` and its keys: at the column of the line after its own block, a sibling of it.
      let next = nextLine(text, line);
      while (next && isBlank(text, next)) next = nextLine(text, next);
      // A `key:` line's own keys come first; after a `key: value` line, the very next line is a sibling.
      const children = next && opens(own) ? leading(text.slice(next.start, next.end)) : 0;
      const after = opens(own) ? lineAfterBlock(text, line, children > indent ? children - 1 : indent) : next;
      const col = after ? leading(text.slice(after.start, after.end)) : first;
      return col >= key && col <= first ? col : key;
    }
    // After `key: value`: a sibling of it, unless that line is itself out of place where this one fits.
    if (depth < 4 && !tab && expectedColumn(text, l, step, depth + 1) === indent) return undefined;
    return key;
  }
  return indent === 0 ? undefined : 0;
}

/** The first content line after the lines under `l` indented further than `indent`. */
function lineAfterBlock(text: string, l: Line, indent: number): Line | undefined {
  for (let n = nextLine(text, l); n; n = nextLine(text, n)) {
    if (!isBlank(text, n) && leading(text.slice(n.start, n.end)) <= indent) return n;
  }
  return undefined;
}

/** The end of the lines under `l` indented further than `indent` (its block), or of `l` itself. */
export function blockEnd(text: string, l: Line, indent = leading(text.slice(l.start, l.end))): number {
  let end = l.end;
  for (let n = nextLine(text, l); n; n = nextLine(text, n)) {
    if (isBlank(text, n)) continue;
    if (leading(text.slice(n.start, n.end)) <= indent) break;
    end = n.end;
  }
  return end;
}

/** A list item below `l`, at its column less two, that `l` would match with a `- ` (a first item that lost its dash). */
export function lostDash(text: string, l: Line): boolean {
  const t = text.slice(l.start, l.end);
  const indent = leading(t);
  if (indent < 2 || !/^ +[^\s-]/.test(t)) return false;
  const dash = `${' '.repeat(indent - 2)}- `;
  for (let n = nextLine(text, l); n; n = nextLine(text, n)) {
    if (isBlank(text, n)) continue;
    const nt = text.slice(n.start, n.end);
    if (nt.startsWith(dash)) return true;
    if (leading(nt) < indent - 2) return false;
  }
  return false;
}
