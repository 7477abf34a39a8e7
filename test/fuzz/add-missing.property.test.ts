/**
 * No data lost by "add all missing clauses": over generated standards (clauses dropped, comments
 * everywhere, reordered sections, CRLF, anchors, block scalars, a merge conflict...), the edits only
 * insert: every value, key and comment of the writer is still there, the result parses as cleanly,
 * no required clause is missing afterwards (unless refused, with nothing changed), and a second run
 * has nothing to add. FUZZ_SEED replays a run, FUZZ_RUNS sets the number of standards.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMissingClauses } from '../../server/src/core/assist/add-missing';
import { analyze } from '../../server/src/core/engine';
import { FIXED_NOW } from '../helpers';
import { applyEdits } from '../support/edits';
import { buildStandard, standardSpecArb } from './generators';
import { keptProblems } from './invariants';
import { SEED, finiteStackTraces, runs } from './settings';

const lint = (text: string) => analyze(text, { now: FIXED_NOW });
const params = (numRuns: number) => ({ seed: SEED, numRuns: runs(numRuns), interruptAfterTimeLimit: 120_000 + 200 * runs(numRuns) });
const missing = (text: string) => lint(text).diagnostics.filter((d) => d.code === 'missing-required' && d.fixes?.length);

describe(`no data lost: add all missing clauses (seed ${SEED})`, function () {
  this.timeout(0);
  finiteStackTraces();

  it('generates standards with clauses to add', () => {
    const specs = fc.sample(standardSpecArb, { seed: SEED, numRuns: 30 });
    assert.ok(specs.filter((s) => missing(buildStandard(s)).length > 0).length > 10);
  });

  it('only inserts: every value and comment kept, parses, nothing missing after, and a second run adds nothing', () => {
    fc.assert(
      fc.property(standardSpecArb, (spec) => {
        const text = buildStandard(spec);
        const r = addMissingClauses(lint(text));
        const where = `spec: ${JSON.stringify(spec)}`;
        if (r.refused) {
          assert.deepEqual(r.edits, [], `refused but edits: ${where}`);
          return;
        }
        assert.ok(r.edits.every((e) => e.start === e.end || text.slice(e.start, e.end).trim() === ''), `an edit replaces text: ${where}`);
        const { after, problems } = keptProblems(text, r.edits);
        assert.deepEqual(problems, [], where);
        assert.deepEqual(missing(after).map((d) => d.message.en), [], where);
        const again = addMissingClauses(lint(after));
        assert.deepEqual(again.edits, [], `a second run still adds: ${where}`);
        assert.equal(applyEdits(after, again.edits), after);
      }),
      params(80),
    );
  });
});
