/** Small statistics for the bench: percentiles with linear interpolation (as numpy's default). */

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const xs = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (xs.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return xs[lo] + (xs[hi] - xs[lo]) * (rank - lo);
}

export const median = (xs: number[]) => percentile(xs, 50);

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(xs: number[]): Summary {
  return {
    n: xs.length,
    p50: round(percentile(xs, 50)),
    p95: round(percentile(xs, 95)),
    min: round(Math.min(...xs)),
    max: round(Math.max(...xs)),
    mean: round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)),
  };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Median of `reps` timed runs of `fn` after `warmup` untimed ones, in milliseconds. */
export function timeMedian(fn: () => unknown, reps: number, warmup = 2): { median: number; samples: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), samples };
}
