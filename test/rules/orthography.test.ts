import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, only, replaced } from '../helpers';
import { checkWord } from '../../server/src/core/rules/text/orthography';
import type { Diagnostic } from '../../server/src/core/types';
import { fixAll } from '../../server/src/core/assist/fix-all';
import { assertAt, assertMessages, assertParses, changedLines, covered } from './support';

const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат';
const RU = '    ru: Расписка о приёме документов';
const kk = (v: string) => replaced(KK, `    kk: ${v}`);
const ru = (v: string) => replaced(RU, `    ru: ${v}`);
const LINE = lineMatching(DIALECT_STANDARD, /^ {4}kk: Құжаттардың қабылданғаны туралы қолхат$/);

/** The words a finding's fixes write, and whether each is safe for "fix all". */
function fixWords(d: Diagnostic): [string, boolean][] {
  return (d.fixes ?? []).map((f) => [f.edits[0].newText, f.preferred === true]);
}

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

  it('the seed\'s `тапсыраЊан`: `Њ` reads as `ғ` or `ң`; both are offered, neither by "fix all"', () => {
    const text = kk('Құжаттарды тапсыраЊан күні');
    const found = only('orthography', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assertAt(text, d, LINE, 'тапсыраЊан');
    assertMessages(d, /^Word `тапсыраЊан` holds a letter that is not in the Kazakh alphabet: `Њ`\. Could be `тапсыраған` or `тапсыраңан`\.$/);
    assert.deepEqual(fixWords(d), [['тапсыраған', false], ['тапсыраңан', false]]);
    assert.deepEqual(fixAll(only('orthography', text), ['orthography']), []);
    assert.deepEqual(only('orthography', applyEdits(text, d.fixes![0].edits)), []);
  });

  it('the seed\'s `K. Məcimov`: `Məcimov` -> `Мәсімов`; the initial `K` may be `К` or `Қ`, so it is only offered', () => {
    let text = kk('K. Məcimov қол қойған');
    const [k, name] = only('orthography', text);
    assertAt(text, k, LINE, 'K');
    assertAt(text, name, LINE, 'Məcimov');
    assert.match(k.message.en, /^Kazakh word `K` holds Latin look-alike letters: `K`\. Could be `К` or `Қ`\.$/);
    assert.deepEqual(fixWords(k), [['К', false], ['Қ', false]]);
    assert.match(name.message.en, /Should be `Мәсімов`\.$/);
    text = applyFix(text, name, 'Мәсімов');
    text = applyEdits(text, only('orthography', text)[0].fixes![0].edits);
    assert.match(text, /kk: К\. Мәсімов қол қойған/);
    assert.deepEqual(only('orthography', text), []);
  });

  it('a letter with two Kazakh readings is fixed to the reading that makes a known word, the other offered after it', () => {
    for (const [spoiled, known, other] of [
      ['міндетті тyрде', 'түрде', 'турде'],
      ['Kазақстан Республикасы', 'Қазақстан', 'Казақстан'],
      ['Yкіметінің қаулысы', 'Үкіметінің', 'Укіметінің'],
    ]) {
      const text = kk(spoiled);
      const [d] = only('orthography', text);
      assert.ok(d, spoiled);
      assert.match(d.message.en, new RegExp(`Should be \`${known}\`\\.$`), spoiled);
      assert.deepEqual(fixWords(d), [[known, true], [other, false]], spoiled);
      const out = applyEdits(text, fixAll(only('orthography', text), ['orthography']));
      assert.ok(out.includes(`kk: ${spoiled.replace(/\S*[A-Za-z]\S*/, known)}`), spoiled);
    }
  });

  it('readings Kazakh spelling rules out are not offered: `таЊертеЊ` is `таңертең`, `Kітап` is `Кітап`', () => {
    for (const [spoiled, fixed] of [['таЊертеЊ', 'таңертең'], ['Kітап', 'Кітап'], ['Ұлттық Kеңес', 'Кеңес'], ['тапсырЊан', 'тапсырған']]) {
      const text = kk(spoiled);
      const [d] = only('orthography', text);
      assert.ok(d, spoiled);
      assert.deepEqual(fixWords(d), [[fixed, true]], spoiled);
    }
  });

  it('does not take words written in Latin by convention for look-alikes: `e-mail`, `e-gov`, `call-центр`, `www`', () => {
    for (const text of [
      kk('Құжаттар e-mail арқылы немесе e-gov порталында'),
      kk('E-mail мекенжайы, call-центр, www сайты'),
      kk('e-өтініш, SMS-хабарлама, Wi-Fi'),
      ru('Расписка по e-mail, через E-Gov или call-центр'),
    ]) assert.deepEqual(only('orthography', text).map((d) => d.message.en), []);
    const spoiled = kk('call-цeнтр арқылы');
    assert.deepEqual(only('orthography', spoiled).map((d) => covered(spoiled, d)), ['цeнтр'], 'a Cyrillic part is still checked');
  });

  it('a `?` at the start of a word is a lost letter: a warning without a fix', () => {
    const text = kk('Мемлекеттік ?ызмет көрсету');
    const [d] = only('orthography', text);
    assert.ok(d);
    assertAt(text, d, LINE, '?ызмет');
    assertMessages(d, /^The `\?` in `\?ызмет` is a letter lost in a lossy conversion; check the original\.$/);
    assert.equal(d.fixes, undefined);
    assert.deepEqual(only('orthography', kk('Құжаттар ма ? Иә')), [], 'a question mark between words is punctuation');
  });

  it('the palochka `Ӏ`/`ӏ` typed for `і` is a warning with a fix to `і`/`І`', () => {
    const text = kk('бӀлӀм туралы ӏс ӀС');
    const found = only('orthography', text);
    assert.deepEqual(found.map((d) => covered(text, d)), ['бӀлӀм', 'ӏс', 'ӀС']);
    assertMessages(found[0], /^Word `бӀлӀм` holds a letter that is not in the Kazakh alphabet: `Ӏ`\. Should be `білім`\.$/);
    assert.deepEqual(found.map((d) => fixWords(d)[0]), [['білім', true], ['іс', true], ['ІС', true]]);
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
    assert.deepEqual(checkWord('тапсыраЊан', 'kk', true), { kind: 'non-kazakh', letters: ['Њ'], fixes: ['тапсыраған', 'тапсыраңан'], sure: false });
    assert.deepEqual(checkWord('тапсырЊан', 'kk', true, new Set(['тапсырған'])), { kind: 'non-kazakh', letters: ['Њ'], fixes: ['тапсырған'], sure: true });
    assert.deepEqual(checkWord('тyрде', 'kk', true, new Set(['түрде'])), { kind: 'latin', letters: ['y'], fixes: ['түрде', 'турде'], sure: true });
    assert.deepEqual(checkWord('тyрде', 'kk', true), { kind: 'latin', letters: ['y'], fixes: ['турде', 'түрде'], sure: false }, 'no known word: both, unsure');
    assert.deepEqual(checkWord('тyрде', 'ru', true), { kind: 'latin', letters: ['y'], fixes: ['турде'], sure: true }, 'Russian has one reading');
    assert.deepEqual(checkWord('ќазаќ', 'kk', true), { kind: 'legacy', letters: ['ќ'], fixes: ['қазақ'], sure: true });
    assert.deepEqual(checkWord('?ызмет', 'kk', true), { kind: 'lossy', letters: ['?'] });
    assert.equal(checkWord('Məcimov', 'kk', true)?.fixes?.[0], 'Мәсімов');
    assert.equal(checkWord('Məcimov', 'kk', false), undefined, 'a Latin-only text is left alone');
    assert.equal(checkWord('XIV', 'kk', true), undefined);
    assert.equal(checkWord('Kaspi', 'ru', true), undefined);
    assert.equal(checkWord('прием', 'ru', true), undefined);
    assert.equal(checkWord('www', 'kk', true), undefined);
    assert.deepEqual(checkWord('бiлiм', 'ru', true), { kind: 'latin', letters: ['i'] }, 'flagged, but Russian has no `і` to fix to');
    assert.deepEqual(checkWord('т?рі', 'kk', true), { kind: 'lossy', letters: ['?'] });
  });
});
