/** The outline (sections and their clauses), folding, clause-number hints. */
import assert from 'node:assert/strict';
import { clauseHints, foldingRanges, outline } from '../../server/src/core/assist/outline';
import { analyze } from '../../server/src/core/engine';
import { DIALECT_STANDARD } from '../helpers';

describe('assist: outline, folding and hints', () => {
  it('shows the sections of the model in order, each with its clauses numbered as in the edition', () => {
    const items = outline(analyze(DIALECT_STANDARD), 'en');
    assert.deepEqual(items.map((i) => i.name), ['edition', 'languages', 'service', '1. General provisions', '2. Procedure for providing the public service', '3. Principles of work', '4. Results of work', '5. Appeal procedure']);
    const general = items[3];
    assert.equal(general.kind, 'section');
    assert.equal(general.detail, 'general');
    assert.deepEqual(general.children.slice(0, 3).map((c) => `${c.name} | ${c.detail}`), ['1. Service provider | provider', '2. Form of service | form', '3. Legal basis | legal-basis']);
    assert.equal(general.children.at(-1)!.name, '10. Premises');
    // Clause 11 has two keys: each is named by its own title.
    assert.deepEqual(items[4].children.filter((c) => c.name.startsWith('11.')).map((c) => c.detail), ['documents', 'beneficiary-documents']);
  });

  it('selects the key and spans the whole value', () => {
    const general = outline(analyze(DIALECT_STANDARD), 'en')[3];
    const start = DIALECT_STANDARD.indexOf('\ngeneral:') + 1;
    assert.deepEqual(general.selection, [start, start + 'general'.length]);
    assert.ok(general.offset[1] > DIALECT_STANDARD.indexOf('max-wait: 30 minutes'));
  });

  it('lists only what the document has, in the editor’s language', () => {
    const text = 'edition: kz-2010\nlanguages: [kk, ru]\ngeneral:\n  form: non-automated\n';
    const items = outline(analyze(text), 'ru');
    assert.deepEqual(items.map((i) => i.name), ['edition', 'languages', '1. Общие положения']);
    assert.deepEqual(items[2].children.map((c) => c.name), ['2. Форма услуги']);
  });

  it('is empty for a document that is not a standard of a known edition', () => {
    assert.deepEqual(outline(analyze('edition: kz-1999\ngeneral:\n  form: x\n'), 'en'), []);
  });

  it('folds mappings and lists over several lines, and runs of comment lines', () => {
    const text = '# one\n# two\nedition: kz-2010\nservice:\n  name:\n    kk: а\n    ru: б\n';
    const folds = foldingRanges(analyze(text));
    assert.deepEqual(folds, [
      { startLine: 3, endLine: 6 },
      { startLine: 4, endLine: 6 },
      { startLine: 0, endLine: 1, kind: 'comment' },
    ]);
  });

  it('puts `§n` beside each clause key, in the order of the text', () => {
    const hints = clauseHints(analyze(DIALECT_STANDARD), 'en');
    assert.deepEqual(hints.slice(0, 2).map((h) => [h.label, h.tooltip]), [['§1', 'Service provider'], ['§2', 'Form of service']]);
    assert.equal(hints[0].offset, DIALECT_STANDARD.indexOf('  provider:') + 2);
    assert.deepEqual([...hints].sort((a, b) => a.offset - b.offset), hints);
  });
});
