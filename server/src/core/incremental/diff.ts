/** The one span where two texts differ: a common prefix and a common suffix around it. */

export interface Span {
  /** Where the texts start to differ (the same offset in both). */
  start: number;
  /** End of the differing part in the old text. */
  oldEnd: number;
  /** End of the differing part in the new text. */
  newEnd: number;
}

/**
 * The smallest span such that `before` and `after` agree outside it; `undefined` when they are equal.
 * Compares halves natively (binary search over prefixes), not character by character.
 */
export function changedSpan(before: string, after: string): Span | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  const start = commonLength(max, (n) => before.startsWith(after.slice(0, n)));
  const room = max - start;
  const tail = commonLength(room, (n) => before.endsWith(after.slice(after.length - n)));
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** The largest n in [0, max] with `same(n)`, for a predicate true up to some n and false after. */
function commonLength(max: number, same: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (same(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
