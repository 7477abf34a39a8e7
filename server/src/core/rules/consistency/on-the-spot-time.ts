/** `on-the-spot-time`: waiting and service times on the day are minutes or hours, not days. */
import { durationMinutes, isDays, isDuration, readDuration } from '../../values/duration';
import { clauseOf } from '../messages';
import { join, span } from '../paths';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'on-the-spot-time',
  defaultSeverity: 'warning',
  title: { kk: 'Сол жердегі күту және қызмет көрсету уақыты', ru: 'Время ожидания и обслуживания на месте', en: 'On-the-spot times' },
  summary: { kk: 'Күнмен немесе 8 сағаттан ұзақ жазылған `max-wait` / `max-service`', ru: '`max-wait` / `max-service` в днях или больше 8 часов', en: '`max-wait` / `max-service` in days or over 8 hours' },
  group: 'consistency',
  clauses: ['general.deadlines.max-wait', 'general.deadlines.max-service'],
  check(ctx) {
    const p = ctx.catalog?.rules.deadlines;
    if (!p) return;
    const hours = p.onTheSpotMaxMinutes / 60;
    for (const key of p.onTheSpot) {
      const e = ctx.model.get(join(p.path, key));
      if (!e || !isDuration(e.value)) continue;
      const d = e.value;
      if (!isDays(d) && durationMinutes(d) <= p.onTheSpotMaxMinutes) continue;
      const r = readDuration(d);
      ctx.report({
        offset: span(e),
        clause: clauseOf(ctx.catalog, e.path)?.number,
        message: {
          kk: `\`${key}\` — өтініш берген күні сол жердегі уақыт; ${r.kk} тым ұзақ (${hours} сағаттан аспауы керек, күнмен емес).`,
          ru: `\`${key}\` — время на месте в день обращения; ${r.ru} — слишком долго (не более ${hours} часов и не в днях).`,
          en: `\`${key}\` is a time on the spot on the day of application; ${r.en} is too long (at most ${hours} hours, never days).`,
        },
      });
    }
  },
};
