/**
 * No data lost by "fix all" with every rule marked safe (what fix on save applies): over generated
 * standards (root blocks reordered so that `edition` is not first, look-alike letters, padded texts,
 * comments everywhere...), every value and comment not at fault is kept, the result parses, and a
 * second run has nothing to do. FUZZ_SEED replays a run, FUZZ_RUNS sets the number of standards.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll } from '../../server/src/core/assist/fix-all';
import { analyze } from '../../server/src/core/engine';
import { fixAllCodes } from '../../server/src/core/rules';
import { FIXED_NOW } from '../helpers';
import { applyEdits } from '../support/edits';
import { buildStandard, standardSpecArb } from './generators';
import { keptProblems } from './invariants';
import { SEED, finiteStackTraces, runs } from './settings';

const lint = (text: string) => analyze(text, { now: FIXED_NOW });
const params = (numRuns: number) => ({ seed: SEED, numRuns: runs(numRuns), interruptAfterTimeLimit: 120_000 + 200 * runs(numRuns) });

describe(`no data lost: fix all with every safe rule, as on save (seed ${SEED})`, function () {
  this.timeout(0);
  finiteStackTraces();

  it('generates standards where `edition` is not the first key', () => {
    const specs = fc.sample(standardSpecArb, { seed: SEED, numRuns: 60 });
    assert.ok(specs.some((s) => lint(buildStandard(s)).diagnostics.some((d) => d.code === 'edition-position')));
  });

  it('keeps every other value and comment, parses, and a second run has nothing to do', () => {
    fc.assert(
      fc.property(standardSpecArb, (s) => {
        // One legacy-font word at most: two readings of one word may need a second run (see no-data-lost).
        const spec = { ...s, legacy: s.legacy.slice(0, 1) };
        const text = buildStandard(spec);
        const edits = fixAll(lint(text).diagnostics, fixAllCodes);
        const { after, problems } = keptProblems(text, edits);
        assert.deepEqual(problems, [], JSON.stringify(spec));
        const second = fixAll(lint(after).diagnostics, fixAllCodes);
        assert.deepEqual(second.map((e) => `${JSON.stringify(after.slice(e.start, e.end))} -> ${JSON.stringify(e.newText)}`), [], JSON.stringify(spec));
        assert.equal(applyEdits(after, second), after);
      }),
      params(100),
    );
  });
});
