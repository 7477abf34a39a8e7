/** `empty-list`: a list that must have at least one item is empty. */
import { clauseName } from '../messages';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'empty-list',
  defaultSeverity: 'error',
  title: { kk: 'Бос тізім', ru: 'Пустой список', en: 'Empty list' },
  summary: { kk: 'Кемінде бір элементі болуы керек тізім бос', ru: 'Пуст список, в котором нужен хотя бы один элемент', en: 'a list that needs at least one item is empty' },
  group: 'structure',
  clauses: ['general.provider', 'general.legal-basis', 'general.information', 'general.result', 'general.recipients', 'general.schedule', 'procedure.documents', 'procedure.internal-order', 'procedure.delivery', 'principles', 'appeals.documents', 'appeals.acknowledgement'],
  check(ctx) {
    for (const f of ctx.findings('empty-list')) {
      const clause = clauseName(ctx.catalog, f.clause);
      const key = f.path.split('.').pop() ?? f.path;
      ctx.report({
        offset: f.offset,
        clause: f.clause,
        message: {
          kk: `${clause ? clause.kk + ': ' : ''}\`${key}\` тізімінде кемінде бір элемент болуы керек.`,
          ru: `${clause ? clause.ru + ': ' : ''}список \`${key}\` должен содержать хотя бы один элемент.`,
          en: `${clause ? clause.en + ': ' : ''}the list \`${key}\` needs at least one item.`,
        },
      });
    }
  },
};
