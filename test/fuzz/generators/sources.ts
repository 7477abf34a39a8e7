/** The real standards the generators start from, and the seeded random source. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../support/random';

const ROOT = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** Clean standards (no diagnostics): the bases of the generated standards. */
export const CLEAN_STANDARDS: readonly string[] = [
  read('examples/address-certificate.standard.yaml'),
  read('examples/childbirth-allowance.standard.yaml'),
  read('examples/pharmacy-licence.standard.yaml'),
  read('test/fixtures/from-dialect.standard.yaml'),
];

/** Every real standard, the broken one included: the bases of the mutations. */
export const REAL_STANDARDS: readonly string[] = [...CLEAN_STANDARDS, read('examples/broken/mistakes.standard.yaml')];

// ---------------------------------------------------------------------------------------------
// A seeded random source (mulberry32): the same seed gives the same run.

export class Rng {
  private readonly source: () => number;
  constructor(readonly seed: number) {
    this.source = mulberry32(seed);
  }
  /** A float in [0, 1). */
  next(): number {
    return this.source();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** The seed from an environment variable (decimal or 0x hex), else a fresh one. */
export function seedFrom(value: string | undefined): number {
  if (value !== undefined && value.trim() !== '') {
    const n = Number(value.trim());
    if (Number.isInteger(n)) return n >>> 0;
    throw new Error(`not an integer seed: ${value}`);
  }
  return (Date.now() ^ (process.pid << 16) ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
}
