import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { DIALECT_STANDARD, applyEdits, lineMatching, lineOf, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const RECEIPT_RU = '    ru: Расписка о приёме документов';
const withEn = replaced(RECEIPT_RU, `${RECEIPT_RU}\n    en: Receipt for the documents`);

describe('undeclared-language', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('undeclared-language', DIALECT_STANDARD), []);
  });

  it('"remove" after a keep-chomped block scalar leaves its value as it was (the blank line after goes too)', () => {
    const text = replaced(RECEIPT_RU, '    ru: >+\n      Расписка о приёме документов\n    en: Receipt for the documents\n');
    const ru = (t: string) => parseDocument(t).getIn(['procedure', 'receipt-document', 'ru']);
    const [d] = only('undeclared-language', text);
    const remove = d.fixes!.find((f) => f.title.en.startsWith('Remove'))!;
    assert.equal(ru(text), 'Расписка о приёме документов\n');
    assert.equal(ru(applyEdits(text, remove.edits)), ru(text));
  });

  it('does not fire on `en` once `languages` declares it', () => {
    const text = replaced('languages: [kk, ru]', 'languages: [kk, ru, en]', withEn);
    assert.deepEqual(only('undeclared-language', text), []);
  });

  it('reports an `en` text that `languages` does not declare, on the key', () => {
    const found = only('undeclared-language', withEn);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(withEn, d, lineMatching(withEn, /^ {4}en: Receipt/), 'en');
    assertMessages(d, /^Language `en` is not declared in `languages` \(`kk`, `ru`\)\.$/);
  });

  it('reports an unknown language key `de` with only the "remove" fix', () => {
    const text = replaced(RECEIPT_RU, `${RECEIPT_RU}\n    de: Quittung`);
    const [d] = only('undeclared-language', text);
    assert.ok(d);
    assert.match(d.message.en, /Language `de` is not declared/);
    assert.deepEqual(d.fixes?.map((f) => f.title.en), ['Remove the `de` text']);
  });

  it('the "Add `en` to `languages`" fix declares it; the rule no longer fires', () => {
    const [d] = only('undeclared-language', withEn);
    const fix = d.fixes?.find((f) => f.title.en === 'Add `en` to `languages`');
    assert.ok(fix);
    const out = applyEdits(withEn, fix.edits);
    assertParses(out);
    assert.deepEqual(changedLines(withEn, out), { before: ['languages: [kk, ru]'], after: ['languages: [kk, ru, en]'] });
    assert.deepEqual(only('undeclared-language', out), []);
    // Declaring `en` now asks for it in every other text: that is missing-translation's job.
    assert.ok(only('missing-translation', out).length > 0);
  });

  it('the "Remove the `en` text" fix removes it; the rule no longer fires', () => {
    const [d] = only('undeclared-language', withEn);
    const fix = d.fixes?.find((f) => f.title.en === 'Remove the `en` text');
    assert.ok(fix);
    const out = applyEdits(withEn, fix.edits);
    assertParses(out);
    assert.deepEqual(only('undeclared-language', out), []);
    assert.deepEqual(lintText(out).map((x) => x.code), []);
  });

  it('the "Remove" fix deletes the whole line, leaving every other line unchanged', () => {
    const [d] = only('undeclared-language', withEn);
    const fix = d.fixes!.find((f) => f.title.en === 'Remove the `en` text')!;
    assert.equal(applyEdits(withEn, fix.edits), DIALECT_STANDARD);
  });

  it('the "Remove" fix on the last line of a file without a final line break leaves it without one', () => {
    const text = `${DIALECT_STANDARD.trimEnd()}\n    en: Other information`;
    const [d] = only('undeclared-language', text);
    const fix = d.fixes!.find((f) => f.title.en === 'Remove the `en` text')!;
    assert.equal(applyEdits(text, fix.edits), DIALECT_STANDARD.trimEnd());
  });

  it('offers no "Remove" where a comment under the text would become part of the block text above it', () => {
    const text = replaced(RECEIPT_RU, '    ru: |\n      Расписка о приёме документов\n    en: Receipt for the documents\n      # checked by the centre');
    const [d] = only('undeclared-language', text);
    assert.deepEqual(d.fixes?.map((f) => f.title.en), ['Add `en` to `languages`']);
  });

  it('the "Remove" fix on a flow mapping removes the pair and its comma', () => {
    const text = replaced(/ {2}receipt-document:\n.*\n.*\n/, '  receipt-document: {kk: Қолхат, ru: Расписка, en: Receipt}\n');
    const [d] = only('undeclared-language', text);
    const fix = d.fixes!.find((f) => f.title.en === 'Remove the `en` text')!;
    const out = applyEdits(text, fix.edits);
    assert.deepEqual(changedLines(text, out).after, ['  receipt-document: {kk: Қолхат, ru: Расписка}']);
    assert.deepEqual(only('undeclared-language', out), []);
  });
  it('the "Remove" fix on a flow mapping over two lines keeps the comment after the comma', () => {
    const text = replaced(/ {2}receipt-document:\n.*\n.*\n/, '  receipt-document: {kk: Қолхат, ru: Расписка, # checked\n    en: Receipt}\n');
    const last = only('undeclared-language', text)[0].fixes!.find((f) => f.title.en === 'Remove the `en` text')!;
    assert.deepEqual(changedLines(text, applyEdits(text, last.edits)), { before: ['    en: Receipt}'], after: ['    }'] });
    const first = replaced(/ {2}receipt-document:\n.*\n.*\n/, '  receipt-document: {en: Receipt, # checked\n    kk: Қолхат, ru: Расписка}\n');
    const remove = only('undeclared-language', first)[0].fixes!.find((f) => f.title.en === 'Remove the `en` text')!;
    assert.deepEqual(changedLines(first, applyEdits(first, remove.edits)).after, ['  receipt-document: { # checked']);
  });

  it('a misspelt `languages` key (Cyrillic а) gives one unknown-key, and no error per text', () => {
    const text = replaced('languages: [kk, ru]', 'languаges: [kk, ru]');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['unknown-key'], found.map((d) => d.message.en).join('; '));
    assert.match(found[0].message.en, /Unknown key `languаges`\. Did you mean `languages`\?/);
  });

  it('`languages: []` gives one empty-list, and no error per text', () => {
    const text = replaced('languages: [kk, ru]', 'languages: []');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['empty-list'], found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /^languages:/));
  });

  it('a misspelt language in `languages` (`rru`) gives one enum-value, and no error per text', () => {
    const text = replaced('languages: [kk, ru]', 'languages: [kk, rru]');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['enum-value'], found.map((d) => d.message.en).join('; '));
    assert.match(found[0].message.en, /Did you mean `ru`\?/);
  });

  it('a misspelt language key in one text (`rru:`) is one error there, not also a missing translation', () => {
    const text = replaced('    ru: Расписка о приёме документов', '    rru: Расписка о приёме документов');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['undeclared-language'], found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /^ {4}rru:/));
  });
});
