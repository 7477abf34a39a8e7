/** `schedule-consistency`: breaks inside the hours and apart; conditions stated. */
import type { Entry } from '../../model/model';
import { formatTime, isTimeRange, type TimeRange } from '../../values/time';
import { isKey, join, lastKey, parentPath, span } from '../paths';
import type { Rule } from '../rule';

const show = (r: TimeRange) => `${formatTime(r.start)}-${formatTime(r.end)}`;

export const rule: Rule = {
  code: 'schedule-consistency',
  defaultSeverity: 'warning',
  title: { kk: 'Жұмыс кестесінің сәйкестігі', ru: 'Согласованность графика работы', en: 'Schedule consistency' },
  summary: { kk: 'Жұмыс уақытынан тыс немесе қабаттасқан үзілістер; `conditions` жоқ `available: true`', ru: 'Перерывы вне часов работы или пересекающиеся; `available: true` без `conditions`', en: 'breaks outside the hours or overlapping; `available: true` without `conditions`' },
  group: 'consistency',
  clauses: ['general.schedule'],
  check(ctx) {
    const p = ctx.catalog?.rules.schedule;
    if (!p) return;
    const { model } = ctx;
    const available = model.ofKind('boolean').filter((e) => e.value === true && isKey(e.path, p.available));
    const hoursEntries = model.ofKind('time-range').filter((e) => isTimeRange(e.value) && isKey(e.path, p.hours));
    for (const hoursEntry of hoursEntries) {
      const path = hoursEntry.path;
      const hours = hoursEntry.value as TimeRange;
      const base = parentPath(path);
      const breaks: [Entry, TimeRange][] = model
        .items(join(base, p.breaks))
        .filter((e) => isTimeRange(e.value))
        .map((e) => [e, e.value as TimeRange]);
      for (const [e, b] of breaks) {
        if (b.start < hours.start || b.end > hours.end) {
          ctx.report({
            offset: e.range,
            clause: hoursEntry.clause,
            message: {
              kk: `${show(b)} үзілісі жұмыс уақытынан (${show(hours)}) тыс.`,
              ru: `Перерыв ${show(b)} выходит за часы работы (${show(hours)}).`,
              en: `The break ${show(b)} lies outside the working hours (${show(hours)}).`,
            },
            related: [{ offset: span(hoursEntry), message: { kk: 'Жұмыс уақыты', ru: 'Часы работы', en: 'Working hours' } }],
          });
        }
      }
      const sorted = [...breaks].sort((a, b) => a[1].start - b[1].start);
      // The earlier break that reaches furthest: any later break starting before its end overlaps it.
      let reach = sorted[0];
      for (let i = 1; i < sorted.length; i++) {
        const [prevEntry, prev] = reach;
        const [e, b] = sorted[i];
        if (b.end > prev.end) reach = sorted[i];
        if (b.start < prev.end) {
          ctx.report({
            offset: e.range,
            clause: hoursEntry.clause,
            message: {
              kk: `${show(b)} үзілісі ${show(prev)} үзілісімен қабаттасады.`,
              ru: `Перерыв ${show(b)} пересекается с перерывом ${show(prev)}.`,
              en: `The break ${show(b)} overlaps the break ${show(prev)}.`,
            },
            related: [{ offset: prevEntry.range, message: { kk: 'Қабаттасатын үзіліс', ru: 'Пересекающийся перерыв', en: 'Overlapping break' } }],
          });
        }
      }
    }
    for (const e of available) {
      const base = parentPath(e.path);
      if (model.get(join(base, p.conditions))) continue;
      const owner = model.get(base);
      ctx.report({
        offset: span(e),
        clause: e.clause,
        message: {
          kk: `\`${lastKey(base)}\` қолжетімді, бірақ шарттары мен талаптары (\`${p.conditions}\`) көрсетілмеген.`,
          ru: `\`${lastKey(base)}\` доступно, но не указаны условия и требования (\`${p.conditions}\`).`,
          en: `\`${lastKey(base)}\` is available but its conditions and requirements (\`${p.conditions}\`) are not stated.`,
        },
        related: owner ? [{ offset: span(owner), message: { kk: 'Осы бөлім', ru: 'Этот раздел', en: 'This block' } }] : undefined,
      });
    }
  },
};
