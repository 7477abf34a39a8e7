/**
 * The smallest exact replacement between two wordings of a paragraph: whole values of the standard
 * where the change lies inside one, whole words elsewhere, widened until the old words occur only once.
 */
import { plain, type Run } from './document';

export interface Replacement {
  old: string;
  new: string;
}

function runBounds(runs: Run[], at: number): { start: number; end: number; value: boolean } {
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (at < end || (at === end && r === runs[runs.length - 1])) return { start: pos, end, value: !!r.value };
    pos = end;
  }
  return { start: pos, end: pos, value: false };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}«»“”"'()%-]/u.test(ch);

function toWords(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  return [s, e];
}

/** Extends a span to the whole value runs it touches, then to whole words. */
function widen(runs: Run[], start: number, end: number): [number, number] {
  const text = plain(runs);
  const a = runBounds(runs, start);
  const b = runBounds(runs, Math.max(start, end - 1));
  let s = a.value ? a.start : start;
  let e = b.value ? b.end : end;
  [s, e] = toWords(text, s, e);
  return [s, e];
}

const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);

/** The replacement that turns `a` into `b`, or `undefined` when none is exact. */
export function replacement(a: Run[], b: Run[]): Replacement | undefined {
  const x = plain(a);
  const y = plain(b);
  if (x === y) return undefined;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  let [xs, xe] = widen(a, p, x.length - s);
  // The same cut in the new wording: what stands before and after the old words is unchanged.
  let before = xs;
  let after = x.length - xe;
  for (;;) {
    const old = x.slice(before, x.length - after);
    const neu = y.slice(before, y.length - after);
    if (old && count(x, old) === 1 && y.startsWith(x.slice(0, before)) && y.endsWith(x.slice(x.length - after))) return { old, new: neu };
    if (before === 0 && after === 0) return undefined;
    [xs, xe] = toWords(x, Math.max(0, before - 1), Math.min(x.length, x.length - after + 1));
    before = Math.max(0, before > 0 ? xs : 0);
    after = Math.max(0, x.length - xe);
  }
}
