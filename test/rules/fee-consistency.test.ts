import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const PAYMENT = / {4}payment:\n.*\n.*\n/;
const RECEIPT = / {4}receipt:\n.*\n.*\n/;
const free = replaced('    paid: true', '    paid: false');

describe('fee-consistency', () => {
  it('does not fire on the clean (paid) standard', () => {
    assert.deepEqual(only('fee-consistency', DIALECT_STANDARD), []);
  });

  it('does not fire on `paid: false` without an amount', () => {
    const text = replaced(/ {4}paid: true\n {4}amount: .*\n {4}expedited-amount: .*\n/, '    paid: false\n')
      .replace(PAYMENT, '')
      .replace(RECEIPT, '');
    assert.match(text, /paid: false\n {2}schedule:/);
    assert.deepEqual(lintText(text), []);
  });

  it('reports a paid service without `payment`, on `paid: true`, naming what is missing', () => {
    const text = replaced(PAYMENT, '');
    const found = only('fee-consistency', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 8);
    assertAt(text, d, lineMatching(text, /^ {4}paid: true/), 'paid: true');
    assertMessages(d, /^Clause 8: a paid service must state its amount, payment and receipt; missing: `payment`\.$/);
  });

  it('names all three when amount, payment and receipt are missing', () => {
    const text = replaced(/ {4}amount: .*\n {4}expedited-amount: .*\n/, '').replace(PAYMENT, '').replace(RECEIPT, '');
    const [d] = only('fee-consistency', text);
    assert.match(d.message.en, /missing: `amount`, `payment` and `receipt`\.$/);
  });

  it('the "Add" fix inserts only the missing keys; the rule no longer fires', () => {
    const text = replaced(/ {4}amount: .*\n {4}expedited-amount: .*\n/, '').replace(PAYMENT, '').replace(RECEIPT, '');
    const [d] = only('fee-consistency', text);
    const fix = d.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title.en, 'Add `amount`, `payment` and `receipt`');
    const out = applyEdits(text, fix.edits);
    assertParses(out);
    assert.deepEqual(only('fee-consistency', out), []);
    const diff = changedLines(text, out);
    assert.deepEqual(diff.before, []);
    assert.deepEqual(diff.after.map((l) => l.split(':')[0]), ['    amount', '    payment', '    receipt']);
  });

  it('warns on `paid: false` with an amount, on the amount line', () => {
    const found = only('fee-consistency', free);
    assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning']);
    const [amount, expedited] = found;
    assertAt(free, amount, lineMatching(free, /^ {4}amount: /), 'amount: 0.5 MCI');
    assertAt(free, expedited, lineMatching(free, /^ {4}expedited-amount: /), 'expedited-amount: 1 MCI');
    assertMessages(amount, /^Clause 8: the service is free \(`paid: false`\) but `amount` is given\.$/);
    assert.equal(amount.related?.[0].range.start.line, lineMatching(free, /paid: false/) - 1);
  });

  it('the "Mark as paid" fix sets `paid: true`; the file then lints clean', () => {
    const [d] = only('fee-consistency', free);
    const fix = d.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title.en, 'Mark as paid (`true`)');
    const out = applyEdits(free, fix.edits);
    assert.deepEqual(changedLines(free, out), { before: ['    paid: false'], after: ['    paid: true'] });
    assert.deepEqual(lintText(out), []);
  });
});
