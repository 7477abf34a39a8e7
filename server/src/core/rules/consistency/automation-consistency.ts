/** `automation-consistency`: the service's form agrees with its result form and delivery. */
import { clauseOf, quoteList, relatedClause } from '../messages';
import { listValues, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'automation-consistency',
  defaultSeverity: 'warning',
  title: { kk: 'Автоматтандыру нысанының сәйкестігі', ru: 'Согласованность формы автоматизации', en: 'Automation consistency' },
  summary: { kk: 'Қызмет нысаны нәтиже нысанымен немесе жеткізу тәсілімен сәйкес келмейді', ru: 'Форма услуги не согласуется с формой результата или способом доставки', en: 'the service\'s form disagrees with its result form or delivery' },
  group: 'consistency',
  clauses: ['general.form', 'general.result', 'procedure.delivery'],
  check(ctx) {
    const p = ctx.catalog?.rules.automation;
    if (!p) return;
    const { model } = ctx;
    const form = model.get(p.formPath);
    if (!form || typeof form.value !== 'string') return;
    const related = relatedClause(ctx.catalog, p.formPath, span(form));
    const resultClause = clauseOf(ctx.catalog, p.resultFormPath)?.number;
    const resultForm = model.get(p.resultFormPath);
    const results = listValues(model.entries, p.resultFormPath);
    const delivery = model.get(p.deliveryPath);
    const deliveries = listValues(model.entries, p.deliveryPath);
    if (form.value === p.fully) {
      if (resultForm && results.length && !results.includes(p.electronicResult)) {
        ctx.report({
          offset: span(resultForm),
          clause: resultClause,
          related,
          message: {
            kk: `Қызмет толық автоматтандырылған, бірақ нәтиже \`${p.electronicResult}\` нысанында берілмейді.`,
            ru: `Услуга полностью автоматизирована, но результат не выдаётся в форме \`${p.electronicResult}\`.`,
            en: `The service is fully automated, but its result is not issued in \`${p.electronicResult}\` form.`,
          },
        });
      }
      if (delivery && deliveries.length && !deliveries.some((d) => p.electronicDelivery.includes(d))) {
        ctx.report({
          offset: span(delivery),
          clause: clauseOf(ctx.catalog, p.deliveryPath)?.number,
          related,
          message: {
            kk: `Қызмет толық автоматтандырылған, бірақ нәтиже ${quoteList(p.electronicDelivery, 'kk')} арқылы жеткізілмейді.`,
            ru: `Услуга полностью автоматизирована, но результат не доставляется через ${quoteList(p.electronicDelivery, 'ru')}.`,
            en: `The service is fully automated, but the result is not delivered by ${quoteList(p.electronicDelivery, 'en')}.`,
          },
        });
      }
    }
    if (form.value === p.non && resultForm && results.length > 0 && results.every((r) => r === p.electronicResult)) {
      ctx.report({
        offset: span(resultForm),
        clause: resultClause,
        related,
        message: {
          kk: `Қызмет автоматтандырылмаған, бірақ нәтиже тек электрондық нысанда беріледі.`,
          ru: `Услуга неавтоматизированная, но результат выдаётся только в электронной форме.`,
          en: `The service is not automated, yet its result is issued only in electronic form.`,
        },
      });
    }
  },
};
