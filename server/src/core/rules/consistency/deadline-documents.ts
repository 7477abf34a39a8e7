/** `deadline-documents` (cl. 7.1 a): a deadline counted from the documents needs the documents of clause 11. */
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'deadline-documents',
  defaultSeverity: 'error',
  title: { kk: 'Құжаттардан бастап есептелетін мерзім', ru: 'Срок с момента сдачи документов', en: 'Deadline from documents' },
  check(ctx) {
    const p = ctx.catalog?.rules.deadlines;
    if (!p) return;
    const from = ctx.model.get(join(p.path, p.fromDocuments));
    if (!from) return;
    const docs = ctx.model.get(p.documentsPath);
    if (docs && typeof docs.value === 'number' && docs.value > 0) return;
    ctx.report({
      offset: span(from),
      clause: 7,
      message: {
        kk: `7.1 а) мерзімі 11-тармақтағы құжаттарды тапсырған сәттен есептеледі, бірақ \`${p.documentsPath}\` тізімі жоқ немесе бос.`,
        ru: `Срок 7.1 а) отсчитывается с момента сдачи документов пункта 11, но список \`${p.documentsPath}\` отсутствует или пуст.`,
        en: `Deadline 7.1 a) counts from handing in the documents of clause 11, but \`${p.documentsPath}\` is missing or empty.`,
      },
      related: docs ? [{ offset: span(docs), message: { kk: '11-тармақ', ru: 'Пункт 11', en: 'Clause 11' } }] : undefined,
    });
  },
};
