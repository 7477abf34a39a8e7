/** Run sizes and seeds of the fuzz tests, from the environment (`FUZZ_SEED`, `FUZZ_RUNS`, `FUZZ_EDITS`). */
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
