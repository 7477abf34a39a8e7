/**
 * Import of texts worded as ministries wrote them in 2009-2013: renumbered and missing clauses,
 * numbers in words, schedules with "кроме", shortened frames; and the property that no word of the
 * input is lost.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { kz2010 } from '../../server/src/core/catalog/kz-2010';
import { analyze } from '../../server/src/core/engine';
import { importBlocks } from '../../server/src/core/import';
import { blocksOfText } from '../../server/src/core/import/source';
import { exportOfficial } from '../../server/src/core/official/export';
import { FIXED_NOW, fixture } from '../helpers';

function imported(text: string) {
  const r = importBlocks(kz2010, blocksOfText(text));
  assert.ok(!('error' in r), JSON.stringify(r));
  return { ...r, doc: parseDocument(r.yaml).toJS() as Record<string, any> };
}

describe('import of texts of the period', () => {
  it('reads a Russian akimat standard with renumbered clauses, numbers in words and "кроме выходных"', () => {
    const { doc, lang, unplaced } = imported(fixture('test/fixtures/import/ru-period.txt'));
    assert.equal(lang, 'ru');
    assert.equal(unplaced, 0);
    assert.deepEqual(doc.service.approval, { act: 'government-decree', number: '745', date: '2010-07-20' });
    assert.equal(doc.service.name, 'Выдача справки о наличии личного подсобного хозяйства');
    assert.equal(doc.general.form, 'non-automated');
    assert.deepEqual(doc.general.recipients, ['individuals']);
    assert.deepEqual(doc.general.deadlines, { 'from-documents': '5 working-days', 'max-wait': '30 minutes', 'max-service': '20 minutes' });
    assert.equal(doc.general.fee.paid, false);
    assert.deepEqual(doc.general.schedule.days, ['mon', 'tue', 'wed', 'thu', 'fri']);
    assert.equal(doc.general.schedule.hours, '09:00-18:00');
    assert.deepEqual(doc.general.schedule.breaks, ['13:00-14:00']);
    assert.deepEqual(doc.general.information, [
      { channel: 'internet-resource', value: 'www.akmo.gov.kz' },
      { channel: 'stand', value: 'в здании аппарата акима' },
    ]);
    assert.equal(doc.general.result.kind, 'reference', 'the kind of result from the word "справка"');
    assert.deepEqual(doc.principles, ['politeness', 'законность']);
    assert.deepEqual(doc.procedure['refusal-grounds'], ['представление неполного пакета документов']);
    assert.deepEqual(doc.results.indicators['process-quality'], { normative: 85, target: 90 });
  });

  it('reads a Kazakh text with "5 (бес) жұмыс күні", declined units and "қоспағанда"', () => {
    const { doc, lang, unplaced } = imported(fixture('test/fixtures/import/kk-period.txt'));
    assert.equal(lang, 'kk');
    assert.equal(unplaced, 0);
    assert.equal(doc.service.approval.number, '745');
    assert.equal(doc.general.provider[0].name, 'ауылдық округ әкімінің аппараты');
    assert.deepEqual(doc.general.recipients, ['individuals'], 'from «жеке тұлғаларға» in the middle of the sentence');
    assert.deepEqual(doc.general.deadlines, { 'from-documents': '5 working-days', 'max-wait': '30 minutes', 'max-service': '20 minutes' });
    assert.deepEqual(doc.general.schedule.days, ['mon', 'tue', 'wed', 'thu', 'fri']);
    assert.equal(doc.general.schedule.hours, '09:00-18:00');
    assert.deepEqual(doc.procedure.documents, ['өтініш', 'жеке басын куәландыратын құжат']);
  });

  it('keeps what fits no frame as a comment at its clause, and the result lints to what is left to fill', () => {
    const text = fixture('test/fixtures/import/ru-period.txt').replace('7. Государственная услуга оказывается бесплатно.', '7. Государственная услуга оказывается бесплатно. Справка действительна в течение года.');
    const r = imported(text);
    assert.match(r.yaml, /# не размещено: \[8\] Справка действительна в течение года\.\n\s+fee:/);
    const codes = analyze(r.yaml, { now: FIXED_NOW }).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('missing-required'), 'the clauses the text lacks are listed');
    assert.ok(!codes.includes('syntax'));
  });
});

describe('import loses no word (property)', () => {
  const frameWords = new Set(
    JSON.stringify(kz2010)
      .toLowerCase()
      .match(/[\p{L}]{4,}/gu),
  );
  const word = fc.stringMatching(/^[а-яәғқңөұүһі]{4,9}$/u);

  for (const lang of ['ru', 'kk'] as const) {
    it(`every word of 4+ letters of a ${lang} text with added sentences is in the output or the frames`, async () => {
      const base = (await exportOfficial(analyze(fixture('examples/address-certificate.standard.yaml'), { now: FIXED_NOW }), 'txt', lang)) as string;
      const lines = base.split('\n');
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(lines.length - 1), fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean()), { minLength: 1, maxLength: 4 }), async (adds) => {
          const out = [...lines];
          for (const [at, words, own] of adds) {
            const sentence = `${words.join(' ')}.`;
            if (own) out.splice(at, 0, sentence.charAt(0).toUpperCase() + sentence.slice(1));
            else out[at] = out[at] ? `${out[at]} ${sentence}` : sentence;
          }
          const input = out.join('\n');
          const r = importBlocks(kz2010, blocksOfText(input));
          if ('error' in r) return true;
          const output = r.yaml.toLowerCase();
          for (const w of input.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) {
            if (!output.includes(w) && !frameWords.has(w)) throw new Error(`"${w}" lost`);
          }
          return true;
        }),
        { numRuns: 40 },
      );
    });
  }
});
