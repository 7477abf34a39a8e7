/** `enum-value`: a value outside its enumeration, with "did you mean". */
import { didYouMean, quoteList } from '../messages';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'enum-value',
  defaultSeverity: 'error',
  title: { kk: 'Рұқсат етілмеген мән', ru: 'Недопустимое значение', en: 'Value not allowed' },
  summary: { kk: 'Рұқсат етілген мәндер тізімінде жоқ сөз, «мүмкін, … деген болар?» ұсынысымен', ru: 'Слово вне списка допустимых значений, с подсказкой «возможно, имелось в виду»', en: 'a word outside its list of allowed values, with "did you mean"' },
  group: 'structure',
  marksBroken: true,
  clauses: ['general.form', 'general.legal-basis', 'general.information', 'general.result', 'general.recipients', 'general.schedule', 'procedure.delivery', 'principles'],
  check(ctx) {
    for (const f of ctx.findings('enum-value')) {
      const allowed = f.values.map((v) => v.value);
      const dym = didYouMean(f.suggestions);
      const key = f.path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? f.path;
      ctx.report({
        offset: f.offset,
        clause: f.clause,
        message: {
          kk: `\`${f.value}\` — \`${key}\` үшін рұқсат етілмеген мән.${dym.kk} Рұқсат етілгендер: ${quoteList(allowed, 'kk')}.`,
          ru: `\`${f.value}\` — недопустимое значение для \`${key}\`.${dym.ru} Допустимы: ${quoteList(allowed, 'ru')}.`,
          en: `\`${f.value}\` is not an allowed value of \`${key}\`.${dym.en} Allowed: ${quoteList(allowed, 'en')}.`,
        },
        fixes: f.suggestions.map((s) => ({
          title: { kk: `\`${s}\` деп өзгерту`, ru: `Заменить на \`${s}\``, en: `Change to \`${s}\`` },
          edits: [{ start: f.offset[0], end: f.offset[1], newText: s }],
        })),
      });
    }
  },
};
