/** Run sizes and seeds of the fuzz tests, from the environment (`FUZZ_SEED`, `FUZZ_RUNS`, `FUZZ_EDITS`). */
import type { BoundOptions } from '../support/bounded-property';
import { seedFrom } from './generators';

/** One seed per process: printed in the suite titles; `FUZZ_SEED=<n>` replays a run. */
export const SEED = seedFrom(process.env.FUZZ_SEED);

/** `FUZZ_RUNS` scales every property's number of runs (default sizes are tuned for `npm test`). */
export function runs(defaultRuns: number): number {
  const env = process.env.FUZZ_RUNS;
  if (env === undefined || env.trim() === '') return defaultRuns;
  const n = Number(env);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`FUZZ_RUNS must be a positive integer, not ${env}`);
  return n;
}

/** Number of edits for the protocol test (`FUZZ_EDITS`). */
export function edits(defaultEdits: number): number {
  const env = process.env.FUZZ_EDITS;
  if (env === undefined || env.trim() === '') return defaultEdits;
  const n = Number(env);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`FUZZ_EDITS must be a positive integer, not ${env}`);
  return n;
}

/**
 * Mocha sets `Error.stackTraceLimit = Infinity`; yaml builds an error object for each problem
 * it meets, deep inside its recursive parser, and capturing whole stacks then costs seconds
 * per input. The suites set a finite limit while they run (as in the server) and restore it.
 */
export function finiteStackTraces(limit = 100): void {
  let saved = Error.stackTraceLimit;
  before(() => {
    saved = Error.stackTraceLimit;
    Error.stackTraceLimit = limit;
  });
  after(() => {
    Error.stackTraceLimit = saved;
  });
}

/** `FUZZ_CASE=<n>`: replay case n alone (with the seed it failed with). */
export function replayCase(): number | undefined {
  const env = process.env.FUZZ_CASE;
  if (env === undefined || env.trim() === '') return undefined;
  const n = Number(env);
  if (!Number.isInteger(n) || n < 0) throw new Error(`FUZZ_CASE must be a case index (0, 1, ...), not ${env}`);
  return n;
}

/** Longest time one generated case may take, ms (`FUZZ_CASE_SECONDS`, default 10). */
export function caseBound(): number {
  const env = process.env.FUZZ_CASE_SECONDS;
  if (env === undefined || env.trim() === '') return 10_000;
  const n = Number(env);
  if (!(n > 0)) throw new Error(`FUZZ_CASE_SECONDS must be a positive number, not ${env}`);
  return n * 1000;
}

/** Options of the bounded properties of a test file (see test/support/bounded-property.ts). */
export function bounded(file: string): BoundOptions {
  return { seed: SEED, bound: caseBound(), replay: replayCase(), file };
}
