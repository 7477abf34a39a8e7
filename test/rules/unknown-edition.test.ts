import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

describe('unknown-edition', () => {
  it('does not fire on `edition: kz-2010`', () => {
    assert.deepEqual(only('unknown-edition', DIALECT_STANDARD), []);
  });

  it('does not fire when `edition` is absent (missing-required reports that)', () => {
    const text = replaced('edition: kz-2010\n', '');
    assert.deepEqual(only('unknown-edition', text), []);
    assert.ok(only('missing-required', text).some((d) => /`edition`/.test(d.message.en)));
  });

  it('reports an unknown edition on its value, with "did you mean"', () => {
    const text = replaced('edition: kz-2010', 'edition: kz-2013');
    const found = only('unknown-edition', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(text, d, lineMatching(text, /^edition:/), 'kz-2013');
    assertMessages(d, /Unknown edition `kz-2013`\. Did you mean `kz-2010`\?.*structure was not checked/);
  });

  it('does not check the structure of an unknown edition', () => {
    const text = replaced('edition: kz-2010', 'edition: kz-2013').replace('  premises:', '  premisses:');
    assert.deepEqual(lintText(text).filter((d) => d.code === 'unknown-key' || d.code === 'missing-required'), []);
  });

  it('reports a number written as the edition', () => {
    const text = replaced('edition: kz-2010', 'edition: 2010');
    const [d] = only('unknown-edition', text);
    assert.ok(d);
    assertAt(text, d, 3, '2010');
  });

  it('the fix changes the edition to kz-2010, and the file then lints clean', () => {
    const text = replaced('edition: kz-2010', 'edition: kz-2013');
    const [d] = only('unknown-edition', text);
    const fix = d.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title.en, 'Change to `kz-2010`');
    const out = applyEdits(text, fix.edits);
    assertParses(out);
    assert.deepEqual(changedLines(text, out), { before: ['edition: kz-2013'], after: ['edition: kz-2010'] });
    assert.deepEqual(lintText(out).map((x) => x.code), []);
  });

  it('suggests kz-2010 for `KZ-2010`', () => {
    const text = replaced('edition: kz-2010', 'edition: KZ-2010');
    const [d] = only('unknown-edition', text);
    assert.ok(d);
    assert.match(d.message.en, /Did you mean `kz-2010`\?/);
    assert.equal(d.fixes?.[0]?.edits[0].newText, 'kz-2010');
  });
});
