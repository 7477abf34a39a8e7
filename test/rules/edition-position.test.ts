import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses } from './support';

const second = replaced('edition: kz-2010\nlanguages: [kk, ru]\n', 'languages: [kk, ru]\nedition: kz-2010\n');

describe('edition-position', () => {
  it('does not fire when `edition` is the first key, after the header comments', () => {
    assert.deepEqual(only('edition-position', DIALECT_STANDARD), []);
  });

  it('does not fire when `edition` is absent (missing-required reports that)', () => {
    assert.deepEqual(only('edition-position', replaced('edition: kz-2010\n', '')), []);
  });

  it('warns on `edition` written after another key, and only that', () => {
    const found = lintText(second);
    assert.deepEqual(found.map((d) => d.code), ['edition-position'], found.map((d) => d.message.en).join('; '));
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assertAt(second, d, lineMatching(second, /^edition:/), 'edition');
    assertMessages(d, /^`edition` should be the first key of the file/);
  });

  it('the fix moves the `edition` line to the top and the file then lints clean', () => {
    const [d] = only('edition-position', second);
    const fix = d.fixes?.find((f) => f.title.en === 'Move the `edition` line to the top');
    assert.ok(fix);
    const out = applyEdits(second, fix.edits);
    assertParses(out);
    assert.equal(out, DIALECT_STANDARD);
    assert.deepEqual(lintText(out), []);
  });

  it('the fix keeps a file whose last line is `edition` without a final line break, and the value of a `|+` text above it', () => {
    const body = 'languages: [kk, ru]\nnote: |+\n  Мәтін\n\n';
    const text = `${body}edition: kz-2010\n\nservice: {}\n`;
    const [d] = only('edition-position', text);
    const out = applyEdits(text, d.fixes![0].edits);
    assert.equal(out, `edition: kz-2010\n${body}service: {}\n`);
    const last = `${body}edition: kz-2010`;
    assert.equal(applyEdits(last, only('edition-position', last)[0].fixes![0].edits), `edition: kz-2010\n${body}`);
    const crlf = 'languages: [kk, ru]\r\nedition: kz-2010';
    assert.equal(applyEdits(crlf, only('edition-position', crlf)[0].fixes![0].edits), 'edition: kz-2010\r\nlanguages: [kk, ru]');
  });

  it('the fix moves `edition` under the byte order mark of a file that has one', () => {
    const text = '\uFEFFlanguages: [kk, ru]\r\nedition: kz-2010\r\n';
    const [d] = only('edition-position', text);
    assert.equal(applyEdits(text, d.fixes![0].edits), '\uFEFFedition: kz-2010\r\nlanguages: [kk, ru]\r\n');
  });

  it('can be turned off in the config', () => {
    assert.deepEqual(lintText(second, { config: { rules: { 'edition-position': 'off' } } }), []);
  });
});
