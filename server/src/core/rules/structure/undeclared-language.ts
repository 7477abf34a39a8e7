/** `undeclared-language`: a text has a language key that `languages` does not declare. */
import { isSeq, isMap, type Node } from 'yaml';
import { sourceLines, tokenBefore } from '../../edit/lines';
import { removeLines } from '../../edit/remove-lines';
import type { Fix, TextEdit } from '../../types';
import { LANGS } from '../../types';
import type { Rule, RuleContext } from '../rule';

function declareFix(ctx: RuleContext, lang: string): Fix | undefined {
  if (!(LANGS as readonly string[]).includes(lang)) return undefined;
  const root = ctx.parsed.doc.contents;
  const list = isMap(root) ? (root.get('languages', true) as Node | undefined) : undefined;
  if (!isSeq(list) || !list.range) return undefined;
  const last = list.items[list.items.length - 1] as Node | undefined;
  if (list.flow) {
    const close = ctx.source.lastIndexOf(']', list.range[1]);
    if (close < 0) return undefined;
    const at = last?.range ? last.range[1] : close;
    return {
      title: { kk: `\`${lang}\` тілін \`languages\` ішіне қосу`, ru: `Добавить \`${lang}\` в \`languages\``, en: `Add \`${lang}\` to \`languages\`` },
      edits: [{ start: at, end: at, newText: last ? `, ${lang}` : lang }],
    };
  }
  return undefined;
}

const COMMENTS = new Set(['comment']);

/** The pair with its separating comma, when it is a pair of a flow map (`{kk: …, en: …}`). */
function flowRemoval(src: string, pair: [number, number]): TextEdit | undefined {
  const s = sourceLines(src);
  const before = tokenBefore(s, pair[0], COMMENTS)?.type;
  if (before !== 'comma' && before !== 'flow-map-start') return undefined;
  let [start, end] = pair;
  // The comma after it, and the spaces after that unless a comment follows (it needs a space before it).
  const after = /^[ \t]*,(?:[ \t]+(?!#))?/.exec(src.slice(end));
  const comma = src.lastIndexOf(',', start);
  if (after) end += after[0].length;
  // The comma before it, unless a comment comes between: a comma may end a flow map.
  else if (before === 'comma' && !src.slice(comma, start).includes('#')) start = comma;
  return { start, end, newText: '' };
}

export const rule: Rule = {
  code: 'undeclared-language',
  defaultSeverity: 'error',
  title: { kk: 'Жарияланбаған тіл', ru: 'Необъявленный язык', en: 'Undeclared language' },
  summary: { kk: '`languages` жарияламаған мәтін кілті', ru: 'Ключ текста, не объявленный в `languages`', en: 'a text key that `languages` does not declare' },
  group: 'structure',
  clauses: 'any',
  check(ctx) {
    for (const f of ctx.findings('undeclared-language')) {
      const declared = f.declared.length ? f.declared.map((l) => `\`${l}\``).join(', ') : '—';
      const fixes: Fix[] = [];
      const declare = declareFix(ctx, f.lang);
      if (declare) fixes.push(declare);
      const removal = flowRemoval(ctx.source, f.pairRange) ?? removeLines(ctx.source, f.pairRange);
      if (removal) {
        fixes.push({ title: { kk: `\`${f.lang}\` мәтінін алып тастау`, ru: `Удалить текст \`${f.lang}\``, en: `Remove the \`${f.lang}\` text` }, edits: [removal] });
      }
      ctx.report({
        offset: f.offset,
        clause: f.clause,
        message: {
          kk: `\`${f.lang}\` тілі \`languages\` ішінде жарияланбаған (${declared}).`,
          ru: `Язык \`${f.lang}\` не объявлен в \`languages\` (${declared}).`,
          en: `Language \`${f.lang}\` is not declared in \`languages\` (${declared}).`,
        },
        fixes,
      });
    }
  },
};
