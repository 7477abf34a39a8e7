/** `deadline-documents`: a deadline counted from the documents needs the list of required documents. */
import { clauseOf, clauseWords, refName } from '../messages';
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'deadline-documents',
  defaultSeverity: 'error',
  title: { kk: 'Құжаттардан бастап есептелетін мерзім', ru: 'Срок с момента сдачи документов', en: 'Deadline from documents' },
  summary: { kk: 'Қажетті құжаттар тізімінсіз `from-documents` мерзімі', ru: 'Срок `from-documents` без списка необходимых документов', en: '`from-documents` without the list of required documents' },
  group: 'consistency',
  clauses: ['general.deadlines.from-documents', 'procedure.documents'],
  check(ctx) {
    const p = ctx.catalog?.rules.deadlines;
    if (!p) return;
    const from = ctx.model.get(join(p.path, p.fromDocuments));
    if (!from) return;
    const docs = ctx.model.get(p.documentsPath);
    if (docs && typeof docs.value === 'number' && docs.value > 0) return;
    const own = clauseOf(ctx.catalog, from.path);
    const ref = refName(own?.ref ?? p.fromDocuments);
    const docsClause = clauseOf(ctx.catalog, p.documentsPath);
    const of = docsClause ? clauseWords(docsClause, { case: 'loc', title: false }) : undefined;
    ctx.report({
      offset: span(from),
      clause: own?.number,
      message: {
        kk: `${ref.kk} мерзімі ${of ? `${of.kk} ` : ''}құжаттарды тапсырған сәттен есептеледі, бірақ \`${p.documentsPath}\` тізімі жоқ немесе бос.`,
        ru: `Срок ${ref.ru} отсчитывается с момента сдачи документов${of ? ` ${of.ru}` : ''}, но список \`${p.documentsPath}\` отсутствует или пуст.`,
        en: `Deadline ${ref.en} counts from handing in the documents${of ? ` of ${of.en}` : ''}, but \`${p.documentsPath}\` is missing or empty.`,
      },
      related: docs && docsClause ? [{ offset: span(docs), message: clauseWords(docsClause, { capital: true, title: false }) }] : undefined,
    });
  },
};
