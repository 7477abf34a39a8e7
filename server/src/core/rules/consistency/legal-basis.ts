/** `legal-basis`: acts' dates (the legal basis, the approving act) are real calendar dates and not in the future. */
import { today } from '../../values/date';
import { clauseOf } from '../messages';
import { join, lastKey } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'legal-basis',
  defaultSeverity: 'error',
  title: { kk: 'Құқықтық негіз', ru: 'Правовое основание', en: 'Legal basis' },
  summary: { kk: 'Актінің күні дұрыс жазылмаған, күнтізбеде жоқ немесе болашақта', ru: 'Дата акта записана неверно, не существует или в будущем', en: 'an act\'s date malformed, not in the calendar, or in the future' },
  group: 'consistency',
  clauses: ['general.legal-basis'],
  reads: ['today'],
  check(ctx) {
    for (const f of ctx.findings('invalid-value')) {
      if (f.type !== 'date') continue;
      ctx.report({
        offset: f.offset,
        clause: f.clause,
        message:
          f.problem === 'calendar'
            ? { kk: `\`${f.value}\` — күнтізбеде жоқ күн.`, ru: `\`${f.value}\` — такой даты нет в календаре.`, en: `\`${f.value}\` is not a real calendar date.` }
            : { kk: `\`${f.value}\` күн емес; \`2010-06-26\` сияқты жазыңыз.`, ru: `\`${f.value}\` — не дата; пишите как \`2010-06-26\`.`, en: `\`${f.value}\` is not a date; write it like \`2010-06-26\`.` },
      });
    }
    const p = ctx.catalog?.rules.legalBasis;
    if (!p) return;
    const limit = today(ctx.now).getTime();
    const dates = [...ctx.model.items(p.path).map((act) => [join(act.path, p.dateKey), p.path]), ...(p.otherDates ?? []).map((d) => [d, d])];
    for (const [path, owner] of dates) {
      const e = ctx.model.get(path);
      if (!(e?.value instanceof Date) || e.value.getTime() <= limit) continue;
      const iso = e.value.toISOString().slice(0, 10);
      ctx.report({
        offset: e.range,
        clause: clauseOf(ctx.catalog, owner)?.number,
        message: {
          kk: `${iso} — болашақтағы күн; актінің қабылданған күнін тексеріңіз (\`${lastKey(e.path)}\`).`,
          ru: `${iso} — дата в будущем; проверьте дату принятия акта (\`${lastKey(e.path)}\`).`,
          en: `${iso} is in the future; check the act's date (\`${lastKey(e.path)}\`).`,
        },
      });
    }
  },
};
