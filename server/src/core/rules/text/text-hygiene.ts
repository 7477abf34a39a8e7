/** `text-hygiene`: placeholders left in texts, empty texts, spaces at the start or end. */
import { isScalar } from 'yaml';
import type { Rule } from '../rule';
import { scalarSource } from './scalar-source';

/** Whole-text placeholders, and placeholder tokens inside a text. */
const WHOLE = /^(?:todo|tbd|fixme|\.{2,}|…+|\?{2,}|x{3,}|х{3,}|-+)$/iu;
const TOKEN = /(?<![\p{L}\p{N}])(?:TODO|TBD|FIXME|\?{3,}|[xX]{3,}|[хХ]{3,})(?![\p{L}\p{N}])|(?<=^|\s)(?:\.{3}|…)(?=\s|$)/gu;

export const rule: Rule = {
  code: 'text-hygiene',
  defaultSeverity: 'warning',
  title: { kk: 'Мәтіннің тазалығы', ru: 'Чистота текста', en: 'Text hygiene' },
  check(ctx) {
    for (const t of ctx.model.texts) {
      const node = t.node;
      if (!isScalar(node) || !node.range) continue;
      const value = t.value;
      const at: [number, number] = [node.range[0], node.range[1]];
      if (value.trim() === '') {
        ctx.report({ offset: at, clause: t.clause, message: { kk: 'Мәтін бос.', ru: 'Текст пуст.', en: 'The text is empty.' } });
        continue;
      }
      const src = scalarSource(ctx.source, node);
      if (WHOLE.test(value.trim())) {
        ctx.report({
          offset: at,
          clause: t.clause,
          message: {
            kk: `\`${value.trim()}\` — толтырылмаған орын; нақты мәтін жазыңыз.`,
            ru: `\`${value.trim()}\` — заглушка; впишите настоящий текст.`,
            en: `\`${value.trim()}\` is a placeholder; write the real text.`,
          },
        });
      } else if (src) {
        for (const m of src.text.matchAll(TOKEN)) {
          const start = src.start + (m.index ?? 0);
          ctx.report({
            offset: [start, start + m[0].length],
            clause: t.clause,
            message: {
              kk: `Мәтінде толтырылмаған орын қалған: \`${m[0]}\`.`,
              ru: `В тексте осталась заглушка: \`${m[0]}\`.`,
              en: `The text still holds a placeholder: \`${m[0]}\`.`,
            },
          });
        }
      }
      if (value !== value.trim() && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && src) {
        // Two small edits, the spaces after the opening quote and before the closing one, so the
        // fix never overlaps a fix of a word inside the text.
        // Literal spaces and tabs only: whitespace written as escapes (`\n`) is left to the writer.
        const inner = ctx.source.slice(at[0] + 1, at[1] - 1);
        const lead = /^[ \t]+/.exec(inner)?.[0].length ?? 0;
        const trail = /[ \t]+$/.exec(inner)?.[0].length ?? 0;
        const innerStart = at[0] + 1;
        const innerEnd = at[1] - 1;
        const edits = [
          ...(lead ? [{ start: innerStart, end: innerStart + lead, newText: '' }] : []),
          ...(trail && innerEnd - trail > innerStart + lead ? [{ start: innerEnd - trail, end: innerEnd, newText: '' }] : []),
        ];
        ctx.report({
          offset: at,
          clause: t.clause,
          message: {
            kk: 'Мәтіннің басында немесе соңында артық бос орын бар.',
            ru: 'В начале или в конце текста лишние пробелы.',
            en: 'The text has spaces at its start or end.',
          },
          fixes: edits.length === 0
            ? undefined
            : [{ title: { kk: 'Бос орындарды алып тастау', ru: 'Убрать пробелы', en: 'Trim the spaces' }, edits, preferred: true }],
        });
      }
    }
  },
};
