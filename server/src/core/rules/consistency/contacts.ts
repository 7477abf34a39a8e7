/** `contacts`: every email, phone and web address well-formed; every contact reachable somehow. */
import type { Localized } from '../../types';
import { quoteList } from '../messages';
import { join } from '../paths';
import type { Rule } from '../rule';

function explain(type: string, value: string, problem: string): Localized {
  const v = `\`${value}\``;
  if (type === 'email') return { kk: `${v} — дұрыс электрондық пошта мекенжайы емес.`, ru: `${v} — неверный адрес электронной почты.`, en: `${v} is not a valid email address.` };
  if (type === 'url') return { kk: `${v} — дұрыс сілтеме емес (\`https://…\` немесе \`www.…\`).`, ru: `${v} — неверная ссылка (\`https://…\` или \`www.…\`).`, en: `${v} is not a valid link (\`https://…\` or \`www.…\`).` };
  if (problem === 'kz-digits') {
    return {
      kk: `${v}: Қазақстан нөмірінде +7 немесе 8-ден кейін 10 цифр болады.`,
      ru: `${v}: в казахстанском номере после +7 или 8 должно быть 10 цифр.`,
      en: `${v}: a Kazakhstan number has 10 digits after +7 or 8.`,
    };
  }
  return {
    kk: `${v} — дұрыс телефон нөмірі емес (мысалы \`+7 (7172) 74-00-00\` немесе \`1414\`).`,
    ru: `${v} — неверный номер телефона (например, \`+7 (7172) 74-00-00\` или \`1414\`).`,
    en: `${v} is not a valid phone number (e.g. \`+7 (7172) 74-00-00\` or \`1414\`).`,
  };
}

export const rule: Rule = {
  code: 'contacts',
  defaultSeverity: 'error',
  title: { kk: 'Байланыс деректері', ru: 'Контактные данные', en: 'Contacts' },
  check(ctx) {
    for (const f of ctx.findings('invalid-value')) {
      if (f.type !== 'email' && f.type !== 'phone' && f.type !== 'url') continue;
      ctx.report({ offset: f.offset, clause: f.clause, message: explain(f.type, f.value, f.problem) });
    }
    const p = ctx.catalog?.rules.contacts;
    if (!p) return;
    for (const c of ctx.model.ofType(p.type)) {
      if (!ctx.model.maps.has(c.path)) continue;
      if (p.reachBy.some((k) => ctx.model.get(join(c.path, k)))) continue;
      const first = ctx.model.maps.get(c.path)?.items[0]?.key as { range?: [number, number, number] } | undefined;
      ctx.report({
        offset: c.keyRange ?? (first?.range ? [first.range[0], first.range[1]] : c.range),
        severity: 'warning',
        clause: c.clause,
        message: {
          kk: `Бұл байланысқа хабарласу жолы жоқ: ${quoteList(p.reachBy, 'kk')} кілттерінің бірін қосыңыз.`,
          ru: `С этим контактом невозможно связаться: добавьте одно из ${quoteList(p.reachBy, 'ru')}.`,
          en: `There is no way to reach this contact: add one of ${quoteList(p.reachBy, 'en')}.`,
        },
      });
    }
  },
};
