import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, only, replaced } from '../helpers';
import { checkWord } from '../../server/src/core/rules/text/orthography';
import type { Diagnostic } from '../../server/src/core/types';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат';
const RU = '    ru: Расписка о приёме документов';
const kk = (v: string) => replaced(KK, `    kk: ${v}`);
const ru = (v: string) => replaced(RU, `    ru: ${v}`);
const LINE = lineMatching(DIALECT_STANDARD, /^ {4}kk: Құжаттардың қабылданғаны туралы қолхат$/);

/** Apply a finding's one fix: the word is corrected, nothing else changes, and it is not reported again. */
function applyFix(text: string, d: Diagnostic, expected: string): string {
  assert.equal(d.fixes?.length, 1);
  const fix = d.fixes[0];
  assert.equal(fix.title.en, `Correct to \`${expected}\``);
  assert.equal(fix.preferred, true);
  const out = applyEdits(text, fix.edits);
  assertParses(out);
  const diff = changedLines(text, out);
  assert.equal(diff.before.length, 1);
  assert.equal(diff.after.length, 1);
  assert.equal(diff.after[0], diff.before[0].replace(text.slice(d.offset[0], d.offset[1]), expected));
  return out;
}

describe('orthography', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('orthography', DIALECT_STANDARD), []);
  });

  it('does not fire on Roman numerals, addresses, Latin names or abbreviations in kk/ru text', () => {
    for (const text of [
      kk('Құжаттардың қабылданғаны туралы қолхат (II бөлім, XIV бап)'),
      kk('Құжаттар https://www.egov.kz/cms/kk сайтында'),
      kk('Құжаттар www.egov.kz порталында немесе info@adilet.gov.kz мекенжайына'),
      kk('Төлем MCI бойынша есептеледі'),
      ru('Расписка о приёме в ТОО «Kaspi Bank»'),
      ru('Расписка по форме IV'),
    ]) assert.deepEqual(only('orthography', text).map((d) => d.message.en), []);
  });

  it('the seed\'s `тапсыраЊан`: a non-Kazakh letter, fixed to `тапсыраған`', () => {
    const text = kk('Құжаттарды тапсыраЊан күні');
    const found = only('orthography', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assertAt(text, d, LINE, 'тапсыраЊан');
    assertMessages(d, /^Word `тапсыраЊан` holds a letter that is not in the Kazakh alphabet: `Њ`\. Should be `тапсыраған`\.$/);
    const out = applyFix(text, d, 'тапсыраған');
    assert.deepEqual(only('orthography', out), []);
  });

  it('the seed\'s `K. Məcimov`: `K` -> `К` and `Məcimov` -> `Мәсімов`, both fixes give a clean text', () => {
    let text = kk('K. Məcimov қол қойған');
    const [k, name] = only('orthography', text);
    assertAt(text, k, LINE, 'K');
    assertAt(text, name, LINE, 'Məcimov');
    assert.match(k.message.en, /^Kazakh word `K` holds Latin look-alike letters: `K`\. Should be `К`\.$/);
    assert.match(name.message.en, /Should be `Мәсімов`\.$/);
    text = applyFix(text, name, 'Мәсімов');
    text = applyFix(text, only('orthography', text)[0], 'К');
    assert.match(text, /kk: К\. Мәсімов қол қойған/);
    assert.deepEqual(only('orthography', text), []);
  });

  it('Latin `i` and `ə` inside Kazakh words become `і` and `ә`', () => {
    const text = kk('Мiнiстрлiк бекіткен қолхат');
    const [d] = only('orthography', text);
    assertAt(text, d, LINE, 'Мiнiстрлiк');
    assertMessages(d, /^Kazakh word `Мiнiстрлiк` holds Latin look-alike letters: `i`\. Should be `Міністрлік`\.$/);
    const schwa = kk('Мəсімов қол қойған');
    const [e] = only('orthography', schwa);
    assertAt(schwa, e, LINE, 'Мəсімов');
    assert.deepEqual(only('orthography', applyFix(schwa, e, 'Мәсімов')), []);
    assert.deepEqual(only('orthography', applyFix(text, d, 'Міністрлік')), []);
  });

  it('a Latin `o` / `c` look-alike inside a Russian word', () => {
    const text = ru('Распиcка о приёме дoкументов');
    const found = only('orthography', text);
    const line = lineMatching(text, /Распиcка/);
    assert.deepEqual(found.map((d) => text.slice(d.offset[0], d.offset[1])), ['Распиcка', 'дoкументов']);
    assertAt(text, found[0], line, 'Распиcка');
    assertAt(text, found[1], line, 'дoкументов');
    assertMessages(found[0], /^Russian word `Распиcка` holds Latin look-alike letters: `c`\. Should be `Расписка`\.$/);
    assert.match(found[1].message.en, /letters: `o`\. Should be `документов`\.$/);
    let out = applyFix(text, found[0], 'Расписка');
    out = applyFix(out, only('orthography', out)[0], 'документов');
    assert.equal(out, DIALECT_STANDARD);
  });

  it('a lone Latin `o` used as the Russian preposition `о` is a warning with a fix', () => {
    const text = ru('Расписка o приёме документов');
    const [d] = only('orthography', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /Расписка o/), 'o');
    assert.equal(applyEdits(text, d.fixes![0].edits), DIALECT_STANDARD);
  });

  it('a legacy-font word `ќазаќ` is ONE warning with a fix for the whole word', () => {
    const text = kk('Құжаттардың ќазаќ тіліндегі қолхаты');
    const found = only('orthography', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assertAt(text, d, LINE, 'ќазаќ');
    assertMessages(d, /^Word `ќазаќ` was typed in a legacy Windows-1251 font \(`ќ`\)\. Should be `қазақ`\.$/);
    assert.deepEqual(only('orthography', applyFix(text, d, 'қазақ')), []);
  });

  it('a `?` inside a Cyrillic word is a warning without a fix', () => {
    for (const text of [kk('Құжат т?рі'), ru('Расписка о при?ме')]) {
      const [d] = only('orthography', text);
      assert.ok(d);
      assert.equal(d.severity, 'warning');
      assert.match(d.message.en, /^The `\?` in `.+\?.+` is a letter lost in a lossy conversion; check the original\.$/);
      assert.equal(d.fixes, undefined);
    }
  });

  it('finds the word on its own line inside a block scalar, and the fix lands there', () => {
    const text = ru('|\n      Расписка о\n      приёмe документов');
    const [d] = only('orthography', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /^ {6}приёмe/), 'приёмe');
    const out = applyFix(text, d, 'приёме');
    assert.deepEqual(only('orthography', out), []);
  });

  it('checkWord, directly', () => {
    assert.deepEqual(checkWord('тапсыраЊан', 'kk', true), { kind: 'non-kazakh', letters: ['Њ'], fixed: 'тапсыраған' });
    assert.deepEqual(checkWord('ќазаќ', 'kk', true), { kind: 'legacy', letters: ['ќ'], fixed: 'қазақ' });
    assert.equal(checkWord('Məcimov', 'kk', true)?.fixed, 'Мәсімов');
    assert.equal(checkWord('Məcimov', 'kk', false), undefined, 'a Latin-only text is left alone');
    assert.equal(checkWord('XIV', 'kk', true), undefined);
    assert.equal(checkWord('Kaspi', 'ru', true), undefined);
    assert.equal(checkWord('прием', 'ru', true), undefined);
    assert.deepEqual(checkWord('бiлiм', 'ru', true), { kind: 'latin', letters: ['i'], fixed: undefined }, 'flagged, but Russian has no `і` to fix to');
    assert.deepEqual(checkWord('т?рі', 'kk', true), { kind: 'lossy', letters: ['?'] });
  });
});
