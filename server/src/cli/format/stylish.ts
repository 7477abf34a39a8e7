/**
 * Human-readable output in the manner of ESLint's "stylish":
 *
 *   examples/a.yaml
 *      3:5   error    Міндетті өріс жоқ: `name`   missing-required
 *     12:17  warning  ...                          some-code
 *
 *   ✖ 2 problems (1 error, 1 warning, 0 infos)
 *
 * - Only files with findings are listed, in the order given; findings are sorted by line, then column.
 * - Positions are 1-based (column counts UTF-16 code units + 1). Columns are aligned per file.
 * - The severity word, the message and the summary are in `options.lang`; Russian uses proper plural forms.
 * - A message spanning several lines is folded into one (line breaks become spaces) to keep the table.
 * - Colour only when `options.color` (independent of the environment): the path is underlined,
 *   severities red / yellow / cyan, positions and codes dimmed, the summary bold in the colour of the
 *   worst severity.
 * - When there are no findings the output is the empty string (like ESLint), so callers can print it
 *   unconditionally. Otherwise it ends with a newline.
 */
import pc from 'picocolors';
import type { Lang, Severity } from '../../core/types';
import { localize, sortByPosition } from './json';
import type { Formatter } from './types';

const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  kk: { error: 'қате', warning: 'ескерту', info: 'ақпарат' },
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'информация' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Russian plural: forms for 1 (one), 2–4 (few), 5–20 / 0 (many), by the last two digits. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const n10 = n % 10;
  const n100 = n % 100;
  if (n10 === 1 && n100 !== 11) return one;
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return few;
  return many;
}

/** `5 problems (2 errors, 3 warnings, 0 infos)` in the chosen language. */
export function summaryText(lang: Lang, errors: number, warnings: number, infos: number): string {
  const total = errors + warnings + infos;
  switch (lang) {
    case 'kk':
      // Kazakh nouns stay singular after a numeral.
      return `${total} мәселе (${errors} қате, ${warnings} ескерту, ${infos} ақпарат)`;
    case 'ru':
      return (
        `${total} ${ruPlural(total, 'проблема', 'проблемы', 'проблем')} (` +
        `${errors} ${ruPlural(errors, 'ошибка', 'ошибки', 'ошибок')}, ` +
        `${warnings} ${ruPlural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}, ` +
        `${infos} ${ruPlural(infos, 'сообщение', 'сообщения', 'сообщений')})`
      );
    case 'en': {
      const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      return `${en(total, 'problem')} (${en(errors, 'error')}, ${en(warnings, 'warning')}, ${en(infos, 'info')})`;
    }
  }
}

/** Display width in code points (good enough for Latin, Cyrillic and Kazakh letters). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}

export const stylish: Formatter = (results, options) => {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const words = SEVERITY_WORD[options.lang];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let out = '';

  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const rows = sortByPosition(result.diagnostics).map((d) => {
      counts[d.severity]++;
      return {
        line: String(d.range.start.line + 1),
        col: String(d.range.start.character + 1),
        severity: d.severity,
        word: words[d.severity],
        message: localize(d.message, options.lang).replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' ').trim(),
        code: d.code,
      };
    });
    const w = {
      line: Math.max(...rows.map((r) => width(r.line))),
      col: Math.max(...rows.map((r) => width(r.col))),
      word: Math.max(...rows.map((r) => width(r.word))),
      message: Math.max(...rows.map((r) => width(r.message))),
    };
    out += c.underline(result.file) + '\n';
    for (const r of rows) {
      // Pad before colouring so escape codes don't disturb the alignment.
      const pos = c.dim(padStart(r.line, w.line) + ':' + padEnd(r.col, w.col));
      const sev = paint[r.severity](padEnd(r.word, w.word));
      out += `  ${pos}  ${sev}  ${padEnd(r.message, w.message)}  ${c.dim(r.code)}\n`;
    }
    out += '\n';
  }

  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const tone = counts.error ? c.red : counts.warning ? c.yellow : c.cyan;
  out += c.bold(tone(`✖ ${summaryText(options.lang, counts.error, counts.warning, counts.info)}`)) + '\n';
  return out;
};
