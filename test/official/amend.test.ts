/** Diff of two versions: the value-by-value JSON (and its round trip) and the amending text's formulas in kk and ru. */
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { kz2010 } from '../../server/src/core/catalog/kz-2010';
import { analyze } from '../../server/src/core/engine';
import { amendingText } from '../../server/src/core/official/amend';
import { applyChanges, diffValues } from '../../server/src/core/official/diff';
import { FIXED_NOW, fixture } from '../helpers';

const BASE = fixture('examples/address-certificate.standard.yaml');
const an = (s: string) => analyze(s, { now: FIXED_NOW });
const amend = (next: string, lang: 'kk' | 'ru' = 'ru') => amendingText(an(BASE), an(next), lang)!;
const swap = (from: string | RegExp, to: string) => {
  const out = BASE.replace(from, to);
  assert.notEqual(out, BASE, `${from} is in the example`);
  return out;
};

describe('amending text', () => {
  it('opens with the frame naming the approving act', () => {
    const out = amend(swap('max-service: 15 minutes', 'max-service: 20 minutes'));
    assert.match(out, /^В стандарте государственной услуги «Выдача адресной справки с места постоянной регистрации», утвержденном постановлением Правительства Республики Казахстан от 30 декабря 2010 года №\s1730, внести следующие изменения:\n/);
    const kk = amend(swap('max-service: 15 minutes', 'max-service: 20 minutes'), 'kk');
    assert.match(kk, /^Қазақстан Республикасы Үкіметінің 2010 жылғы 30 желтоқсандағы №\s1730 қаулысымен бекітілген «.*» мемлекеттік қызмет стандартына мынадай өзгерістер енгізілсін:\n/);
  });

  it('replaces words inside a sub-item, one level down too', () => {
    const next = swap('from-documents: 30 minutes', 'from-documents: 3 working-days');
    assert.match(amend(next), /^1\) в подпункте а\) подпункта 1\) пункта 7 слова «30 минут» заменить словами «3 рабочих дня»\.$/m);
    assert.match(amend(next, 'kk'), /^1\) 7-тармақтың 1\) тармақшасының а\) тармақшасындағы «30 минут» деген сөздер «3 жұмыс күні» деген сөздермен ауыстырылсын\.$/m);
  });

  it('replaces words in the clause sentence', () => {
    const next = swap('form: partially-automated', 'form: fully-automated');
    assert.match(amend(next), /^1\) в пункте 2 слова «частично автоматизированная» заменить словами «полностью автоматизированная»\.$/m);
    assert.match(amend(next, 'kk'), /^1\) 2-тармақтағы «ішінара автоматтандырылған» деген сөздер «толық автоматтандырылған» деген сөздермен ауыстырылсын\.$/m);
  });

  it('adds a sub-item at the end of a list', () => {
    const next = swap(/(\n  internal-order:\n(?:    - .*\n(?:      .*\n)*)+)/, '$1    - {kk: Жаңа қадам, ru: Новый шаг}\n');
    assert.match(amend(next), /^1\) пункт 14 дополнить подпунктом 5\) следующего содержания:\n«5\) Новый шаг\.»\.$/m);
    assert.match(amend(next, 'kk'), /^1\) 14-тармақ мынадай мазмұндағы 5\) тармақшамен толықтырылсын:\n«5\) Жаңа қадам\.»\.$/m);
  });

  it('removes the last sub-item of a list', () => {
    const doc = parseDocument(BASE);
    doc.deleteIn(['procedure', 'internal-order', 3]);
    const out = amend(doc.toString({ lineWidth: 0 }));
    assert.match(out, /^1\) подпункт 4\) пункта 14 исключить\.$/m);
    assert.match(amend(doc.toString({ lineWidth: 0 }), 'kk'), /^1\) 14-тармақтың 4\) тармақшасы алып тасталсын\.$/m);
  });

  it('gives a clause in a new wording when most of it changes', () => {
    const doc = parseDocument(BASE);
    doc.setIn(['general', 'schedule', 'days'], ['mon', 'wed']);
    doc.setIn(['general', 'schedule', 'hours'], '10:00-17:00');
    doc.setIn(['general', 'schedule', 'expedited'], doc.createNode({ available: true, conditions: { kk: 'Кезексіз', ru: 'Вне очереди' } }));
    doc.setIn(['general', 'schedule', 'pre-registration', 'conditions'], { kk: 'Жоқ', ru: 'Нет' });
    const out = amend(doc.toString({ lineWidth: 0 }));
    assert.match(out, /^1\) пункт 9 изложить в следующей редакции:\n«9\. График работы: понедельник и среда с 10\.00 до 17\.00 часов\..*»\.$/m);
    assert.match(amend(doc.toString({ lineWidth: 0 }), 'kk'), /^1\) 9-тармақ мынадай редакцияда жазылсын:\n«9\. /m);
  });

  it('gives an appendix row in a new wording', () => {
    const next = swap("process-quality:     {normative: 90,", "process-quality:     {normative: 95,");
    assert.match(amend(next), /^1\) в приложении к стандарту строку 2\.1 изложить в следующей редакции:\n«2\.1\. .* \| 95 \| .*»\.$/m);
    assert.match(amend(next, 'kk'), /^1\) стандартқа қосымшадағы 2\.1-жол мынадай редакцияда жазылсын:/m);
  });

  it('lists changes in clause order, each but the last ending with a semicolon', () => {
    const next = swap('max-service: 15 minutes', 'max-service: 20 minutes').replace('form: partially-automated', 'form: fully-automated');
    const items = amend(next).split('\n').filter((l) => /^\d\) /.test(l));
    assert.equal(items.length, 2);
    assert.match(items[0], /пункте 2 .*;$/);
    assert.match(items[1], /пункта 7 .*\.$/);
  });

  it('is empty for identical versions', () => assert.equal(amend(BASE), ''));
});

describe('value diff', () => {
  const pairs: [string, (d: ReturnType<typeof parseDocument>) => void][] = [
    ['a changed duration', (d) => d.setIn(['general', 'deadlines', 'max-wait'], '45 minutes')],
    ['an added list item', (d) => (d.getIn(['procedure', 'documents']) as { add(v: unknown): void }).add(d.createNode({ kk: 'Жаңа', ru: 'Новый' }))],
    ['a removed list item', (d) => d.deleteIn(['procedure', 'internal-order', 0])],
    ['a removed optional clause', (d) => d.deleteIn(['appeals', 'other-information'])],
    ['grounds emptied', (d) => d.setIn(['procedure', 'refusal-grounds'], d.createNode([]))],
    ['a changed service name', (d) => d.setIn(['service', 'name', 'ru'], 'Новое имя')],
  ];
  for (const [name, change] of pairs) {
    it(`applying the diff of ${name} to the old version gives the new one`, () => {
      const oldDoc = parseDocument(BASE);
      const newDoc = parseDocument(BASE);
      change(newDoc);
      const diff = diffValues(kz2010, oldDoc, newDoc);
      assert.ok(diff.length > 0);
      const patched = parseDocument(BASE);
      applyChanges(patched, diff);
      assert.deepEqual(diffValues(kz2010, parseDocument(patched.toString()), newDoc), []);
    });
  }

  it('names the clause of each change, null outside the clauses', () => {
    const newDoc = parseDocument(BASE);
    newDoc.setIn(['general', 'deadlines', 'max-wait'], '45 minutes');
    newDoc.setIn(['service', 'code'], '999');
    const diff = diffValues(kz2010, parseDocument(BASE), newDoc);
    assert.deepEqual(diff.map((c) => [c.clause, c.path, c.change]), [
      [null, 'service.code', 'changed'],
      [7, 'general.deadlines.max-wait', 'changed'],
    ]);
    assert.deepEqual(diffValues(kz2010, parseDocument(BASE), parseDocument(BASE)), []);
  });
});
