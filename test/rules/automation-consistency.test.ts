import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const FORM = '  form: partially-automated';
const RESULT = '    form: [paper, electronic]';
const DELIVERY = '  delivery: [in-person, email, internet-resource, courier, post]';
const fully = replaced(FORM, '  form: fully-automated');
const non = replaced(FORM, '  form: non-automated');

describe('automation-consistency', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('automation-consistency', DIALECT_STANDARD), []);
  });

  it('does not fire on a fully automated service with electronic result and e-mail delivery only', () => {
    const text = replaced(RESULT, '    form: [electronic]', fully).replace(DELIVERY, '  delivery: [email]');
    assert.match(text, /delivery: \[email\]/);
    assert.deepEqual(only('automation-consistency', text), []);
  });

  it('does not fire on a non-automated service with paper and electronic results', () => {
    assert.deepEqual(only('automation-consistency', non), []);
  });

  it('warns on a fully automated service without an electronic result, on `result.form`', () => {
    const text = replaced(RESULT, '    form: [paper]', fully);
    const found = only('automation-consistency', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.clause, 5);
    assertAt(text, d, lineMatching(text, /^ {4}form: \[paper\]/), 'form: [paper]');
    assertMessages(d, /^The service is fully automated, but its result is not issued in `electronic` form\.$/);
    assert.deepEqual(d.related?.map((r) => r.range.start.line + 1), [lineMatching(text, /^ {2}form: fully-automated/)]);
  });

  it('warns on a fully automated service delivered neither by internet resource nor e-mail', () => {
    const text = replaced(DELIVERY, '  delivery: [in-person, courier]', fully);
    const [d] = only('automation-consistency', text);
    assert.ok(d);
    assert.equal(d.clause, 16);
    assertAt(text, d, lineMatching(text, /^ {2}delivery:/), 'delivery: [in-person, courier]');
    assert.match(d.message.en, /not delivered by `internet-resource` or `email`/);
  });

  it('warns on a non-automated service whose only result form is electronic', () => {
    const text = replaced(RESULT, '    form: [electronic]', non);
    const [d] = only('automation-consistency', text);
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    assertAt(text, d, lineMatching(text, /^ {4}form: \[electronic\]/), 'form: [electronic]');
    assertMessages(d, /^The service is not automated, yet its result is issued only in electronic form\.$/);
  });
});
