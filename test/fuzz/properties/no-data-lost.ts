/**
 * The no-data-lost properties of quick fixes, "fix all" and "order clauses" over generated
 * standards (run case by case in a worker by no-data-lost.property.test.ts, which describes them).
 */
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { fixAll } from '../../../server/src/core/assist/fix-all';
import { orderClauses, orderClausesResult } from '../../../server/src/core/assist/order';
import { kz2010 } from '../../../server/src/core/catalog/kz-2010';
import { analyze } from '../../../server/src/core/engine';
import { FIXED_NOW } from '../../helpers';
import { applyEdits } from '../../support/edits';
import { caseProperty, type PropertySet } from '../../support/case-property';
import { buildStandard, standardSpecArb, type StandardSpec } from '../generators';
import { comments, keptProblems, ruleFailures, sameDiagnostic } from '../invariants';
import { runs } from '../settings';

export const FIX_ALL_CODES = ['orthography', 'text-hygiene'];
export const lint = (text: string) => analyze(text, { now: FIXED_NOW });

/** One legacy-font word at most: two readings of one word may need a second "fix all" (see the skipped test). */
export const oneLegacyWord = (s: StandardSpec): StandardSpec => ({ ...s, legacy: s.legacy.slice(0, 1) });

function fail(spec: StandardSpec, what: string, problems: string[]): never {
  throw new Error(`${what}:\n  - ${problems.join('\n  - ')}\n  spec: ${JSON.stringify(spec)}`);
}

const order = kz2010.root.fields.map((f) => f.key);
const data = (t: string) =>
  parseDocument(t, { version: '1.2', uniqueKeys: false }).toJS({
    maxAliasCount: 100,
  });
const breaks = (t: string) => ({
  crlf: t.split('\r\n').length - 1,
  lf: t.split('\n').length - 1,
  bom: t.startsWith('\uFEFF'),
  final: /\n$/.test(t),
});
const commentTexts = (t: string) =>
  comments(t)
    .map((c) => c.text)
    .sort();
let moved = 0;
let tried = 0;

export const properties: PropertySet = {
  quickFix: caseProperty(
    [standardSpecArb],
    (spec) => {
      const text = buildStandard(spec);
      const a = lint(text);
      assert.deepEqual(ruleFailures(a), []);
      for (const d of a.diagnostics) {
        for (const fix of d.fixes ?? []) {
          const what = `fix "${fix.title.en}" of ${d.code} "${d.message.en}"`;
          // "Keep both" sides of a conflict on one line writes the key twice: that is what was asked for.
          const allowErrors = /^Keep both/.test(fix.title.en) ? ['DUPLICATE_KEY', 'DUPLICATE_KEY'] : [];
          const { after, problems } = keptProblems(text, fix.edits, {
            allowErrors,
          });
          if (problems.length) fail(spec, what, problems);
          const again = lint(after);
          const back = again.diagnostics.filter(sameDiagnostic(fix.edits, d));
          if (back.length) fail(spec, what, [`the diagnostic came back: ${back.map((x) => `${x.code} ${x.message.en}`).join('; ')}`]);
          if (ruleFailures(again).length)
            fail(
              spec,
              what,
              ruleFailures(again).map((x) => x.message.en),
            );
        }
      }
    },
    { runs: runs(30), show: buildStandard },
  ),
  fixAll: caseProperty(
    [standardSpecArb],
    (spec) => {
      const text = buildStandard(spec);
      const edits = fixAll(lint(text).diagnostics, FIX_ALL_CODES);
      const { problems } = keptProblems(text, edits);
      if (problems.length) fail(spec, '"fix all"', problems);
    },
    { runs: runs(50), show: buildStandard },
  ),
  fixAllTwice: caseProperty(
    [standardSpecArb],
    (s) => {
      const spec = oneLegacyWord(s);
      const text = buildStandard(spec);
      const after = applyEdits(text, fixAll(lint(text).diagnostics, FIX_ALL_CODES));
      const second = fixAll(lint(after).diagnostics, FIX_ALL_CODES);
      if (second.length) fail(spec, '"fix all" twice', [`a second run still edits: ${second.map((e) => `${JSON.stringify(after.slice(e.start, e.end))} -> ${JSON.stringify(e.newText)}`).join(', ')}`]);
    },
    { runs: runs(50), show: (s) => buildStandard(oneLegacyWord(s)) },
  ),
  order: caseProperty(
    [standardSpecArb],
    (spec) => {
      const text = buildStandard(spec);
      const edits = orderClauses(lint(text));
      const { after, problems } = keptProblems(text, edits, { exact: true });
      if (problems.length) fail(spec, '"order clauses"', problems);
      // The byte order mark stays first, before whatever line comes first.
      const sortedLines = (s: string) =>
        s
          .replace(/^\uFEFF/, '')
          .replace(/\r?\n$/, '')
          .split(/\r?\n/)
          .sort()
          .join('\n');
      if (sortedLines(after) !== sortedLines(text)) fail(spec, '"order clauses"', ['the lines are not the same lines reordered']);
      const a = lint(after);
      // An alias keeps its anchor above it, even where the model's order would put it below.
      if (edits.length && a.parsed.doc.errors.length === 0 && !/\*a\d/.test(text)) {
        const keys = after
          .split(/\r?\n/)
          .filter((l) => /^[a-z][\w-]*:/.test(l))
          .map((l) => l.split(':')[0])
          .filter((k) => order.includes(k));
        const expected = [...keys].sort((x, y) => order.indexOf(x) - order.indexOf(y));
        if (keys.join() !== expected.join()) fail(spec, '"order clauses"', [`root keys not in order: ${keys.join(', ')}`]);
      }
      const second = orderClauses(a);
      if (second.length) fail(spec, '"order clauses" twice', ['a second run still moves blocks']);
    },
    { runs: runs(50), show: buildStandard },
  ),
  orderData: caseProperty(
    [standardSpecArb],
    (spec) => {
      const text = buildStandard(spec);
      const r = orderClausesResult(lint(text));
      tried++;
      if (r.refused) {
        if (r.edits.length) fail(spec, '"order clauses"', ['refused, yet edits']);
        for (const lang of ['kk', 'ru', 'en'] as const) if (!r.refused[lang].trim()) fail(spec, '"order clauses"', [`no ${lang} reason`]);
        return;
      }
      if (!r.edits.length) return;
      moved++;
      const after = applyEdits(text, r.edits);
      const problems: string[] = [];
      try {
        assert.deepEqual(data(after), data(text));
      } catch (e) {
        problems.push(`data changed: ${(e as Error).message.slice(0, 400)}`);
      }
      if (commentTexts(after).join('\n') !== commentTexts(text).join('\n')) problems.push('comments changed');
      if (JSON.stringify(breaks(after)) !== JSON.stringify(breaks(text))) problems.push(`line endings or BOM: ${JSON.stringify(breaks(text))} -> ${JSON.stringify(breaks(after))}`);
      const again = orderClausesResult(lint(after));
      if (again.edits.length || again.refused) problems.push(`a second run: ${again.refused?.en ?? 'still moves blocks'}`);
      if (problems.length) fail(spec, '"order clauses"', problems);
    },
    {
      runs: runs(60),
      show: buildStandard,
      finish: () => assert.ok(moved > tried / 5, `"order clauses" moved blocks in only ${moved} of ${tried} standards`),
    },
  ),
};
