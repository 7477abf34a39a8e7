/**
 * "Fix all" (`source.fixAll`, fix on save): the rules whose fix is safe to apply without looking are
 * exactly those with one deterministic fix that changes only what is at fault; a rule with several
 * candidate fixes, or whose fix inserts text the writer has to fill in, is left to the quick fixes.
 */
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/core/assist/fix-all';
import { analyze } from '../../server/src/core/engine';
import { fixAllCodes, rules } from '../../server/src/core/rules';
import { DIALECT_STANDARD, FIXED_NOW } from '../helpers';
import { applyEdits } from '../support/edits';

/** The rules that have fixes but are not applied by "fix all", and why. */
const NOT_SAFE: Record<string, string> = {
  'merge-conflict': 'keep ours, theirs or both: the writer chooses',
  'unknown-edition': 'did-you-mean: several editions may be meant',
  'unknown-key': 'did-you-mean: several keys may be meant',
  'enum-value': 'did-you-mean: several values may be meant',
  'invalid-value': 'one fix per unit a misspelt one may be',
  'undeclared-language': 'declare the language or remove the text',
  'missing-required': 'inserts a clause with sample values to fill in',
  'missing-translation': 'inserts an empty translation to fill in',
  'fee-consistency': 'mark as paid or fill in the amount: the writer chooses',
  'unused-disable': 'removes a comment, and whether it silences anything depends on the settings (a rule turned off)',
  spelling: 'dictionary suggestions: several words may be meant',
};
const SAFE = ['edition-position', 'text-hygiene', 'orthography'];
const lint = (text: string) => analyze(text, { now: FIXED_NOW });

describe('assist: fix all, the safe fixes of every rule', () => {
  it('applies exactly the rules with one deterministic fix (and says why the others are left out)', () => {
    assert.deepEqual([...fixAllCodes].sort(), [...SAFE].sort());
    for (const r of rules) assert.ok(SAFE.includes(r.code) || !r.fixAllSafe, r.code);
    for (const code of Object.keys(NOT_SAFE)) assert.ok(!fixAllCodes.includes(code), code);
  });

  it('moves a misplaced `edition` line to the top, with the orthography fixes in the same run', () => {
    const text = DIALECT_STANDARD.replace('edition: kz-2010\n', '').replace(/^(languages: .*\n)/m, '$1edition: kz-2010  # the model of 2010\n').replace('kk: Тұтынушы қол қойған', 'kk: Тұтынушы ќол қойған');
    assert.notEqual(text.indexOf('edition:'), 0);
    const after = applyEdits(text, fixAll(lint(text).diagnostics, fixAllCodes));
    const keys = after.split('\n').filter((l) => /^[a-z-]+:/.test(l));
    assert.deepEqual(keys.slice(0, 2), ['edition: kz-2010  # the model of 2010', 'languages: [kk, ru]']);
    assert.ok(after.includes('kk: Тұтынушы қол қойған'));
    assert.deepEqual(lint(after).diagnostics.filter((d) => fixAllCodes.includes(d.code)).map((d) => d.code), []);
    assert.deepEqual(fixAll(lint(after).diagnostics, fixAllCodes), [], 'a second run has nothing to do');
  });

  it('each safe rule marks its fix preferred (the one "fix all" takes)', () => {
    const text = 'languages: [kk]\nedition: kz-2010\n';
    const d = lint(text).diagnostics.find((x) => x.code === 'edition-position')!;
    assert.equal(d.fixes?.length, 1);
    assert.equal(d.fixes[0].preferred, true);
  });
});
