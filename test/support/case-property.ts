/**
 * A property run case by case in a worker thread (see bounded-property.ts): its arbitraries,
 * the check of one case, the number of cases, and what to do once all have run. Property
 * modules export `properties`, a record of these by name; the worker loads the module and runs
 * the property it is asked for. A module may also export `tasks`: async runs that report their own
 * steps (the protocol fuzzer), bounded per step in the same way.
 */
import type fc from 'fast-check';

export interface CaseProperty {
  arbitraries: fc.Arbitrary<unknown>[];
  /** Throws (or returns false) when the case fails. */
  check: (...args: unknown[]) => boolean | void;
  /** Number of generated cases. */
  runs: number;
  /** fast-check stops generating after this many ms (the counterexample found so far is reported). */
  timeLimit: number;
  /** After the last case: throws when a condition over the whole run fails; may return a line to print. */
  finish?: () => string | void;
  /** The input as a text to open (e.g. the standard a spec builds), saved next to it when a case is out of time. */
  show?: (...args: unknown[]) => string;
}

export type PropertySet = Record<string, CaseProperty>;

type Arbs<Ts extends unknown[]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

export interface CaseOptions<Ts extends unknown[]> {
  runs: number;
  /** Time limit per case for fast-check's own interruption, ms (default 200). */
  msPerRun?: number;
  finish?: () => string | void;
  show?: (...args: Ts) => string;
}

/** A property over `arbitraries`; `check` is the body of `fc.property`. */
export function caseProperty<Ts extends unknown[]>(arbitraries: [...Arbs<Ts>], check: (...args: NoInfer<Ts>) => boolean | void, options: CaseOptions<NoInfer<Ts>>): CaseProperty {
  return {
    arbitraries: arbitraries as fc.Arbitrary<unknown>[],
    check: check as (...args: unknown[]) => boolean | void,
    runs: options.runs,
    timeLimit: 120_000 + (options.msPerRun ?? 200) * options.runs,
    finish: options.finish,
    show: options.show as CaseProperty['show'],
  };
}

/** Reports the step about to run and its input (for the file written if it never ends). */
export type Step = (index: number, input: string) => void;

/** Runs by name, given the step reporter and the seed of the run. */
export type TaskSet = Record<string, (step: Step, seed: number) => Promise<unknown>>;
