import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const PQ = '    process-quality:     {normative: 90,  target: 92}';
const row = (values: string) => replaced(PQ, `    process-quality:     {${values}}`);

describe('indicators', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('indicators', DIALECT_STANDARD), []);
  });

  it('does not fire on target or current equal to the normative value, nor on 0 and 100', () => {
    assert.deepEqual(only('indicators', row('normative: 90,  target: 90, current: 90')), []);
    assert.deepEqual(only('indicators', row('normative: 0,  target: 100, current: 0')), []);
  });

  it('warns on a target below the normative value, on `target`', () => {
    const text = row('normative: 90,  target: 85');
    const found = only('indicators', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.clause, 19);
    assertAt(text, d, lineMatching(text, /process-quality/), 'target: 85');
    assertMessages(d, /^2\.1: the target \(85\) is below the normative value \(90\)\.$/);
    assert.equal(d.related?.[0].range.start.character, text.split('\n')[lineMatching(text, /process-quality/) - 1].indexOf('normative: 90'));
  });

  it('reports `current` below `normative` as information', () => {
    const text = row('normative: 90,  target: 92, current: 80');
    const found = only('indicators', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'info');
    assertAt(text, d, lineMatching(text, /process-quality/), 'current: 80');
    assertMessages(d, /^2\.1: the current value \(80\) is below the normative value \(90\)\.$/);
  });

  it('reports a percentage over 100 or below 0 as an error, on the number', () => {
    const over = row('normative: 90,  target: 120');
    const [d] = only('indicators', over);
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assertAt(over, d, lineMatching(over, /process-quality/), '120');
    assert.match(d.message.en, /^2\.1: `target`: 120 is not a percentage from 0 to 100\.$/);
    const under = row('normative: -5,  target: 92');
    const below = only('indicators', under).find((x) => x.severity === 'error');
    assert.ok(below);
    assertAt(under, below, lineMatching(under, /process-quality/), '-5');
  });

  it('a missing row is an error (all six rows are required)', () => {
    const text = replaced(/ {4}politeness: .*\n/, '');
    assert.ok(lintText(text).some((d) => d.severity === 'error' && /`politeness` \(5\.1\)/.test(d.message.en)));
  });
});
