import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

describe('enum-value', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('enum-value', DIALECT_STANDARD), []);
  });

  it('does not fire on the other allowed values of `general.form`', () => {
    for (const v of ['fully-automated', 'non-automated']) {
      assert.deepEqual(only('enum-value', replaced('  form: partially-automated', `  form: ${v}`)), [], v);
    }
  });

  it('reports a misspelt form of service with "did you mean", on the value', () => {
    const text = replaced('  form: partially-automated', '  form: partialy-automated');
    const found = only('enum-value', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 2);
    assertAt(text, d, lineMatching(text, /^ {2}form: partialy/), 'partialy-automated');
    assertMessages(d, /^`partialy-automated` is not an allowed value of `form`\. Did you mean `partially-automated`.*Allowed: `fully-automated`, `partially-automated` or `non-automated`\.$/);
  });

  it('reports a bad item of a flow list at its column', () => {
    const text = replaced('  recipients: [individuals, legal-entities]', '  recipients: [individual, legal-entities]');
    const [d] = only('enum-value', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /^ {2}recipients:/), 'individual');
    assert.match(d.message.en, /Did you mean `individuals`\?/);
  });

  it('reports an unknown channel without a suggestion when nothing is close', () => {
    const text = replaced('    - channel: internet-resource', '    - channel: pigeon');
    const [d] = only('enum-value', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /channel: pigeon/), 'pigeon');
    assert.doesNotMatch(d.message.en, /Did you mean/);
    assert.deepEqual(d.fixes, []);
  });

  it('the first suggestion fixes the value and the file lints clean', () => {
    const text = replaced('  form: partially-automated', '  form: partialy-automated');
    const [d] = only('enum-value', text);
    const fix = d.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title.en, 'Change to `partially-automated`');
    const out = applyEdits(text, fix.edits);
    assertParses(out);
    assert.deepEqual(changedLines(text, out), { before: ['  form: partialy-automated'], after: ['  form: partially-automated'] });
    assert.deepEqual(lintText(out), []);
  });
  const oneLanguage = (base: string) => base.replace('languages: [kk, ru]', 'languages: [kk]').replace(/^( *)(- )?kk: (.*)\n\1(?:  )?ru: .*\n/gm, (_, sp, dash, kk) => `${sp}${dash ?? ''}kk: ${kk}\n`);

  for (const word of ['заңдылық', 'прозрачность']) {
    it(`a one-word text item in \`principles\` (${word}) is another principle, not an error`, () => {
      const text = oneLanguage(DIALECT_STANDARD).replace('document-safekeeping]', `document-safekeeping, ${word}]`);
      assert.match(text, new RegExp(word));
      assert.deepEqual(only('enum-value', text), []);
      assert.deepEqual(only('wrong-type', text), []);
    });
  }

  it('a text item `{kk, ru}` in `principles` is another principle', () => {
    const text = replaced('document-safekeeping]', 'document-safekeeping, {kk: заңдылық, ru: законность}]');
    assert.deepEqual(lintText(text), []);
  });

  it('a near miss of a model principle (`politness`) is still an error with "did you mean"', () => {
    const text = replaced('[politeness,', '[politness,');
    const [d] = only('enum-value', text);
    assert.ok(d);
    assert.match(d.message.en, /^`politness` is not an allowed value of `principles`\. Did you mean `politeness`\?/);
  });
});
