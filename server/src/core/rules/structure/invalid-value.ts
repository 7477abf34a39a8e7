/** `invalid-value`: a duration, amount, time or time range that is not written as the dialect says. */
import { suggest } from '../../model/build';
import { DURATION_WORDS } from '../../values/duration';
import { MONEY_WORDS } from '../../values/money';
import type { Fix, Localized } from '../../types';
import { didYouMean } from '../messages';
import type { Rule } from '../rule';

/** Kinds this rule owns; email/phone/url belong to `contacts`, dates to `legal-basis`. */
const KINDS = new Set(['duration', 'money', 'time-range', 'time']);

function explain(type: string, problem: string, value: string, detail?: string): Localized {
  const v = `\`${value}\``;
  if (type === 'duration') {
    if (problem === 'unit') {
      const dym = didYouMean(suggest(detail ?? '', DURATION_WORDS, 2));
      return {
        kk: `${v}: белгісіз уақыт бірлігі \`${detail}\`.${dym.kk} Бірліктер: minutes, hours, working-days, calendar-days.`,
        ru: `${v}: неизвестная единица времени \`${detail}\`.${dym.ru} Единицы: minutes, hours, working-days, calendar-days.`,
        en: `${v}: unknown unit \`${detail}\`.${dym.en} Units: minutes, hours, working-days, calendar-days.`,
      };
    }
    if (problem === 'zero') return { kk: `${v}: мерзім нөлден үлкен болуы керек.`, ru: `${v}: срок должен быть больше нуля.`, en: `${v}: a duration must be greater than zero.` };
    return {
      kk: `${v} мерзім емес. Былай жазыңыз: \`30 minutes\`, \`2 hours\`, \`10 working-days\`, \`30 calendar-days\`.`,
      ru: `${v} — не срок. Пишите так: \`30 minutes\`, \`2 hours\`, \`10 working-days\`, \`30 calendar-days\`.`,
      en: `${v} is not a duration. Write \`30 minutes\`, \`2 hours\`, \`10 working-days\` or \`30 calendar-days\`.`,
    };
  }
  if (type === 'money') {
    if (problem === 'unit') {
      const dym = didYouMean(suggest(detail ?? '', MONEY_WORDS, 2));
      return {
        kk: `${v}: белгісіз ақша бірлігі \`${detail}\`.${dym.kk} \`MCI\` (АЕК) немесе \`KZT\` жазыңыз.`,
        ru: `${v}: неизвестная денежная единица \`${detail}\`.${dym.ru} Пишите \`MCI\` (МРП) или \`KZT\`.`,
        en: `${v}: unknown currency unit \`${detail}\`.${dym.en} Use \`MCI\` or \`KZT\`.`,
      };
    }
    return {
      kk: `${v} сома емес. Былай жазыңыз: \`0.5 MCI\` немесе \`1500 KZT\`.`,
      ru: `${v} — не сумма. Пишите так: \`0.5 MCI\` или \`1500 KZT\`.`,
      en: `${v} is not an amount. Write \`0.5 MCI\` or \`1500 KZT\`.`,
    };
  }
  if (problem === 'order') {
    return {
      kk: `${v}: басталу уақыты аяқталу уақытынан бұрын болуы керек.`,
      ru: `${v}: время начала должно быть раньше времени окончания.`,
      en: `${v}: the start must be before the end.`,
    };
  }
  if (type === 'time') return { kk: `${v} уақыт емес; \`09:00\` сияқты жазыңыз.`, ru: `${v} — не время; пишите как \`09:00\`.`, en: `${v} is not a time; write it like \`09:00\`.` };
  return {
    kk: `${v} уақыт аралығы емес; \`09:00-18:30\` сияқты жазыңыз.`,
    ru: `${v} — не интервал времени; пишите как \`09:00-18:30\`.`,
    en: `${v} is not a time range; write it like \`09:00-18:30\`.`,
  };
}

/** "Change to `minutes`" for each unit a misspelt one may be, where the unit stands once in the value as written. */
function unitFixes(source: string, offset: [number, number], type: string, unit: string | undefined): Fix[] {
  const words = type === 'duration' ? DURATION_WORDS : type === 'money' ? MONEY_WORDS : undefined;
  if (!words || !unit) return [];
  const text = source.slice(offset[0], offset[1]);
  const at = text.indexOf(unit);
  if (at < 0 || text.indexOf(unit, at + 1) >= 0) return [];
  return suggest(unit, words, 2).map((s) => ({
    title: { kk: `\`${s}\` деп өзгерту`, ru: `Заменить на \`${s}\``, en: `Change to \`${s}\`` },
    edits: [{ start: offset[0] + at, end: offset[0] + at + unit.length, newText: s }],
  }));
}

export const rule: Rule = {
  code: 'invalid-value',
  defaultSeverity: 'error',
  title: { kk: 'Мән дұрыс жазылмаған', ru: 'Значение записано неверно', en: 'Malformed value' },
  summary: { kk: 'Дұрыс жазылмаған мерзім, сома немесе уақыт аралығы', ru: 'Неверно записанный срок, сумма или интервал времени', en: 'a malformed duration, amount or time range' },
  group: 'structure',
  marksBroken: true,
  clauses: ['general.deadlines', 'general.fee', 'general.schedule', 'appeals.acknowledgement'],
  check(ctx) {
    for (const f of ctx.findings('invalid-value')) {
      if (!KINDS.has(f.type)) continue;
      const fixes = f.problem === 'unit' ? unitFixes(ctx.source, f.offset, f.type, f.detail) : [];
      ctx.report({ offset: f.offset, clause: f.clause, message: explain(f.type, f.problem, f.value, f.detail), ...(fixes.length ? { fixes } : {}) });
    }
  },
};
