import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lineOf, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const RECEIPT_RU = '    ru: Расписка о приёме документов';
const noRu = replaced(/( {4}kk: Құжаттардың қабылданғаны туралы қолхат\n) {4}ru: .*\n/, '$1');

describe('missing-translation', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('missing-translation', DIALECT_STANDARD), []);
  });

  it('does not fire on a plain string when only one language is declared', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\nservice:\n  name: Анықтама беру\n';
    assert.deepEqual(only('missing-translation', text), []);
  });

  it('warns when the `ru` translation of a text is missing, on the text', () => {
    const found = only('missing-translation', noRu);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.clause, 15);
    assert.equal(lineOf(d), lineMatching(noRu, /kk: Құжаттардың қабылданғаны туралы қолхат/));
    assert.equal(d.range.start.character, 4);
    assertMessages(d, /^No `ru` \(Russian\) translation, though `languages` declares it\.$/);
  });

  it('warns on an empty translation, on the empty value', () => {
    const text = replaced(RECEIPT_RU, '    ru: ""');
    const found = only('missing-translation', text);
    assert.equal(found.length, 1);
    assertAt(text, found[0], lineMatching(text, /^ {4}ru: ""$/), '""');
    assertMessages(found[0], /^The `ru` \(Russian\) text is empty\.$/);
    assert.equal(found[0].fixes, undefined);
  });

  it('warns on a text that lacks a newly declared language (one finding per text)', () => {
    const text = replaced('languages: [kk, ru]', 'languages: [kk, ru, en]');
    const found = only('missing-translation', text);
    assert.ok(found.length > 20, String(found.length));
    assert.ok(found.every((d) => /No `en` \(English\) translation/.test(d.message.en)));
  });

  it('the fix adds an empty `ru:` line for the writer to fill in, and nothing else', () => {
    const [d] = only('missing-translation', noRu);
    const fix = d.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title.en, 'Add the `ru` translation');
    const out = applyEdits(noRu, fix.edits);
    assertParses(out);
    assert.deepEqual(changedLines(noRu, out), { before: [], after: ['    ru: ""'] });
    // The "no translation" finding is gone; what is left is the empty text to fill in.
    const after = only('missing-translation', out);
    assert.deepEqual(after.map((x) => x.message.en), ['The `ru` (Russian) text is empty.']);
    assert.equal(lineOf(after[0]), lineMatching(out, /^ {4}ru: ""$/));
  });
  it('a text inside an anchored contact reached through five aliases is reported once', () => {
    const text = replaced('  explanation:\n', '  explanation: &desk\n')
      .replace(/^( {2}explanation: &desk\n(?: {4}.*\n)*?)( {4}name:\n {6}kk: .*\n) {6}ru: .*\n/m, '$1$2')
      .replace(/^ {2}(higher-instance|improper-service):\n(?: {4}.*\n)+/gm, '  $1: *desk\n');
    assert.match(text, /higher-instance: \*desk/);
    const found = only('missing-translation', text);
    assert.equal(found.length, 1, found.map((d) => `${lineOf(d)}: ${d.message.en}`).join('; '));
  });
});
