/** `unknown-key`: a key the edition does not define, with "did you mean". */
import { didYouMean } from '../messages';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'unknown-key',
  defaultSeverity: 'error',
  title: { kk: 'Белгісіз кілт', ru: 'Неизвестный ключ', en: 'Unknown key' },
  check(ctx) {
    for (const f of ctx.findings('unknown-key')) {
      const parent = f.path.includes('.') ? f.path.slice(0, f.path.lastIndexOf('.')) : '';
      const where = parent ? { kk: ` (\`${parent}\` ішінде)`, ru: ` в \`${parent}\``, en: ` in \`${parent}\`` } : { kk: '', ru: '', en: '' };
      const dym = didYouMean(f.suggestions);
      ctx.report({
        offset: f.offset,
        message: {
          kk: `Белгісіз кілт \`${f.key}\`${where.kk}.${dym.kk}`,
          ru: `Неизвестный ключ \`${f.key}\`${where.ru}.${dym.ru}`,
          en: `Unknown key \`${f.key}\`${where.en}.${dym.en}`,
        },
        fixes: f.suggestions.map((s) => ({
          title: { kk: `\`${s}\` деп өзгерту`, ru: `Заменить на \`${s}\``, en: `Change to \`${s}\`` },
          edits: [{ start: f.offset[0], end: f.offset[1], newText: s }],
        })),
      });
    }
  },
};
