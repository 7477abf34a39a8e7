/** Checking option values: each wrong value is one line naming what is allowed. */
import { UsageError } from './output';

/** A whole number of at least `min`, written in digits (`--max-warnings=` is not 0). */
export function wholeNumber(option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= min)) throw new UsageError(`${option} takes a whole number, ${min} or more, not "${value}"`);
  return n;
}
