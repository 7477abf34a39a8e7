import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

describe('empty-list', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('empty-list', DIALECT_STANDARD), []);
  });

  it('does not fire on `refusal-grounds: []` (clause 17 may be empty, written as [])', () => {
    const text = replaced(/ {2}refusal-grounds:\n(?: {4}- kk.*\n {6}ru.*\n)+/, '  refusal-grounds: []\n');
    assert.deepEqual(only('empty-list', text), []);
    assert.deepEqual(only('wrong-type', text), []);
  });

  it('reports an empty `delivery` list, naming clause 16, on the brackets', () => {
    const text = replaced('  delivery: [in-person, email, internet-resource, courier, post]', '  delivery: []');
    const found = only('empty-list', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 16);
    assertAt(text, d, lineMatching(text, /^ {2}delivery: \[\]/), '[]');
    assertMessages(d, /^clause 16 \(.*\): the list `delivery` needs at least one item\.$/);
  });

  it('reports an empty `provider` list (clause 1)', () => {
    const text = replaced(/ {2}provider:\n[\s\S]*?(?= {2}form: partially)/, '  provider: []\n');
    const [d] = only('empty-list', text);
    assert.ok(d);
    assert.equal(d.clause, 1);
    assertAt(text, d, lineMatching(text, /^ {2}provider: \[\]/), '[]');
  });

  it('reports an empty `procedure.documents` list (clause 11)', () => {
    const text = replaced(/ {2}documents:\n(?: {4}- kk.*\n {6}ru.*\n)+(?= {2}beneficiary)/, '  documents: []\n');
    const [d] = only('empty-list', text);
    assert.ok(d);
    assert.equal(d.clause, 11);
    assert.equal(d.range.start.line + 1, lineMatching(text, /^ {2}documents: \[\]/));
  });
});
