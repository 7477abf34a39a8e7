/**
 * `unused-disable`: comments that silence rules where a writer has a reason, and the report of a
 * directive that silences nothing (or names no rule):
 *   `# service-standard-disable-next-line RULE[, RULE]`  the next line;
 *   `# service-standard-disable RULE` … `# service-standard-enable RULE`  a block (no rule: all).
 * The engine calls `review` after every other rule, so the CLI, the editor and SARIF agree. Every
 * other finding can take the quick fix "disable for this line" (`disableLineFix`).
 */
import type { Diagnostic, Fix, Localized } from '../../types';
import { firstTokenOfLine, lineStartOf, sourceLines, type SourceLines } from '../../edit/lines';
import { removeComment } from '../../edit/remove-lines';
import { positionAt } from '../../parse/parse';
import type { Rule } from '../rule';

const DIRECTIVE = /^#\s*service-standard-(disable-next-line|disable|enable)\b[ \t]*([^#]*)/;
/** Findings no comment can silence: the file must first read as YAML. */
const UNSILENCEABLE = new Set(['syntax', 'merge-conflict', 'unused-disable']);

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  rules: string[] | 'all';
  offset: [number, number];
  /** The line (0-based) it covers first, and the last (inclusive). */
  from: number;
  to: number;
  used: boolean;
}

function directives(s: SourceLines, lineOf: (offset: number) => number): Directive[] {
  const out: Directive[] = [];
  const open: Directive[] = [];
  for (const t of s.tokens) {
    const m = t.type === 'comment' && t.source ? DIRECTIVE.exec(t.source) : null;
    if (!m) continue;
    const names = m[2].split(',').map((x) => x.trim()).filter(Boolean);
    const line = lineOf(t.offset);
    const d: Directive = { kind: m[1] as Directive['kind'], rules: names.length ? names : 'all', offset: [t.offset, t.offset + t.source!.trimEnd().length], from: line + 1, to: line + 1, used: false };
    if (d.kind === 'disable') {
      d.from = line;
      d.to = Number.MAX_SAFE_INTEGER;
      open.push(d);
    } else if (d.kind === 'enable') {
      for (const o of open.filter((o) => o.to === Number.MAX_SAFE_INTEGER && (d.rules === 'all' || o.rules === 'all' || o.rules.some((r) => (d.rules as string[]).includes(r))))) o.to = line;
      d.used = true;
      continue;
    }
    out.push(d);
  }
  return out;
}

const covers = (d: Directive, x: Diagnostic) => x.range.start.line >= d.from && x.range.start.line <= d.to && (d.rules === 'all' || d.rules.includes(x.code));

/** The quick fix "disable for this line" of a finding a comment can silence, where a comment line can go above it. */
export function disableLineFix(source: string, d: Diagnostic): Fix | undefined {
  if (UNSILENCEABLE.has(d.code)) return undefined;
  const s = sourceLines(source);
  const start = lineStartOf(s, d.offset[0]);
  const first = firstTokenOfLine(s, start);
  // Only above a line that starts with a token of its own: never inside a block scalar or a quoted text.
  if (!first) return undefined;
  const indent = s.source.slice(start, first.offset);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  return {
    title: { kk: `\`${d.code}\` ережесін осы жолда өшіру`, ru: `Отключить \`${d.code}\` для этой строки`, en: `Disable \`${d.code}\` for this line` },
    edits: [{ start, end: start, newText: `${indent}# service-standard-disable-next-line ${d.code}${s.eol}` }],
  };
}

const UNUSED: (what: string) => Localized = (what) => ({
  kk: `Бұл түсініктеме ештеңені өшірмейді (${what}): оны алып тастаңыз.`,
  ru: `Этот комментарий ничего не отключает (${what}): удалите его.`,
  en: `This comment silences nothing (${what}): remove it.`,
});

const UNKNOWN: (code: string) => Localized = (code) => ({
  kk: `\`${code}\` деген ереже жоқ.`,
  ru: `Правила \`${code}\` нет.`,
  en: `There is no rule \`${code}\`.`,
});

export const rule: Rule = {
  code: 'unused-disable',
  defaultSeverity: 'warning',
  title: { kk: 'Ештеңені өшірмейтін түсініктеме', ru: 'Комментарий, который ничего не отключает', en: 'A disable comment that silences nothing' },
  summary: {
    kk: '`service-standard-disable` түсініктемесі ешбір табылғанды өшірмейді немесе жоқ ережені атайды',
    ru: 'Комментарий `service-standard-disable` ничего не отключает или называет несуществующее правило',
    en: 'A `service-standard-disable` comment silences no finding, or names no rule',
  },
  group: 'structure',
  clauses: 'any',
  check() {
    // Works in `review`, after every other rule.
  },
  review(ctx, found, known) {
    if (!ctx.source.includes('service-standard-')) return found;
    const s = sourceLines(ctx.source);
    const ds = directives(s, (offset) => positionAt(ctx.parsed.lines, offset).line);
    const kept = found.filter((x) => {
      if (UNSILENCEABLE.has(x.code)) return true;
      const by = ds.filter((d) => covers(d, x));
      by.forEach((d) => (d.used = true));
      return by.length === 0;
    });
    for (const d of ds) {
      const unknown = d.rules === 'all' ? [] : d.rules.filter((r) => !known.has(r));
      if (!unknown.length && d.used) continue;
      const removal = removeComment(ctx.source, d.offset);
      ctx.report({
        offset: d.offset,
        message: unknown.length ? UNKNOWN(unknown[0]) : UNUSED(d.rules === 'all' ? 'all rules' : d.rules.join(', ')),
        fixes: removal ? [{ title: { kk: 'Түсініктемені алып тастау', ru: 'Удалить комментарий', en: 'Remove the comment' }, edits: [removal] }] : undefined,
      });
    }
    return kept;
  },
};
