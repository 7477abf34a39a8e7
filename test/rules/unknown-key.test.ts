import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

describe('unknown-key', () => {
  it('does not fire on the clean standard, which uses every optional key', () => {
    assert.deepEqual(only('unknown-key', DIALECT_STANDARD), []);
  });

  it('does not fire on an optional key left out', () => {
    const text = replaced(/ {2}other-information:\n.*\n.*\n/, '');
    assert.deepEqual(only('unknown-key', text), []);
  });

  it('reports a misspelt key in `general` with "did you mean"', () => {
    const text = replaced('  premises:', '  premisses:');
    const found = only('unknown-key', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(text, d, lineMatching(text, /^ {2}premisses:/), 'premisses');
    assertMessages(d, /^Unknown key `premisses` in `general`\. Did you mean `premises`\?$/);
  });

  it('reports a misspelt key deep inside a schedule', () => {
    const text = replaced('    hours: 09:00-18:30\n    breaks', '    hour: 09:00-18:30\n    breaks');
    const [d] = only('unknown-key', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /^ {4}hour: /), 'hour');
    assert.match(d.message.en, /in `general\.schedule`\. Did you mean `hours`\?/);
  });

  it('reports an unknown key with no close match, without a fix', () => {
    const text = replaced('  other-information:', '  foo-bar-baz:');
    const [d] = only('unknown-key', text);
    assert.ok(d);
    assert.equal(d.message.en, 'Unknown key `foo-bar-baz` in `appeals`.');
    assert.deepEqual(d.fixes, []);
  });

  it('the fix renames the key, and the file then lints clean', () => {
    const text = replaced('  premises:', '  premisses:');
    const [d] = only('unknown-key', text);
    const fix = d.fixes?.find((f) => f.title.en === 'Change to `premises`');
    assert.ok(fix);
    const out = applyEdits(text, fix.edits);
    assertParses(out);
    assert.deepEqual(changedLines(text, out), { before: ['  premisses:'], after: ['  premises:'] });
    assert.equal(out, DIALECT_STANDARD);
    assert.deepEqual(lintText(out), []);
  });

  it('suggests `premises` for `Premises`', () => {
    const text = replaced('  premises:', '  Premises:');
    const [d] = only('unknown-key', text);
    assert.ok(d);
    assert.match(d.message.en, /Did you mean `premises`\?/);
    assert.equal(d.fixes?.[0]?.edits[0].newText, 'premises');
  });
  it('a misspelt key with one close match still counts: `rеceipt` (Cyrillic е) is the only problem', () => {
    const text = replaced('    receipt:', '    rеceipt:');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['unknown-key'], found.map((d) => d.message.en).join('; '));
    assert.match(found[0].message.en, /Did you mean `receipt`\?/);
  });

  it('a `key:` indented into the mapping above it is one unknown-key, not one per key under it', () => {
    const text = replaced('  submission:\n', '    submission:\n');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => `${d.range.start.line + 1} ${d.code}`), [`${lineMatching(text, /^ {4}submission:/)} unknown-key`], found.map((d) => d.message.en).join('; '));
  });
});
