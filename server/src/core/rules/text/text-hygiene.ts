/** `text-hygiene`: placeholders left in texts, empty texts, spaces at the start or end, invisible characters. */
import { isScalar, type Scalar } from 'yaml';
import type { TextEdit } from '../../types';
import type { TextEntry } from '../../model/model';
import type { Rule } from '../rule';
import { INVISIBLE_CHAR, holds } from './chars';
import { PAD, applyInside, findInvisible, reread, simpleQuoted } from './invisible';
import { INVISIBLE, stripInvisible } from './letters';
import { PerText, type Found } from './per-text';
import { scalarSource, type ScalarSource } from './scalar-source';

/** Whole-text placeholders, and placeholder tokens inside a text. */
const WHOLE = /^(?:todo|tbd|fixme|\.{2,}|…+|\?{2,}|x{3,}|х{3,}|-+)$/iu;
const TOKEN = /(?<![\p{L}\p{N}])(?:TODO|TBD|FIXME|\?{3,}|[xX]{3,}|[хХ]{3,})(?![\p{L}\p{N}])|(?<=^|\s)(?:\.{3}|…)(?=\s|$)/gu;

/** What every TOKEN match holds: a text without any of these needs no look for placeholders. */
const MAYBE_TOKEN = /TODO|TBD|FIXME|\?\?\?|[xX]{3}|[хХ]{3}|\.\.\.|…/;

const ONE_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
const SPACE = /\s/;
/** Spaces at the start or end of a text, invisible characters aside (only the two ends are looked at). */
function padded(s: string): boolean {
  const t = holds(s, INVISIBLE_CHAR) ? stripInvisible(s) : s;
  return t.length > 0 && (SPACE.test(t[0]) || SPACE.test(t[t.length - 1]));
}

/**
 * Edits removing the spaces at the two ends of a text, as written (invisible characters among
 * them are left to their own fix, so both fixes apply together). Literal spaces only:
 * whitespace written as escapes (`\n`) is left to the writer. None when the result would not
 * read as the same text without the spaces.
 */
function padEdits(source: string, node: Scalar, value: string, at: [number, number]): TextEdit[] {
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const from = quoted ? at[0] + 1 : at[0];
  const inner = source.slice(from, quoted ? at[1] - 1 : at[1]);
  const edits: TextEdit[] = [];
  const take = (i: number) => {
    const last = edits[edits.length - 1];
    if (last && last.end === from + i) last.end++;
    else if (last && last.start === from + i + 1) last.start--;
    else edits.push({ start: from + i, end: from + i + 1, newText: '' });
  };
  const skippable = (ch: string) => PAD.test(ch) || ONE_INVISIBLE.test(ch);
  let i = 0;
  for (; i < inner.length && skippable(inner[i]); i++) if (PAD.test(inner[i])) take(i);
  for (let j = inner.length - 1; j >= i && skippable(inner[j]); j--) if (PAD.test(inner[j])) take(j);
  edits.sort((a, b) => a.start - b.start);
  const raw = source.slice(at[0], at[1]);
  const edited = applyInside(raw, at[0], edits);
  // A simple quoted text reads as what lies between its quotes ('' aside, which no edit touches).
  const after = simpleQuoted(node, raw) ? edited.slice(1, -1) : reread(edited);
  const ok = after !== undefined && !padded(after) && (simpleQuoted(node, raw) || (reread(raw) === value && stripInvisible(after) === stripInvisible(value).trim()));
  return ok ? edits : [];
}

function reportInvisible(found: Found, source: string, node: Scalar, value: string, clause: number | undefined, at: [number, number], src: ScalarSource): void {
  const inv = findInvisible(node, value, source.slice(at[0], at[1]), src.text, src.start);
  if (!inv) return;
  const list = inv.codes.map((c) => `\`${c}\``).join(', ');
  found.report({
    offset: at,
    clause,
    message: {
      kk: `Мәтінде көрінбейтін таңбалар бар (${list}): мәтін бағытын басқаратын немесе ені нөлдік таңбалар оқырман көретін мәтінді жасырады не орнын ауыстырады.`,
      ru: `В тексте невидимые символы (${list}): управляющие направлением письма или нулевой ширины, они скрывают или переставляют то, что видит читатель.`,
      en: `The text holds invisible characters (${list}): bidi controls or zero-width characters hide or reorder what a reader sees.`,
    },
    fixes: inv.edits && [
      { title: { kk: 'Көрінбейтін таңбаларды алып тастау', ru: 'Убрать невидимые символы', en: 'Remove the invisible characters' }, edits: inv.edits, preferred: true },
    ],
  });
}

/** The findings of one text, which depend on its scalar (its value and source) and its clause only. */
function checkText(found: Found, source: string, node: Scalar, value: string, clause: number | undefined): void {
  const at: [number, number] = [node.range![0], node.range![1]];
  if (value.trim() === '') {
    found.report({ offset: at, clause, message: { kk: 'Мәтін бос.', ru: 'Текст пуст.', en: 'The text is empty.' } });
    return;
  }
  const src = scalarSource(source, node);
  if (WHOLE.test(value.trim())) {
    found.report({
      offset: at,
      clause,
      message: {
        kk: `\`${value.trim()}\` — толтырылмаған орын; нақты мәтін жазыңыз.`,
        ru: `\`${value.trim()}\` — заглушка; впишите настоящий текст.`,
        en: `\`${value.trim()}\` is a placeholder; write the real text.`,
      },
    });
  } else if (src && MAYBE_TOKEN.test(src.text)) {
    for (const m of src.text.matchAll(TOKEN)) {
      const start = src.start + (m.index ?? 0);
      found.report({
        offset: [start, start + m[0].length],
        clause,
        message: {
          kk: `Мәтінде толтырылмаған орын қалған: \`${m[0]}\`.`,
          ru: `В тексте осталась заглушка: \`${m[0]}\`.`,
          en: `The text still holds a placeholder: \`${m[0]}\`.`,
        },
      });
    }
  }
  if (src) reportInvisible(found, source, node, value, clause, at, src);
  if (padded(value) && node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED' && src) {
    const edits = padEdits(source, node, value, at);
    found.report({
      offset: at,
      clause,
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

/** The findings of the texts that did not change since the last version, moved to where they are now. */
const memo = new PerText();

export const rule: Rule = {
  code: 'text-hygiene',
  defaultSeverity: 'warning',
  title: { kk: 'Мәтіннің тазалығы', ru: 'Чистота текста', en: 'Text hygiene' },
  summary: { kk: 'Толтырғыштар (`TODO`, `...`, `???`, `xxx`), бос мәтіндер, басындағы немесе соңындағы бос орындар', ru: 'Заглушки (`TODO`, `...`, `???`, `xxx`), пустые тексты, пробелы в начале или конце', en: 'placeholders (`TODO`, `...`, `???`, `xxx`), empty texts, spaces at the start or end' },
  group: 'text',
  clauses: 'any',
  fixAllSafe: true,
  check(ctx) {
    const run = memo.run<TextEntry>([], {
      check: (t, found) => checkText(found, ctx.source, t.node, t.value, t.clause),
      accepts: (t) => isScalar(t.node) && !!t.node.range,
    }, ctx.oneShot);
    run.each(ctx.model, (r) => ctx.report(r));
  },
};
