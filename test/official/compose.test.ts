/** The published text composed from a standard: clause frames in kk/ru/en, numbers, plurals, dates, gaps. */
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { analyze } from '../../server/src/core/engine';
import { composeOfficial } from '../../server/src/core/official/compose';
import { officialText } from '../../server/src/core/official/text';
import { kz2010 } from '../../server/src/core/catalog/kz-2010';
import { clauseFields } from '../../server/src/core/model/clauses';
import type { Lang } from '../../server/src/core/types';
import { DIALECT_STANDARD, FIXED_NOW, fixture, replaced } from '../helpers';

const text = (src: string, lang: Lang) => officialText(composeOfficial(analyze(src, { now: FIXED_NOW }), lang)!);
const LANGS: Lang[] = ['kk', 'ru', 'en'];
const GAP = { kk: '[толтырылмаған]', ru: '[не заполнено]', en: '[not filled in]' };

describe('official text', () => {
  it('has a frame for every clause of the edition in kk, ru and en', () => {
    for (const lang of LANGS) {
      for (const c of kz2010.clauses) {
        const path = clauseFields(kz2010).get(c.number)![0].path;
        assert.ok(kz2010.official![lang]!.clauses[path], `${lang}: clause ${c.number} (${path}) has no frame`);
      }
    }
  });

  it('numbers clauses 1-26 and shows no gap for a complete standard', () => {
    for (const lang of LANGS) {
      const out = text(fixture('examples/address-certificate.standard.yaml'), lang);
      for (let n = 1; n <= 26; n++) assert.match(out, new RegExp(`^${n}\\. `, 'm'), `${lang}: clause ${n}`);
      assert.ok(!out.includes(GAP[lang]), `${lang}: ${out}`);
    }
  });

  it('writes durations with the plural of the language', () => {
    const days = (n: number) => n === 5 ? text(DIALECT_STANDARD, 'ru') : text(replaced(/from-documents: .*/, `from-documents: ${n} working-days`), 'ru');
    assert.match(days(1), /– 1 рабочий день;/);
    assert.match(days(2), /– 2 рабочих дня;/);
    assert.match(days(5), /– 5 рабочих дней;/);
    assert.match(days(21), /– 21 рабочий день;/);
    assert.match(text(replaced(/from-documents: .*/, 'from-documents: 7 working-days'), 'kk'), /– 7 жұмыс күні;/);
  });

  it('writes money with a decimal comma and times with a dot', () => {
    const paid = DIALECT_STANDARD;
    assert.match(text(paid, 'ru'), /Стоимость услуги – 0,5 МРП, ускоренного обслуживания – 1 МРП\./);
    assert.match(text(paid, 'kk'), /Қызметтің құны – 0,5 АЕК, жедел/);
    assert.match(text(DIALECT_STANDARD, 'ru'), /с 9\.00 до 18\.30 часов/);
  });

  it('shows a missing required value as a visible gap', () => {
    const out = text(replaced(/^\s+premises:.*$/m, ''), 'ru');
    assert.match(out, /^10\. Условия места оказания государственной услуги: \[не заполнено\]\./m);
  });

  it('takes the clause a deadline refers to from the catalog', () => {
    assert.match(text(DIALECT_STANDARD, 'ru'), /определенных в пункте 11 настоящего стандарта/);
    assert.match(text(DIALECT_STANDARD, 'kk'), /осы стандарттың 11-тармағында/);
  });

  it('writes the approval block with the date in words', () => {
    const approved = replaced(/^service:\n/m, 'service:\n  approval: {act: government-decree, number: "1669", date: 2009-10-26}\n');
    assert.match(text(approved, 'ru'), /^Утвержден\nпостановлением Правительства\nРеспублики Казахстан\nот 26 октября 2009 года №\s1669$/m);
    assert.match(text(approved, 'kk'), /^Үкіметінің\n2009 жылғы 26 қазандағы\n№\s1669 қаулысымен\nбекітілген$/m);
  });

  it('says so when there are no grounds for refusal', () => {
    const none = replaced(/refusal-grounds:[\s\S]*?\n(?=\S)/, 'refusal-grounds: []\n');
    assert.match(text(none, 'ru'), /^17\. Оснований для приостановления или отказа в оказании государственной услуги не предусмотрено\.$/m);
  });

  it('ends sub-items with a semicolon and the last with a full stop', () => {
    const out = text(DIALECT_STANDARD, 'ru');
    const clause11 = out.split('\n12. ')[0].split('\n11. ')[1].split('\n').filter(Boolean);
    const [documents, beneficiaries] = [clause11.slice(1, clause11.findIndex((l, i) => i > 0 && !/^\d\) /.test(l))), clause11.slice(clause11.findIndex((l, i) => i > 0 && !/^\d\) /.test(l)) + 1)];
    assert.ok(documents.length >= 2 && beneficiaries.length >= 1, clause11.join('\n'));
    documents.slice(0, -1).forEach((l) => assert.match(l, /;$/));
    assert.match(documents[documents.length - 1], /\.$/);
    assert.match(beneficiaries[beneficiaries.length - 1], /\.$/);
  });

  it('puts the appendix table with every indicator row', () => {
    const out = text(DIALECT_STANDARD, 'ru');
    for (const ref of ['1.1.', '2.1.', '3.1.', '3.2.', '4.1.', '5.1.']) assert.match(out, new RegExp(`^${ref.replace(/\./g, '\\.')} .*\\t\\d`, 'm'));
  });
});

describe('official text: every clause with its values absent', () => {
  const full = fixture('examples/address-certificate.standard.yaml');
  const clause = (src: string, lang: Lang, n: number) =>
    composeOfficial(analyze(src, { now: FIXED_NOW }), lang)!
      .sections.flatMap((s) => s.clauses)
      .find((c) => c.number === n);
  const gaps = (c: ReturnType<typeof clause>) => c?.paras.flatMap((p) => p.runs).filter((r) => r.gap).length ?? 0;
  for (const lang of LANGS) {
    it(`${lang}: each clause shows a visible gap when its keys are removed, and none when they are there`, () => {
      for (const c of kz2010.clauses) {
        const fields = clauseFields(kz2010).get(c.number)!;
        const doc = parseDocument(full);
        for (const f of fields) doc.deleteIn(f.path.split('.'));
        const without = clause(doc.toString({ lineWidth: 0 }), lang, c.number);
        assert.equal(gaps(clause(full, lang, c.number)), 0, `${lang}: clause ${c.number} complete has no gap`);
        if (fields.every((f) => f.field.optional)) assert.equal(without, undefined, `${lang}: optional clause ${c.number} is left out`);
        else if (fields.some((f) => f.path === kz2010.appendix.path)) {
          // The clause's own words are fixed; its values are the appendix table's, where the gaps show.
          const rows = composeOfficial(analyze(doc.toString(), { now: FIXED_NOW }), lang)!.appendix.rows;
          assert.ok(rows.filter((r) => !r.group).every((r) => r.cells.some((x) => x.gap)), `${lang}: the appendix shows the gaps of clause ${c.number}`);
        } else assert.ok(gaps(without) > 0, `${lang}: clause ${c.number} without its values shows a gap`);
      }
    });
  }
});
