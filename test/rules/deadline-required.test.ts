import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const THREE = / {4}from-documents.*\n {4}from-application.*\n {4}from-electronic-request.*\n/;
const nonAutomated = replaced('  form: partially-automated', '  form: non-automated');

describe('deadline-required', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('deadline-required', DIALECT_STANDARD), []);
  });

  it('does not fire with only one of the three 7.1 deadlines', () => {
    for (const keep of ['    from-documents: 5 working-days\n', '    from-application: 3 working-days\n', '    from-electronic-request: 1 working-day\n']) {
      assert.deepEqual(only('deadline-required', replaced(THREE, keep)), [], keep);
    }
  });

  it('does not fire on a non-automated service without an electronic deadline', () => {
    const text = replaced('    from-electronic-request: 1 working-day\n', '', nonAutomated);
    assert.deepEqual(only('deadline-required', text), []);
  });

  it('reports a `deadlines` block with none of the three, on its key', () => {
    const text = replaced(THREE, '');
    const found = only('deadline-required', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 7);
    assertAt(text, d, lineMatching(text, /^ {2}deadlines:/), 'deadlines');
    assertMessages(d, /^Clause 7\.1: at least one of the three deadlines is required: `from-documents`, `from-application` or `from-electronic-request`\.$/);
  });

  it('warns on `from-electronic-request` for a non-automated service', () => {
    const found = only('deadline-required', nonAutomated);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assertAt(nonAutomated, d, lineMatching(nonAutomated, /from-electronic-request:/), 'from-electronic-request: 1 working-day');
    assertMessages(d, /^7\.1 c\): a deadline from an electronic request is given, but the service is not automated \(`non-automated`\)\.$/);
    assert.deepEqual(d.related?.map((r) => r.range.start.line + 1), [lineMatching(nonAutomated, /^ {2}form: non-automated/)]);
  });
});
