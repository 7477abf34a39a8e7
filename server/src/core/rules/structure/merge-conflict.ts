/** `merge-conflict`: unresolved Git conflict markers; one error per conflict, with fixes to keep either side. */
import { removeLines } from '../../edit/remove-lines';
import type { LoneMarker } from '../../parse/conflicts';
import type { Report, Rule } from '../rule';

/** A marker line left behind when a conflict was resolved by half: its own error, with a fix removing the line. */
function lone(source: string, m: LoneMarker): Report {
  const removal = removeLines(source, m.offset);
  const q = `\`${m.marker}\``;
  return {
    offset: m.offset,
    message: {
      kk: `Git қайшылығының белгісі ${q} қалып қойған: қайшылық жартылай шешілген. Керек нұсқаны қалдырып, бұл жолды өшіріңіз.`,
      ru: `Остался маркер конфликта Git ${q}: конфликт разрешён наполовину. Оставьте нужную версию и удалите эту строку.`,
      en: `A Git conflict marker ${q} is left behind: the conflict was resolved only in part. Keep the version you want and delete this line.`,
    },
    fixes: removal ? [{ title: { kk: 'Белгі жолын өшіру', ru: 'Удалить строку маркера', en: 'Delete the marker line' }, edits: [removal] }] : undefined,
  };
}

export const rule: Rule = {
  code: 'merge-conflict',
  defaultSeverity: 'error',
  title: { kk: 'Шешілмеген Git қайшылығы', ru: 'Неразрешённый конфликт Git', en: 'Unresolved merge conflict' },
  summary: { kk: 'Шешілмеген Git қайшылық белгілері, екі жақтың бірін қалдыратын түзетулерімен', ru: 'Неразрешённые маркеры конфликта Git, с исправлениями, оставляющими одну из сторон', en: 'unresolved Git conflict markers, with fixes to keep either side' },
  group: 'structure',
  clauses: [],
  check(ctx) {
    const src = ctx.source;
    for (const m of ctx.parsed.loneMarkers ?? []) ctx.report(lone(src, m));
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
