import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const DOCS = / {2}documents:\n(?: {4}- kk.*\n {6}ru.*\n)+(?= {2}beneficiary)/;

describe('deadline-documents', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('deadline-documents', DIALECT_STANDARD), []);
  });

  it('does not fire without `from-documents`, even with no documents', () => {
    const text = replaced('    from-documents: 5 working-days\n', '').replace(DOCS, '  documents: []\n');
    assert.match(text, /documents: \[\]/);
    assert.deepEqual(only('deadline-documents', text), []);
  });

  it('does not fire with a single document', () => {
    const text = replaced(DOCS, '  documents:\n    - kk: Өтініш\n      ru: Заявление\n');
    assert.deepEqual(only('deadline-documents', text), []);
  });

  it('reports `from-documents` when clause 11 `procedure.documents` is missing', () => {
    const text = replaced(DOCS, '');
    const found = only('deadline-documents', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 7);
    assertAt(text, d, lineMatching(text, /from-documents:/), 'from-documents: 5 working-days');
    assertMessages(d, /^Deadline 7\.1 a\) counts from handing in the documents of clause 11, but `procedure\.documents` is missing or empty\.$/);
    assert.equal(d.related, undefined);
  });

  it('reports `from-documents` when the documents list is empty, pointing at it', () => {
    const text = replaced(DOCS, '  documents: []\n');
    const [d] = only('deadline-documents', text);
    assert.ok(d);
    assert.equal(d.range.start.line + 1, lineMatching(text, /from-documents:/));
    assert.deepEqual(d.related?.map((r) => r.range.start.line + 1), [lineMatching(text, /^ {2}documents: \[\]/)]);
  });
});
