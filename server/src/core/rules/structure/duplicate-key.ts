/** `duplicate-key`: a key written twice in one mapping; the later one is ignored. */
import { isScalar, visit, type Node } from 'yaml';
import { scalarText } from '../../model/build';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'duplicate-key',
  defaultSeverity: 'error',
  title: { kk: 'Қайталанған кілт', ru: 'Повторяющийся ключ', en: 'Duplicate key' },
  check(ctx) {
    const lone = ctx.parsed.loneMarkers ?? [];
    visit(ctx.parsed.doc, {
      Map(_, map) {
        const seen = new Map<string, [number, number]>();
        for (const pair of map.items) {
          const key = pair.key as Node | null;
          if (!isScalar(key) || !key.range) continue;
          const name = scalarText(key);
          const at: [number, number] = [key.range[0], key.range[1]];
          const first = seen.get(name);
          if (!first) {
            seen.set(name, at);
            continue;
          }
          // Both sides of a conflict resolved by half: the marker between them is the one problem.
          if (lone.some((m) => m.offset[0] > first[1] && m.offset[1] < at[0])) continue;
          ctx.report({
            offset: at,
            message: {
              kk: `\`${name}\` кілті осы кестеде екінші рет жазылған; тек біріншісі ескеріледі.`,
              ru: `Ключ \`${name}\` повторяется в этом отображении; учитывается только первый.`,
              en: `Key \`${name}\` appears twice in this mapping; only the first one counts.`,
            },
            related: [{ offset: first, message: { kk: 'Бірінші рет осында', ru: 'Впервые здесь', en: 'First written here' } }],
          });
        }
      },
    });
  },
};
