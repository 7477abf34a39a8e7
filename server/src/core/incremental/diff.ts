/** The one span where two texts differ: a common prefix and a common suffix around it. */

export interface Span {
  /** Where the texts start to differ (the same offset in both). */
  start: number;
  /** End of the differing part in the old text. */
  oldEnd: number;
  /** End of the differing part in the new text. */
  newEnd: number;
}

const CHUNK = 2048;

/**
 * The smallest span such that `before` and `after` agree outside it; `undefined` when they are equal.
 * Compares chunks natively, then characters within the first chunk that differs.
 */
export function changedSpan(before: string, after: string): Span | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= max && before.substr(start, CHUNK) === after.substr(start, CHUNK)) start += CHUNK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = max - start;
  let tail = 0;
  while (tail + CHUNK <= room && before.substr(before.length - tail - CHUNK, CHUNK) === after.substr(after.length - tail - CHUNK, CHUNK)) tail += CHUNK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * The same change of a pure insertion or deletion, moved left to the end of the line before (the
 * common prefix puts text typed after a line break at the start of the next line): `text\n` added
 * before `next:` is also `\ntext` added after the line before it. `undefined` when it cannot move.
 */
export function slidLeft(before: string, after: string, span: Span): Span | undefined {
  const inserted = span.oldEnd === span.start;
  if (inserted === (span.newEnd === span.start)) return undefined;
  const piece = inserted ? after.slice(span.start, span.newEnd) : before.slice(span.start, span.oldEnd);
  let p = span.start;
  let rotated = piece;
  for (let steps = 0; p > 0 && steps < 400; steps++) {
    const c = before[p - 1];
    if (c !== rotated[rotated.length - 1]) break;
    rotated = c + rotated.slice(0, -1);
    p--;
    if (c === '\n') break;
  }
  if (p === span.start || before[p] !== '\n') return undefined;
  return { start: p, oldEnd: p + (span.oldEnd - span.start), newEnd: p + (span.newEnd - span.start) };
}
