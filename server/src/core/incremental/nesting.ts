/**
 * The nesting check (`nestingTooDeep`) without scanning the whole text again: the flow-bracket depth
 * at each line start is kept per parsed text (`Parsed.lineDepths`); a block's lines are scanned from
 * the depth before them, and when they leave the depth the old lines left, the lines after them
 * scan as before.
 */
import { nestingScan, type Parsed } from '../parse/parse';

/** The depth at each line start of a parsed text (as its parse or patch found them, else scanned once and kept on it). */
function depthsOf(p: Parsed): number[] {
  if (!p.lineDepths) {
    const d = [0];
    nestingScan(p.source, 0, p.source.length, 0, (x) => d.push(x));
    p.lineDepths = d;
  }
  return p.lineDepths;
}

/** The index of the line starting at `offset` in the parsed text, or -1. */
function lineIndex(p: Parsed, offset: number): number {
  const starts = p.lines.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] === offset) return mid;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface NestingUpdate {
  /** The depths at the new text's line starts; `undefined` with the reason when not known. */
  depths?: number[];
  refused?: string;
}

/**
 * Whether the new text nests too deep, from the old one's depths: the old text's lines `[start, end)`
 * were replaced by the new text's `[start, newEnd)`.
 */
export function nestingAfter(prev: Parsed, source: string, start: number, end: number, newEnd: number): NestingUpdate {
  const old = depthsOf(prev);
  const first = lineIndex(prev, start);
  const last = end === prev.source.length ? old.length : lineIndex(prev, end);
  if (first < 0 || last < 0) return { refused: 'no line bounds for the nesting check' };
  const inside: number[] = [];
  const scan = nestingScan(source, start, newEnd, old[first], (x) => inside.push(x));
  if (scan.at !== undefined) return { refused: 'the text nests too deep' };
  if (last < old.length && scan.depth !== old[last]) return { refused: 'flow brackets left open' };
  const after = last < old.length ? old.slice(last + 1) : [];
  return { depths: old.slice(0, first + 1).concat(inside, after) };
}
