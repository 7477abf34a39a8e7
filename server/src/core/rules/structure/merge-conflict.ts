/** `merge-conflict`: unresolved Git conflict markers; one error per conflict, with fixes to keep either side. */
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'merge-conflict',
  defaultSeverity: 'error',
  title: { kk: 'Шешілмеген Git қайшылығы', ru: 'Неразрешённый конфликт Git', en: 'Unresolved merge conflict' },
  check(ctx) {
    const src = ctx.source;
    for (const c of ctx.parsed.conflicts) {
      const ours = src.slice(c.ours[0], c.ours[1]);
      const theirs = src.slice(c.theirs[0], c.theirs[1]);
      const label = (s: string, fallback: string) => (s ? `${fallback} (${s})` : fallback);
      const lines = (a: [number, number]) => ({ offset: a });
      ctx.report({
        offset: c.start,
        message: {
          kk: 'Git біріктіру қайшылығы шешілмеген: `<<<<<<<` пен `>>>>>>>` арасындағы екі нұсқаның бірін таңдаңыз. Тексеру «біздің» нұсқа бойынша жүрді.',
          ru: 'Неразрешённый конфликт слияния Git: выберите одну из двух версий между `<<<<<<<` и `>>>>>>>`. Проверка шла по «нашей» версии.',
          en: 'Unresolved Git merge conflict: choose one of the two versions between `<<<<<<<` and `>>>>>>>`. The file was checked with "ours".',
        },
        related: [
          { ...lines(c.separator), message: { kk: 'Бөлгіш', ru: 'Разделитель', en: 'Separator' } },
          { ...lines(c.end), message: { kk: 'Қайшылықтың соңы', ru: 'Конец конфликта', en: 'End of the conflict' } },
        ],
        fixes: [
          {
            title: { kk: label(c.oursLabel, 'Біздің нұсқаны қалдыру'), ru: label(c.oursLabel, 'Оставить нашу версию'), en: label(c.oursLabel, 'Keep ours') },
            edits: [{ start: c.whole[0], end: c.whole[1], newText: ours }],
          },
          {
            title: { kk: label(c.theirsLabel, 'Олардың нұсқасын қалдыру'), ru: label(c.theirsLabel, 'Оставить их версию'), en: label(c.theirsLabel, 'Keep theirs') },
            edits: [{ start: c.whole[0], end: c.whole[1], newText: theirs }],
          },
          {
            title: { kk: 'Екеуін де қалдыру', ru: 'Оставить обе', en: 'Keep both' },
            edits: [{ start: c.whole[0], end: c.whole[1], newText: ours + theirs }],
          },
        ],
      });
    }
  },
};
