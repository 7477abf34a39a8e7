/** The bench's seeded random source (shared with the tests and the fuzzers). */
import { mulberry32 } from '../test/support/random';

/** A seeded random source for reproducible test data (seed 0 is taken as 0x9e3779b9). */
export function prng(seed: number): () => number {
  return mulberry32(seed >>> 0 || 0x9e3779b9);
}
