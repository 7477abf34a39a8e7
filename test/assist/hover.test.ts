/** Hover: what the writer reads on a key, a value, a language key. */
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/assist/hover';
import { analyze } from '../../server/src/core/engine';
import type { Lang } from '../../server/src/core/types';
import { DIALECT_STANDARD } from '../helpers';

const analysis = analyze(DIALECT_STANDARD);
/** The hover `d` characters into the first occurrence of `needle`. */
const hover = (needle: string, d: number, lang: Lang = 'en') => {
  const i = DIALECT_STANDARD.indexOf(needle);
  assert.ok(i >= 0, needle);
  return hoverAt(analysis, i + d, lang);
};

describe('assist: hover', () => {
  it('on a clause key: its number and title, section, whether required, the official wording in Kazakh', () => {
    const h = hover('  deadlines:', 4)!;
    assert.match(h.markdown, /^\*\*§7\. Deadlines\*\* · Section 1\. General provisions · _required_/);
    assert.match(h.markdown, /Қызмет көрсету мерзімдері · Сроки оказания услуги/);
    assert.match(h.markdown, /\*\*Official wording of the model \(kk\):\*\*\n\n> Мемлекеттік қызмет көрсетудің мерзімдері/);
    const start = DIALECT_STANDARD.indexOf('deadlines:');
    assert.deepEqual(h.offset, [start, start + 'deadlines'.length]);
  });

  it('in Russian for a Russian editor', () => {
    assert.match(hover('  deadlines:', 4, 'ru')!.markdown, /^\*\*§7\. Сроки оказания услуги\*\*/);
  });

  it('on a duration: its reading in the editor’s language first, then the others', () => {
    const h = hover('5 working-days', 2)!;
    assert.equal(h.markdown, '5 working days / 5 жұмыс күні / 5 рабочих дней');
    const start = DIALECT_STANDARD.indexOf('5 working-days');
    assert.deepEqual(h.offset, [start, start + '5 working-days'.length]);
    assert.equal(hover('5 working-days', 2, 'ru')!.markdown, '5 рабочих дней / 5 жұмыс күні / 5 working days');
    assert.equal(hover('1 working-day', 1)!.markdown, '1 working day / 1 жұмыс күні / 1 рабочий день');
  });

  it('on an enum value: its meaning in every language', () => {
    assert.equal(hover('partially-automated', 3)!.markdown, '**`partially-automated`**: Partially automated\n\nІшінара автоматтандырылған · Частично автоматизированная');
  });

  it('on a language key inside a text: which language the text is in', () => {
    const i = DIALECT_STANDARD.indexOf('    kk: Жылжымайтын');
    const h = hoverAt(analysis, i + 5, 'en')!;
    assert.equal(h.markdown, 'қазақша мәтін · текст на казахском · Kazakh text');
    assert.deepEqual(h.offset, [i + 4, i + 6]);
  });

  it('on a plain key: its title, whether required, and an example', () => {
    const h = hover('  code: "00201004"', 3)!;
    assert.match(h.markdown, /^\*\*Registry code\*\* · _optional_/);
    assert.match(h.markdown, /```yaml\ncode: "00101001"\n```/);
  });

  it('nothing on a comment, and nothing in a document of an unknown edition', () => {
    assert.equal(hover('# Written', 3), undefined);
    const unknown = 'edition: kz-1999\ngeneral:\n  form: non-automated\n';
    assert.equal(hoverAt(analyze(unknown), unknown.indexOf('form') + 1, 'en'), undefined);
  });
});
