/**
 * The model of a patched Document takes the parts of unchanged subtrees from the previous model:
 * the result equals a fresh build in every entry (path, ranges, key, value, clause, which keys it
 * has), text, finding, entry of a type and mapping, in the same order; and parts are reused.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Node } from 'yaml';
import { generateStandard } from '../../bench/generate';
import { analyze, type Analysis } from '../../server/src/core/engine';
import { reanalyze } from '../../server/src/core/incremental';
import type { Model } from '../../server/src/core/model/model';
import { reuseStats } from '../../server/src/core/model/reuse';
import { FIXED_NOW } from '../helpers';
import { applyRecipe, recipeArb } from './edits';

const options = { now: FIXED_NOW };
const BASE = generateStandard({ lines: 300, seed: 3 });

const at = (n: Node | null | undefined) => (n?.range ? [n.range[0], n.range[1]] : null);

/** Everything the model holds, with nodes as their ranges. */
function picture(m: Model): unknown {
  return {
    languages: [m.languages, m.languagesUnknown],
    entries: [...m.entries].map(([k, e]) => [k, Object.keys(e).sort(), { ...e, field: e.field?.key, node: at(e.node), key: at(e.key) }]),
    texts: m.texts.map((t) => ({ ...t, node: at(t.node) })),
    findings: m.findings,
    byType: [...m.byType].map(([k, es]) => [k, es.map((e) => [e.path, e.range, e.keyRange])]),
    maps: [...m.maps].map(([k, n]) => [k, at(n)]),
  };
}

/** The analysis of `next` derived from `base`'s, checked against a fresh one; how many parts it reused. */
function derive(base: string, next: string): { derived: Analysis; reused: number } {
  const before = reuseStats.segments;
  const derived = reanalyze(analyze(base, options), next, options);
  assert.equal(derived.fallback, undefined, 'the edit is patched');
  assert.deepStrictEqual(picture(derived.model), picture(analyze(next, options).model));
  return { derived, reused: reuseStats.segments - before };
}

function edit(text: string, find: string, replace: string): string {
  const i = text.indexOf(find);
  assert.ok(i >= 0, find);
  return text.slice(0, i) + replace + text.slice(i + find.length);
}

describe('incremental: the model reuses what an edit left alone', () => {
  it('an edit before a subtree: its entries, texts and findings move with it', () => {
    const withFinding = edit(BASE, 'email: info4@kgd.gov.kz', 'email: info4@@kgd.gov.kz');
    const next = edit(withFinding, 'kk: Атырау қаласының', 'kk: Атырау қаласының Орталық');
    const { derived, reused } = derive(withFinding, next);
    assert.ok(reused > 0, 'parts of the model were reused');
    const email = derived.model.get('general.provider.2.email')!;
    assert.equal(next.slice(email.range[0], email.range[1]), 'info4@@kgd.gov.kz');
    const invalid = derived.model.find('invalid-value').find((f) => f.path === 'general.provider.2.email')!;
    assert.deepEqual(invalid.offset, email.range);
  });

  it('an edit after a subtree: what it built is kept as it was', () => {
    const next = edit(BASE, 'from-documents: 5 working-days', 'from-documents: 15 working-days');
    const { derived, reused } = derive(BASE, next);
    assert.ok(reused > 0);
    assert.deepEqual(derived.model.value('general.deadlines.from-documents'), analyze(next, options).model.value('general.deadlines.from-documents'));
  });

  it('a value replaced by one as long: its mapping is read again, though no offset moved', () => {
    const next = edit(BASE, 'from-documents: 5 working-days', 'from-documents: 6 working-days');
    const { derived } = derive(BASE, next);
    assert.deepEqual(derived.model.value('general.deadlines.from-documents'), { amount: 6, unit: 'working-days' });
  });

  it('a list item inserted: the items after it are renumbered', () => {
    const item = '    - name:\n        kk: Жаңа бөлімше\n        ru: Новое отделение\n      phone: "+7 (7132) 53-15-65"\n';
    const next = edit(BASE, '    - name:\n        kk: Атырау', `${item}    - name:\n        kk: Атырау`);
    const { derived } = derive(BASE, next);
    assert.equal(derived.model.get('general.provider.0.name')!.value && (derived.model.value('general.provider.0.name') as { kk: string }).kk, 'Жаңа бөлімше');
    assert.ok(derived.model.get('general.provider.4.email'), 'the last item is item 4 now');
    assert.ok(derived.model.texts.some((t) => t.path === 'general.provider.1.name.kk' && t.value.startsWith('Атырау')));
  });

  it('a list item deleted: the items after it are renumbered', () => {
    const start = BASE.indexOf('    - name:\n        kk: Орал');
    const end = BASE.indexOf('    - name:\n        kk: Шымкент');
    const { derived } = derive(BASE, BASE.slice(0, start) + BASE.slice(end));
    assert.equal(derived.model.get('general.provider.3'), undefined);
    assert.match((derived.model.value('general.provider.1.name') as { kk: string }).kk, /^Шымкент/);
  });

  it('a changed sibling of a switch: the value is read by the new case', () => {
    const next = edit(BASE, '- channel: call-center\n      value: "1414"', '- channel: internet-resource\n      value: "1414"');
    derive(BASE, next);
  });

  it('languages changed: every text is read again', () => {
    const next = edit(BASE, 'languages: [kk, ru]', 'languages: [kk]');
    const { derived, reused } = derive(BASE, next);
    assert.equal(reused, 0);
    assert.ok(derived.model.find('undeclared-language').length > 0);
  });

  it('after random edits the model equals a fresh build', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.array(recipeArb, { minLength: 4, maxLength: 14 }), (recipes) => {
        let text = BASE;
        let prev = analyze(text, options);
        for (const r of recipes) {
          text = applyRecipe(text, r);
          prev = reanalyze(prev, text, options);
          assert.deepStrictEqual(picture(prev.model), picture(analyze(text, options).model), JSON.stringify(r));
        }
      }),
      { seed: Number(process.env.INCREMENTAL_SEED ?? 20261202), numRuns: Number(process.env.INCREMENTAL_RUNS ?? 8) },
    );
  });
});
