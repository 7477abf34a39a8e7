/** `unknown-edition`: `edition` names a model edition the tool does not know. */
import { isMap, isScalar, type Node } from 'yaml';
import { editions } from '../../catalog';
import { suggest } from '../../model/build';
import { didYouMean, quoteList } from '../messages';
import type { Rule } from '../rule';

export const rule: Rule = {
  code: 'unknown-edition',
  defaultSeverity: 'error',
  title: { kk: 'Белгісіз редакция', ru: 'Неизвестная редакция', en: 'Unknown edition' },
  summary: { kk: 'Құралда каталогы жоқ `edition`', ru: '`edition`, для которой у инструмента нет каталога', en: 'an `edition` the tool has no catalog for' },
  group: 'structure',
  clauses: [],
  check(ctx) {
    const { edition } = ctx.model;
    if (edition === undefined || ctx.catalog) return;
    const root = ctx.parsed.doc.contents;
    const node = isMap(root) ? (root.get('edition', true) as Node | undefined) : undefined;
    const at: [number, number] = node?.range ? [node.range[0], node.range[1]] : [0, 0];
    const known = Object.keys(editions);
    const suggestions = suggest(edition, known);
    const dym = didYouMean(suggestions);
    ctx.report({
      offset: at,
      message: {
        kk: `Белгісіз редакция \`${edition}\`.${dym.kk} Белгілі редакциялар: ${quoteList(known, 'kk')}. Құрылым тексерілмеді.`,
        ru: `Неизвестная редакция \`${edition}\`.${dym.ru} Известные редакции: ${quoteList(known, 'ru')}. Структура не проверялась.`,
        en: `Unknown edition \`${edition}\`.${dym.en} Known editions: ${quoteList(known, 'en')}. The structure was not checked.`,
      },
      fixes:
        isScalar(node) && node.range
          ? suggestions.map((s) => ({
              title: { kk: `\`${s}\` деп өзгерту`, ru: `Заменить на \`${s}\``, en: `Change to \`${s}\`` },
              edits: [{ start: node.range![0], end: node.range![1], newText: s }],
            }))
          : undefined,
    });
  },
};
