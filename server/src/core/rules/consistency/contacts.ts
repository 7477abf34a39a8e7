/** `contacts`: every email, phone and web address well-formed; every contact reachable somehow. */
import { isScalar, type Scalar } from 'yaml';
import type { Localized, Severity } from '../../types';
import { urlRisk, type UrlRisk } from '../../values/reach';
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

/** A link that reads as one site and leads to another. */
function explainRisk(value: string, r: UrlRisk): { severity: Severity; message: Localized } {
  const v = `\`${value}\``;
  const to = `\`${r.kind === 'userinfo' ? r.host : r.ascii}\``;
  if (r.kind === 'userinfo') {
    const u = `\`${r.shown}\``;
    return {
      severity: 'error',
      message: {
        kk: `${v}: \`@\` алдындағы ${u} — сайт емес, пайдаланушы аты; сілтеме ${to} мекенжайына апарады. Сайттың өз мекенжайын жазыңыз.`,
        ru: `${v}: ${u} перед \`@\` — не сайт, а имя пользователя; ссылка ведёт на ${to}. Впишите адрес самого сайта.`,
        en: `${v}: ${u} before the \`@\` is a user name, not the site; the link leads to ${to}. Write the site's own address.`,
      },
    };
  }
  if (r.kind === 'mixed-script') {
    const letters = r.letters.map((l) => `\`${l}\``).join(', ');
    return {
      severity: 'error',
      message: {
        kk: `${v}: сайт атауында әр түрлі әліпби әріптері араласқан${letters ? ` (${letters} — латын әрпі емес)` : ''}; сілтеме ${to} мекенжайына апарады. Атауды латын әріптерімен қайта теріңіз.`,
        ru: `${v}: в имени сайта смешаны буквы разных алфавитов${letters ? ` (${letters} — не латиница)` : ''}; ссылка ведёт на ${to}. Наберите имя заново латиницей.`,
        en: `${v}: the host name mixes letters of different alphabets${letters ? ` (${letters} is not Latin)` : ''}; the link leads to ${to}. Retype the name in Latin letters.`,
      },
    };
  }
  return {
    severity: 'warning',
    message: {
      kk: `${v}: сайт атауында ASCII емес таңбалар бар; браузер ${to} мекенжайына барады. Мекенжайдың дұрыстығын тексеріңіз.`,
      ru: `${v}: в имени сайта символы вне ASCII; браузер откроет ${to}. Проверьте, что адрес верный.`,
      en: `${v}: the host name holds characters outside ASCII; a browser opens ${to}. Check that this is the intended address.`,
    },
  };
}

/** The risk of each link, per scalar: the same node holds the same value in the next version. */
const risks = new WeakMap<Scalar, { risk: UrlRisk | undefined }>();

/** `keep`: whether to remember it for the next version. */
function riskOf(node: Scalar, keep: boolean): UrlRisk | undefined {
  if (!keep) return urlRisk(String(node.value));
  let was = risks.get(node);
  if (!was) risks.set(node, (was = { risk: urlRisk(String(node.value)) }));
  return was.risk;
}

export const rule: Rule = {
  code: 'contacts',
  defaultSeverity: 'error',
  title: { kk: 'Байланыс деректері', ru: 'Контактные данные', en: 'Contacts' },
  summary: { kk: 'Дұрыс жазылмаған пошта, телефон немесе сілтеме; хабарласу жолы жоқ байланыс', ru: 'Неверный адрес почты, телефон или ссылка; контакт, с которым нельзя связаться', en: 'malformed email, phone or link; a contact with no way to reach it' },
  group: 'consistency',
  clauses: ['general.provider', 'general.information', 'procedure.forms', 'procedure.submission', 'appeals.explanation', 'appeals.higher-instance', 'appeals.improper-service', 'appeals.acknowledgement'],
  otherSeverities: 'unreachable contact: warning',
  check(ctx) {
    for (const f of ctx.findings('invalid-value')) {
      if (f.type !== 'email' && f.type !== 'phone' && f.type !== 'url') continue;
      ctx.report({ offset: f.offset, clause: f.clause, message: explain(f.type, f.value, f.problem) });
    }
    for (const e of ctx.model.ofKind('url')) {
      if (typeof e.value !== 'string' || !isScalar(e.node)) continue;
      const risk = riskOf(e.node, !ctx.oneShot);
      if (risk) ctx.report({ offset: e.range, clause: e.clause, ...explainRisk(String(e.node.value).trim(), risk) });
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
