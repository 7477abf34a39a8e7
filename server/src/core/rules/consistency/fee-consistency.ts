/** `fee-consistency`: a paid service names its amount, payment and receipt; a free one has no amount. */
import { insertIntoMap } from '../../edit/insert';
import { fieldFlow, fieldYaml } from '../../skeleton/skeleton';
import type { Fix, TextEdit } from '../../types';
import { clauseOf, clauseWords, quoteList } from '../messages';
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'fee-consistency',
  defaultSeverity: 'error',
  title: { kk: 'Ақы туралы мәліметтердің сәйкестігі', ru: 'Согласованность сведений об оплате', en: 'Fee consistency' },
  summary: { kk: 'Құны, төлеу нысаны немесе түбіртегі жоқ ақылы қызмет; құны көрсетілген тегін қызмет', ru: 'Платная услуга без стоимости, формы оплаты или квитанции; бесплатная со стоимостью', en: 'a paid service without amount, payment or receipt; a free one with an amount' },
  group: 'consistency',
  clauses: ['general.fee'],
  otherSeverities: 'free with an amount: warning',
  check(ctx) {
    const p = ctx.catalog?.rules.fee;
    if (!p) return;
    const { model } = ctx;
    const flag = model.get(join(p.path, p.flag));
    if (!flag || typeof flag.value !== 'boolean') return;
    const feeEntry = model.get(p.path);
    const clause = clauseOf(ctx.catalog, p.path);
    const lead = clause ? clauseWords(clause, { capital: true, title: false }) : undefined;
    const at = (lang: 'kk' | 'ru' | 'en') => (lead ? `${lead[lang]}: ` : '');
    if (flag.value) {
      const missing = p.requiredWhenPaid.filter((k) => !model.get(join(p.path, k)));
      if (missing.length === 0) return;
      const map = model.maps.get(p.path);
      const fields = (feeEntry?.type.kind === 'object' ? feeEntry.type.fields : []).filter((f) => missing.includes(f.key));
      const edits: TextEdit[] = [];
      if (map && ctx.catalog) {
        const o = { languages: model.languages, examples: false };
        const block = fields.map((f) => fieldYaml(ctx.catalog!, f, o)).join('\n');
        const flow = fields.map((f) => fieldFlow(ctx.catalog!, f, o)).join(', ');
        const e = insertIntoMap(ctx.source, map, block, flow);
        if (e) edits.push(e);
      }
      const fixes: Fix[] = edits.length
        ? [{ title: { kk: `${quoteList(missing, 'kk', true)} қосу`, ru: `Добавить ${quoteList(missing, 'ru', true)}`, en: `Add ${quoteList(missing, 'en', true)}` }, edits }]
        : [];
      ctx.report({
        offset: span(flag),
        clause: clause?.number,
        message: {
          kk: `${at('kk')}ақылы қызметте құны, төлеу нысаны және түбіртегі көрсетілуі керек; жоқ: ${quoteList(missing, 'kk', true)}.`,
          ru: `${at('ru')}для платной услуги нужны стоимость, форма оплаты и квитанция; нет: ${quoteList(missing, 'ru', true)}.`,
          en: `${at('en')}a paid service must state its amount, payment and receipt; missing: ${quoteList(missing, 'en', true)}.`,
        },
        fixes,
      });
      return;
    }
    for (const k of p.unexpectedWhenFree) {
      const e = model.get(join(p.path, k));
      if (!e) continue;
      ctx.report({
        offset: span(e),
        severity: 'warning',
        clause: clause?.number,
        message: {
          kk: `${at('kk')}қызмет тегін (\`${p.flag}: false\`), бірақ \`${k}\` көрсетілген.`,
          ru: `${at('ru')}услуга бесплатная (\`${p.flag}: false\`), но указано \`${k}\`.`,
          en: `${at('en')}the service is free (\`${p.flag}: false\`) but \`${k}\` is given.`,
        },
        related: [{ offset: span(flag), message: { kk: 'Тегін деп осында көрсетілген', ru: 'Бесплатность указана здесь', en: 'Marked free here' } }],
        fixes: flag.node?.range
          ? [
              {
                title: { kk: 'Ақылы деп белгілеу (`true`)', ru: 'Отметить как платную (`true`)', en: 'Mark as paid (`true`)' },
                edits: [{ start: flag.node.range[0], end: flag.node.range[1], newText: 'true' }],
              },
            ]
          : undefined,
      });
    }
  },
};
