import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lineOf, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const noPremises = replaced(/ {2}premises:\n.*\n.*\n/, '');
const noPrinciples = replaced(/principles: .*\n/, '');

describe('missing-required', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('missing-required', DIALECT_STANDARD), []);
  });

  it('does not fire on optional keys left out (clause 26, beneficiary documents, current)', () => {
    const text = replaced(/ {2}other-information:\n.*\n.*\n/, '')
      .replace(/ {2}beneficiary-documents:\n.*\n.*\n/, '')
      .replace('{normative: 100, target: 100, current: 100}', '{normative: 100, target: 100}');
    assert.deepEqual(only('missing-required', text), []);
  });

  it('names the clause: deleting `premises` gives "clause 10" on the `general:` key', () => {
    const found = only('missing-required', noPremises);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 10);
    assertAt(noPremises, d, lineMatching(noPremises, /^general:/), 'general');
    assertMessages(d, /^Missing clause 10 \(Premises\): key `premises` is required in `general`\.$/);
    assert.match(d.message.ru, /пункт 10\b/);
    assert.match(d.message.kk, /10-тармақ/);
  });

  it('names the clause and the row for a key inside a clause', () => {
    const text = replaced(/ {4}politeness: .*\n/, '');
    const [d] = only('missing-required', text);
    assert.ok(d);
    assert.equal(lineOf(d), lineMatching(text, /^ {2}indicators:/));
    assert.match(d.message.en, /^clause 19 \(.*\): required key `politeness` \(5\.1\) is missing in `results\.indicators`\.$/);
  });

  it('the "Add clause 10" fix inserts `premises` and nothing else', () => {
    const [d] = only('missing-required', noPremises);
    const fix = d.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title.en, 'Add clause 10');
    const out = applyEdits(noPremises, fix.edits);
    assertParses(out);
    assert.deepEqual(only('missing-required', out), []);
    const diff = changedLines(noPremises, out);
    assert.deepEqual(diff.before, []);
    assert.ok(diff.after.some((l) => /^ {2}premises: /.test(l)), diff.after.join('\n'));
    assert.ok(diff.after.every((l) => l === '' || /^ {2}(premises: |# )/.test(l)), diff.after.join('\n'));
  });

  it('reports a missing top-level clause (18, principles)', () => {
    const [d] = only('missing-required', noPrinciples);
    assert.ok(d);
    assert.equal(d.clause, 18);
    assert.match(d.message.en, /^Missing clause 18 \(Working principles\): key `principles` is required\.$/);
    const out = applyEdits(noPrinciples, d.fixes![0].edits);
    assert.deepEqual(only('missing-required', out), []);
    assert.deepEqual(lintText(out).map((x) => x.code), []);
  });

  it('a missing top-level clause is reported on one line, not over the whole file', () => {
    const [d] = only('missing-required', noPrinciples);
    assert.equal(d.range.end.line, d.range.start.line);
  });

  it('the config can turn it off', () => {
    assert.deepEqual(lintText(noPremises, { config: { rules: { 'missing-required': 'off' } } }), []);
  });

  it('the config can change its severity to info', () => {
    const found = lintText(noPremises, { config: { rules: { 'missing-required': 'info' } } });
    assert.deepEqual(found.map((d) => [d.code, d.severity]), [['missing-required', 'info']]);
  });
  it('a misspelt key is not also "missing": `languаges` is one unknown-key', () => {
    const text = replaced('languages: [kk, ru]', 'languаges: [kk, ru]');
    assert.deepEqual(only('missing-required', text), []);
  });

  const slips: [string, string, RegExp][] = [
    ['`max-wait` indented by 3 spaces', replaced('    max-wait: 30 minutes', '       max-wait: 30 minutes'), /^ {7}max-wait:/],
    ['`max-wait` indented by 1 space too few', replaced('    max-wait: 30 minutes', '   max-wait: 30 minutes'), /^ {3}max-wait:/],
    ['a tab before `form`', replaced('  form: partially-automated', '\tform: partially-automated'), /^\tform:/],
    ['an unclosed quote in `kind`', replaced('    kind: reference', '    kind: "reference'), /kind: "reference$/],
    ['a colon deleted after `form`', replaced('  form: partially-automated', '  form partially-automated'), /^ {2}form partially/],
  ];
  for (const [what, text, line] of slips) {
    it(`${what}: one syntax error on that line, and no clause reported missing`, () => {
      const found = lintText(text);
      assert.deepEqual(found.map((d) => `${lineOf(d)} ${d.code}`), [`${lineMatching(text, line)} syntax`], found.map((d) => d.message.en).join('; '));
    });
  }

  it('a key written one level too far out is one unknown-key, not also missing where it belongs', () => {
    const text = replaced('        ru: Ускоренное', '      ru: Ускоренное');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => `${lineOf(d)} ${d.code}`), [`${lineMatching(text, /^ {6}ru: Ускоренное/)} unknown-key`], found.map((d) => d.message.en).join('; '));
  });
});
