/** The help texts shared by hover and completion. */
import assert from 'node:assert/strict';
import { clauseHeading, enumHelp, enumTable, fieldHelp, readingHelp } from '../../server/src/core/assist/help';
import { typeAt } from '../../server/src/core/assist/context';
import type { EnumValue } from '../../server/src/core/catalog/types';
import { KZ2010 } from './support';

const field = (...keys: string[]) => typeAt(KZ2010, keys.map((key) => ({ key }))).field!;

describe('assist: help texts', () => {
  it('heads a clause with its number and title in the language asked', () => {
    assert.equal(clauseHeading(KZ2010, 7, 'en'), '§7. Deadlines');
    assert.equal(clauseHeading(KZ2010, 7, 'ru'), '§7. Сроки оказания услуги');
    assert.equal(clauseHeading(KZ2010, 99, 'en'), '§99');
  });

  it('lists an enum’s values with their meaning, and shows the expected type and example of a key', () => {
    const form = field('general', 'form');
    const md = fieldHelp(KZ2010, form, 'en', ['kk', 'ru']);
    assert.match(md, /^\*\*§2\. Form of service\*\*/);
    assert.match(md, /^- `partially-automated`: Partially automated$/m);
    assert.match(md, /\*\*Expected:\*\* /);
    assert.match(md, /\*\*Example:\*\*\n\n```yaml\n# 2\. Қызмет нысаны \/ Форма услуги\nform: partially-automated\n```$/);
  });

  it('writes the example with the document’s languages', () => {
    const name = field('service', 'name');
    assert.match(fieldHelp(KZ2010, name, 'en', ['kk', 'ru', 'en']), /```yaml\nname:[\s\S]*en:/);
    assert.doesNotMatch(fieldHelp(KZ2010, name, 'en', ['kk', 'ru']), /```yaml\nname:[^`]*\ben:/);
  });

  it('gives one value’s meaning in the editor’s language, then the others', () => {
    const v: EnumValue = { value: 'paper', title: { kk: 'Қағаз', ru: 'Бумажная', en: 'Paper' } };
    assert.equal(enumHelp(v, 'ru'), '**`paper`**: Бумажная\n\nҚағаз · Paper');
    assert.equal(enumTable([v], 'kk'), '- `paper`: Қағаз');
  });

  it('puts the reading in the editor’s language first', () => {
    const r = { kk: '5 жұмыс күні', ru: '5 рабочих дней', en: '5 working days' };
    assert.equal(readingHelp(r, 'kk'), '5 жұмыс күні / 5 рабочих дней / 5 working days');
    assert.equal(readingHelp(r, 'en'), '5 working days / 5 жұмыс күні / 5 рабочих дней');
  });
});
