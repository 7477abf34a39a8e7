import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, lineOf, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const PQ = '    process-quality:     {normative: 90,  target: 92}';

describe('duplicate-key', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('duplicate-key', DIALECT_STANDARD), []);
  });

  it('does not fire on the same key in two different mappings', () => {
    // `form` is in `general` and in `general.result`; `kk`/`ru` appear in every text.
    assert.match(DIALECT_STANDARD, /^ {2}form: /m);
    assert.match(DIALECT_STANDARD, /^ {4}form: /m);
    assert.deepEqual(only('duplicate-key', DIALECT_STANDARD), []);
  });

  it('reports the second of two block keys, on its key, pointing at the first', () => {
    const text = replaced('  form: partially-automated', '  form: partially-automated\n  form: fully-automated');
    const found = only('duplicate-key', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(text, d, lineMatching(text, /^ {2}form: fully-automated/), 'form');
    assertMessages(d, /Key `form` appears twice in this mapping; only the first one counts/);
    assert.deepEqual(d.related?.map((r) => r.range.start.line + 1), [lineMatching(text, /^ {2}form: partially-automated/)]);
    assert.ok(d.related?.[0].message.kk && d.related[0].message.kk !== d.related[0].message.en);
  });

  it('reports a key repeated inside a flow mapping, at its column', () => {
    const text = replaced(PQ, '    process-quality:     {normative: 90,  target: 92, target: 80}');
    const [d] = only('duplicate-key', text);
    assert.ok(d);
    const line = lineMatching(text, /target: 80/);
    assert.equal(lineOf(d), line);
    assert.equal(d.range.start.character, text.split('\n')[line - 1].lastIndexOf('target'));
    assert.equal(d.range.end.character - d.range.start.character, 'target'.length);
  });

  it('the first value is the one the other rules see', () => {
    // With the first `form` non-automated, the electronic-request deadline is flagged.
    const text = replaced('  form: partially-automated', '  form: non-automated\n  form: partially-automated');
    assert.equal(only('duplicate-key', text).length, 1);
    assert.ok(lintText(text).some((d) => d.code === 'deadline-required' && /not automated/.test(d.message.en)));
  });

  it('is not reported as a YAML syntax error too', () => {
    const text = replaced('  form: partially-automated', '  form: partially-automated\n  form: fully-automated');
    assert.deepEqual(only('syntax', text), []);
  });
  it('a list item that lost its `- ` repeats the keys of the item before it: one duplicate-key for the run', () => {
    const text = replaced('    - channel: internet-resource\n      value: www.e.gov.kz\n', '    - channel: internet-resource\n      value: www.e.gov.kz\n      channel: call-center\n      value: "1414"\n');
    const found = only('duplicate-key', text);
    assert.equal(found.length, 1, found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /^ {6}channel: call-center/));
    assertMessages(found[0], /^Key `channel` and the keys after it, `value`, appear twice in this mapping; only the first ones count\. Is a `- ` missing before a list item\?$/);
  });
});
