/** `undeclared-language`: a text has a language key that `languages` does not declare. */
import { isSeq, isMap, visit, type Document, type Node } from 'yaml';
import type { Fix } from '../../types';
import { LANGS } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { lineStartAt } from '../../parse/line-start';

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

/**
 * The blank lines at `from` that a keep-chomped block scalar (`|+`, `>+`) ending at `offset` would take
 * into its value once the lines between are removed: they go with the removed lines.
 */
function keptBlankRun(doc: Document, src: string, offset: number, from: number): number {
  let kept = false;
  visit(doc, {
    Scalar(_, n) {
      if (n.range?.[1] !== offset || (n.type !== 'BLOCK_LITERAL' && n.type !== 'BLOCK_FOLDED')) return undefined;
      kept = /^[|>][1-9]?\+/.test(src.slice(n.range[0], n.range[0] + 3));
      return visit.BREAK;
    },
  });
  return kept ? (/^(?:[ \t]*\r?\n)+/.exec(src.slice(from)) ?? [''])[0].length : 0;
}

/** The pair with its separating comma (flow), or its whole lines (block). */
function removalSpan(src: string, pair: [number, number], doc: Document): [number, number] {
  let start = pair[0];
  const end = pair[1];
  const lineStart = lineStartAt(src, start);
  const nl = src.indexOf('\n', end);
  const lineEnd = nl === -1 ? src.length : nl + 1;
  if (/^\s*$/.test(src.slice(lineStart, start)) && /^\s*(#.*)?\r?\n?$/.test(src.slice(end, lineEnd))) return [lineStart, lineEnd + keptBlankRun(doc, src, lineStart, lineEnd)];
  const after = /^\s*,\s*/.exec(src.slice(end));
  if (after) return [start, end + after[0].length];
  const before = /,\s*$/.exec(src.slice(0, start));
  if (before) start -= before[0].length;
  return [start, end];
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
      const [start, end] = removalSpan(ctx.source, f.pairRange, ctx.parsed.doc);
      fixes.push({
        title: { kk: `\`${f.lang}\` мәтінін алып тастау`, ru: `Удалить текст \`${f.lang}\``, en: `Remove the \`${f.lang}\` text` },
        edits: [{ start, end, newText: '' }],
      });
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
