/** `wrong-type`: a value of the wrong shape (a list where a mapping is expected, text where a number is...). */
import { describeGot, describeType } from '../messages';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'wrong-type',
  defaultSeverity: 'error',
  title: { kk: 'Мәннің түрі қате', ru: 'Неверный тип значения', en: 'Wrong type' },
  summary: { kk: 'Пішіні қате мән (тізім, кесте, мәтін, логикалық мән, сан...)', ru: 'Значение неверного вида (список, отображение, текст, логическое значение, число...)', en: 'a value of the wrong shape (list, mapping, text, boolean, number...)' },
  group: 'structure',
  marksBroken: true,
  clauses: 'any',
  check(ctx) {
    for (const f of ctx.findings('wrong-type')) {
      const expected = describeType(f.expected, ctx.catalog, ctx.model.languages);
      const got = describeGot(f.got);
      const key = f.path ? `\`${f.path}\`` : '';
      ctx.report({
        offset: f.offset,
        clause: f.clause,
        message: {
          kk: `${key ? key + ': ' : ''}${expected.kk} күтілген, бірақ ${got.kk} берілген.`,
          ru: `${key ? key + ': ' : ''}ожидается ${expected.ru}, а указано: ${got.ru}.`,
          en: `${key ? key + ': ' : ''}expected ${expected.en}, found ${got.en}.`,
        },
      });
    }
  },
};
