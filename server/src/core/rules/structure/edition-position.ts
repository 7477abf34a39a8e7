/** `edition-position`: `edition` is written, but not as the first key of the file. */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { Fix } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { lineStartOf, nextLineStart, sourceLines } from '../../edit/lines';
import { removeLines } from '../../edit/remove-lines';

function moveFix(ctx: RuleContext, pair: Pair, first: Node): Fix | undefined {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const start = key.range?.[0];
  const end = value?.range?.[1] ?? key.range?.[1];
  const to = first.range?.[0];
  if (start === undefined || end === undefined || to === undefined) return undefined;
  const s = sourceLines(ctx.source);
  // The pair on one line of its own, the first key opening its line: the line moves up as it is.
  if (ctx.source.slice(start, end).includes('\n') || lineStartOf(s, to) !== to) return undefined;
  const removal = removeLines(ctx.source, [start, end]);
  if (!removal) return undefined;
  let text = ctx.source.slice(lineStartOf(s, start), nextLineStart(s, lineStartOf(s, start)));
  if (!text.endsWith('\n')) text += s.eol;
  return {
    title: { kk: '`edition` жолын файлдың басына көшіру', ru: 'Перенести строку `edition` в начало файла', en: 'Move the `edition` line to the top' },
    // One way to fix it, and the line moves as it is: "fix all" (and fix on save) applies it.
    preferred: true,
    edits: [{ start: to, end: to, newText: text }, removal],
  };
}

export const rule: Rule = {
  code: 'edition-position',
  defaultSeverity: 'warning',
  title: { kk: '`edition` бірінші кілт емес', ru: '`edition` не первый ключ', en: '`edition` is not the first key' },
  summary: { kk: '`edition` жазылған, бірақ бірінші кілт емес', ru: '`edition` записан, но не первым ключом', en: '`edition` written, but not as the first key' },
  group: 'structure',
  clauses: [],
  fixAllSafe: true,
  check(ctx) {
    const root = ctx.parsed.doc.contents;
    if (!isMap(root) || root.items.length < 2) return;
    const i = root.items.findIndex((p) => isScalar(p.key) && p.key.value === 'edition');
    if (i <= 0) return;
    const pair = root.items[i];
    const key = pair.key as Node;
    const first = root.items[0].key as Node | null;
    if (!key.range || !first) return;
    const fix = moveFix(ctx, pair, first);
    ctx.report({
      offset: [key.range[0], key.range[1]],
      message: {
        kk: '`edition` файлдың бірінші кілті болуы керек: ол қалғанын қай үлгі редакциясы бойынша оқитынын атайды.',
        ru: '`edition` должен быть первым ключом файла: он называет редакцию типового стандарта, по которой читается остальное.',
        en: '`edition` should be the first key of the file: it names the model edition the rest is read by.',
      },
      fixes: fix ? [fix] : undefined,
    });
  },
};
