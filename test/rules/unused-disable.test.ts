import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/engine';
import { disableLineFix } from '../../server/src/core/rules/structure/unused-disable';
import { DIALECT_STANDARD, FIXED_NOW, applyEdits, codes, only, replaced } from '../helpers';

/** A standard whose `max-service` of 2 working days is an `on-the-spot-time` warning. */
const SLOW = replaced(/max-service: .*/, 'max-service: 2 working-days');
const DIRECTIVE = '# service-standard-disable-next-line on-the-spot-time';

describe('unused-disable and inline disable comments', () => {
  it('the finding is there without a comment', () => {
    assert.equal(only('on-the-spot-time', SLOW).length, 1);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const text = SLOW.replace(/^(\s+)max-service:/m, `$1${DIRECTIVE}\n$1max-service:`);
    assert.deepEqual(only('on-the-spot-time', text), []);
    assert.deepEqual(only('unused-disable', text), []);
  });

  it('disable ... enable silences a block; with no rule named, every rule', () => {
    const block = SLOW.replace(/^(\s+)max-service:(.*)$/m, '$1# service-standard-disable\n$1max-service:$2\n$1# service-standard-enable');
    assert.deepEqual(only('on-the-spot-time', block), []);
    const after = block + '\n# service-standard-disable-next-line\nbogus-key: 1\n';
    assert.ok(!codes(after).includes('unknown-key'));
  });

  it('a directive that silences nothing, or names no rule, is reported on the comment', () => {
    const idle = DIALECT_STANDARD.replace(/^(\s+)max-service:/m, `$1${DIRECTIVE}\n$1max-service:`);
    const [d] = only('unused-disable', idle);
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assert.equal(idle.slice(d.offset[0], d.offset[1]), DIRECTIVE);
    assert.match(d.message.en, /silences nothing \(on-the-spot-time\)/);
    const unknown = SLOW.replace(/^(\s+)max-service:/m, '$1# service-standard-disable-next-line on-the-spot-tim\n$1max-service:');
    assert.match(only('unused-disable', unknown)[0].message.en, /There is no rule `on-the-spot-tim`/);
    const removed = applyEdits(idle, d.fixes![0].edits);
    assert.deepEqual(only('unused-disable', removed), []);
  });

  it('"Remove the comment" removes its whole line, indentation and line break too', () => {
    for (const eol of ['\n', '\r\n']) {
      const clean = DIALECT_STANDARD.replace(/\n/g, eol);
      const idle = clean.replace(/^( +)max-service:/m, `$1${DIRECTIVE}${eol}$1max-service:`);
      const [d] = only('unused-disable', idle);
      assert.equal(applyEdits(idle, d.fixes![0].edits), clean);
    }
  });

  it('"Remove the comment" at the end of a line removes the spaces before it', () => {
    const idle = DIALECT_STANDARD.replace(/^( +max-service: .*)$/m, `$1  ${DIRECTIVE}`);
    const [d] = only('unused-disable', idle);
    assert.equal(applyEdits(idle, d.fixes![0].edits), DIALECT_STANDARD);
  });

  it('syntax errors cannot be silenced', () => {
    const broken = '# service-standard-disable\nedition: kz-2010\nservice: {name: [\n';
    assert.ok(codes(broken).includes('syntax'));
  });

  it('"disable for this line" adds the comment above the line, and the finding goes', () => {
    const d = analyze(SLOW, { now: FIXED_NOW }).diagnostics.find((x) => x.code === 'on-the-spot-time')!;
    const fix = disableLineFix(SLOW, d)!;
    assert.equal(fix.title.en, 'Disable `on-the-spot-time` for this line');
    const out = applyEdits(SLOW, fix.edits);
    assert.match(out, new RegExp(`^\\s+${DIRECTIVE}\\n\\s+max-service: 2 working-days`, 'm'));
    assert.deepEqual(only('on-the-spot-time', out), []);
    assert.deepEqual(only('unused-disable', out), []);
  });

  it('offers no "disable for this line" inside a block text, where a comment line would become text', () => {
    const text = DIALECT_STANDARD.replace(/^    kk: Қабылдау залы.*$/m, '    kk: |\n      Қабылдау залы бірінші қабатта.\n      Құжаттар тапсыраЊан соң беріледі.');
    const d = analyze(text, { now: FIXED_NOW }).diagnostics.find((x) => x.code === 'orthography');
    assert.ok(d, codes(text).join(','));
    assert.equal(disableLineFix(text, d), undefined);
  });
});
