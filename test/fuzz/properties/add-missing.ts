/** The property of "add all missing clauses" (run case by case in a worker by add-missing.property.test.ts, which describes it). */
import assert from 'node:assert/strict';
import { addMissingClauses } from '../../../server/src/core/assist/add-missing';
import { analyze } from '../../../server/src/core/engine';
import { FIXED_NOW } from '../../helpers';
import { applyEdits } from '../../support/edits';
import { caseProperty, type PropertySet } from '../../support/case-property';
import { buildStandard, standardSpecArb } from '../generators';
import { keptProblems } from '../invariants';
import { runs } from '../settings';

const lint = (text: string) => analyze(text, { now: FIXED_NOW });
export const missing = (text: string) => lint(text).diagnostics.filter((d) => d.code === 'missing-required' && d.fixes?.length);

export const properties: PropertySet = {
  onlyInserts: caseProperty(
    [standardSpecArb],
    (spec) => {
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
    },
    { runs: runs(80), show: buildStandard },
  ),
};
