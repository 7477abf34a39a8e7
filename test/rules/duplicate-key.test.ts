import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/core/engine';
import { reanalyze } from '../../server/src/core/incremental';
import { DIALECT_STANDARD, FIXED_NOW, lineMatching, lineOf, lintText, only, replaced } from '../helpers';
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

describe('duplicate-key: while typing (each version derived from the last)', () => {
  const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат\n';
  const codes = (a: Analysis) => a.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => a.parsed.source.slice(d.offset[0], d.offset[1]));

  it('reports a key repeated in a mapping found clean before, still after an edit elsewhere, and no more once it goes', () => {
    assert.ok(DIALECT_STANDARD.includes(KK));
    const repeated = DIALECT_STANDARD.replace(KK, `${KK}    kk: Қолхат\n`);
    const elsewhere = repeated.replace('  form: partially-automated', '  form: fully-automated');
    assert.notEqual(elsewhere, repeated);
    let a = analyze(DIALECT_STANDARD, { now: FIXED_NOW });
    assert.deepEqual(codes(a), []);
    for (const [text, want] of [[repeated, ['kk']], [elsewhere, ['kk']], [elsewhere.replace(`${KK}    kk: Қолхат\n`, KK), []]] as const) {
      const derived = reanalyze(a, text, { now: FIXED_NOW });
      assert.equal(derived.fallback, undefined, 'the edit takes the incremental path');
      a = derived;
      assert.deepEqual(codes(a), want);
      assert.deepEqual(codes(a), codes(analyze(text, { now: FIXED_NOW })));
    }
  });
});
