/** `unknown-key`: a key the edition does not define, with "did you mean". */
import { didYouMean } from '../messages';
import type { Rule } from '../rule';

/** At most this many characters of a key are quoted. */
const MAX_QUOTED = 40;

/**
 * The key as a message quotes it: its first line only (a "key" running over several lines is a
 * pasted text, such as a `.env` file, not a key), and at most MAX_QUOTED characters of it.
 */
function quotedKey(key: string, written: string): string {
  const first = /[\r\n]/.test(written) ? written.split(/\r\n|\r|\n/)[0].trim() : key;
  return first.length > MAX_QUOTED ? `${first.slice(0, MAX_QUOTED - 1)}…` : first;
}

export const rule: Rule = {
  code: 'unknown-key',
  defaultSeverity: 'error',
  title: { kk: 'Белгісіз кілт', ru: 'Неизвестный ключ', en: 'Unknown key' },
  summary: { kk: 'Редакцияда жоқ кілт, «мүмкін, … деген болар?» ұсынысымен', ru: 'Ключ, которого нет в редакции, с подсказкой «возможно, имелось в виду»', en: 'a key the edition does not define, with "did you mean"' },
  group: 'structure',
  clauses: [],
  check(ctx) {
    for (const f of ctx.findings('unknown-key')) {
      const parent = f.path.includes('.') ? f.path.slice(0, f.path.lastIndexOf('.')) : '';
      const where = parent ? { kk: ` (\`${parent}\` ішінде)`, ru: ` в \`${parent}\``, en: ` in \`${parent}\`` } : { kk: '', ru: '', en: '' };
      const dym = didYouMean(f.suggestions);
      const key = quotedKey(f.key, ctx.source.slice(f.offset[0], f.offset[1]));
      ctx.report({
        offset: f.offset,
        message: {
          kk: `Белгісіз кілт \`${key}\`${where.kk}.${dym.kk}`,
          ru: `Неизвестный ключ \`${key}\`${where.ru}.${dym.ru}`,
          en: `Unknown key \`${key}\`${where.en}.${dym.en}`,
        },
        fixes: f.suggestions.map((s) => ({
          title: { kk: `\`${s}\` деп өзгерту`, ru: `Заменить на \`${s}\``, en: `Change to \`${s}\`` },
          edits: [{ start: f.offset[0], end: f.offset[1], newText: s }],
        })),
      });
    }
  },
};
