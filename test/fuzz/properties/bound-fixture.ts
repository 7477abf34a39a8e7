/**
 * Properties for the test of the per-case bound (bound.test.ts): one whose check loops forever
 * on one generated value, one that fails, one that passes; and a task whose step 2 never ends.
 */
import fc from 'fast-check';
import { caseProperty, type PropertySet, type TaskSet } from '../../support/case-property';

export const FIXTURE_SEED = 42;
export const FIXTURE_RUNS = 20;
const arb = fc.integer({ min: 0, max: 1_000_000_000 });
/** The value of case 5 with the fixture's seed: the one the check never finishes on. */
export const ENDLESS = fc.sample(fc.tuple(arb), { seed: FIXTURE_SEED, numRuns: 6 })[5][0];

let checked = 0;

export const properties: PropertySet = {
  endless: caseProperty(
    [arb],
    (n) => {
      checked++;
      while (n === ENDLESS) checked++;
    },
    { runs: FIXTURE_RUNS, finish: () => `${checked} checked in this worker` },
  ),
  failing: caseProperty([arb], (n) => n !== ENDLESS, { runs: FIXTURE_RUNS }),
  passing: caseProperty([arb], () => true, { runs: FIXTURE_RUNS, finish: () => 'all well' }),
};

export const tasks: TaskSet = {
  endless: async (step, seed) => {
    for (let i = 0; i < 5; i++) {
      step(i, `text of step ${i}, seed ${seed}`);
      while (i === 2) checked++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  },
  counts: async (step) => {
    for (let i = 0; i < 3; i++) step(i, '');
    return { steps: 3 };
  },
};
