/** `deadline-required`: at least one of the deadlines counted from the start; an electronic one only for an automated service. */
import { clauseOf, clauseWords, quoteList, refName, relatedClause, subClause } from '../messages';
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'deadline-required',
  defaultSeverity: 'error',
  title: { kk: 'Қызмет көрсету мерзімдері', ru: 'Сроки оказания услуги', en: 'Service deadlines' },
  summary: { kk: 'Басынан есептелетін үш мерзімнің бірі де жоқ; автоматтандырылмаған қызметте электрондық мерзім', ru: 'Нет ни одного из трёх сроков оказания; электронный срок у неавтоматизированной услуги', en: 'none of the three deadlines of the service; an electronic deadline for a non-automated service' },
  group: 'consistency',
  clauses: ['general.deadlines.from-documents', 'general.deadlines.from-application', 'general.deadlines.from-electronic-request', 'general.form'],
  otherSeverities: 'electronic deadline: warning',
  check(ctx) {
    const p = ctx.catalog?.rules.deadlines;
    if (!p) return;
    const { model } = ctx;
    const deadlines = model.get(p.path);
    if (!deadlines || !model.maps.has(p.path)) return;
    const clause = clauseOf(ctx.catalog, p.path);
    if (!p.anyOf.some((k) => model.get(join(p.path, k)))) {
      // The sub-clause the alternatives share (`7.1`), else the clause itself.
      const ref = clauseOf(ctx.catalog, join(p.path, p.anyOf[0]))?.ref;
      const lead = ref ? clauseWords(subClause(ref), { capital: true }) : clause ? clauseWords(clause, { capital: true, title: false }) : undefined;
      const at = (lang: 'kk' | 'ru' | 'en') => (lead ? `${lead[lang]}: ` : '');
      ctx.report({
        offset: deadlines.keyRange ?? deadlines.range,
        clause: clause?.number,
        message: {
          kk: `${at('kk')}үш мерзімнің кемінде біреуі керек: ${quoteList(p.anyOf, 'kk')}.`,
          ru: `${at('ru')}нужен хотя бы один из трёх сроков: ${quoteList(p.anyOf, 'ru')}.`,
          en: `${at('en')}at least one of the three deadlines is required: ${quoteList(p.anyOf, 'en')}.`,
        },
      });
    }
    const electronic = model.get(join(p.path, p.electronic));
    const form = model.get(p.formPath);
    if (electronic && form?.value === p.nonAutomated) {
      const ref = refName(clauseOf(ctx.catalog, electronic.path)?.ref ?? p.electronic);
      ctx.report({
        offset: span(electronic),
        severity: 'warning',
        clause: clause?.number,
        message: {
          kk: `${ref.kk}: электрондық сұрау мерзімі берілген, бірақ қызмет автоматтандырылмаған (\`${p.nonAutomated}\`).`,
          ru: `${ref.ru}: указан срок по электронному запросу, но услуга неавтоматизированная (\`${p.nonAutomated}\`).`,
          en: `${ref.en}: a deadline from an electronic request is given, but the service is not automated (\`${p.nonAutomated}\`).`,
        },
        related: relatedClause(ctx.catalog, p.formPath, span(form)),
      });
    }
  },
};
