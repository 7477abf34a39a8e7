/** `deadline-required` (cl. 7.1): at least one of the three deadlines; an electronic one only for an automated service. */
import { quoteList } from '../messages';
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'deadline-required',
  defaultSeverity: 'error',
  title: { kk: '7.1-тармақтың мерзімдері', ru: 'Сроки пункта 7.1', en: 'Clause 7.1 deadlines' },
  check(ctx) {
    const p = ctx.catalog?.rules.deadlines;
    if (!p) return;
    const { model } = ctx;
    const deadlines = model.get(p.path);
    if (!deadlines || !model.maps.has(p.path)) return;
    if (!p.anyOf.some((k) => model.get(join(p.path, k)))) {
      ctx.report({
        offset: deadlines.keyRange ?? deadlines.range,
        clause: 7,
        message: {
          kk: `7.1-тармақ: үш мерзімнің кемінде біреуі керек: ${quoteList(p.anyOf, 'kk')}.`,
          ru: `Пункт 7.1: нужен хотя бы один из трёх сроков: ${quoteList(p.anyOf, 'ru')}.`,
          en: `Clause 7.1: at least one of the three deadlines is required: ${quoteList(p.anyOf, 'en')}.`,
        },
      });
    }
    const electronic = model.get(join(p.path, p.electronic));
    const form = model.get(p.formPath);
    if (electronic && form?.value === p.nonAutomated) {
      ctx.report({
        offset: span(electronic),
        severity: 'warning',
        clause: 7,
        message: {
          kk: `7.1 в): электрондық сұрау мерзімі берілген, бірақ қызмет автоматтандырылмаған (\`${p.nonAutomated}\`).`,
          ru: `7.1 в): указан срок по электронному запросу, но услуга неавтоматизированная (\`${p.nonAutomated}\`).`,
          en: `7.1 c): a deadline from an electronic request is given, but the service is not automated (\`${p.nonAutomated}\`).`,
        },
        related: [{ offset: span(form), message: { kk: 'Қызмет нысаны (2-тармақ)', ru: 'Форма услуги (пункт 2)', en: 'Form of the service (clause 2)' } }],
      });
    }
  },
};
