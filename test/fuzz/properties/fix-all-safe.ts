/** The property of "fix all" with every safe rule (run case by case in a worker by fix-all-safe.property.test.ts, which describes it). */
import assert from 'node:assert/strict';
import { fixAll } from '../../../server/src/core/assist/fix-all';
import { analyze } from '../../../server/src/core/engine';
import { fixAllCodes } from '../../../server/src/core/rules';
import { FIXED_NOW } from '../../helpers';
import { applyEdits } from '../../support/edits';
import { caseProperty, type PropertySet } from '../../support/case-property';
import { buildStandard, standardSpecArb } from '../generators';
import { keptProblems } from '../invariants';
import { runs } from '../settings';
import { oneLegacyWord } from './no-data-lost';

export const lint = (text: string) => analyze(text, { now: FIXED_NOW });

export const properties: PropertySet = {
  keeps: caseProperty(
    [standardSpecArb],
    (s) => {
      const spec = oneLegacyWord(s);
      const text = buildStandard(spec);
      const edits = fixAll(lint(text).diagnostics, fixAllCodes);
      const { after, problems } = keptProblems(text, edits);
      assert.deepEqual(problems, [], JSON.stringify(spec));
      const second = fixAll(lint(after).diagnostics, fixAllCodes);
      assert.deepEqual(
        second.map((e) => `${JSON.stringify(after.slice(e.start, e.end))} -> ${JSON.stringify(e.newText)}`),
        [],
        JSON.stringify(spec),
      );
      assert.equal(applyEdits(after, second), after);
    },
    { runs: runs(100), show: (s) => buildStandard(oneLegacyWord(s)) },
  ),
};
