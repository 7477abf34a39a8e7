/** `duplicate-service-code`: two standards of one workspace give the same `service.code` (warning on both). */
import type { Model } from '../../model/model';
import type { Localized, Severity, SeveritySetting } from '../../types';
import type { Rule } from '../rule';

export interface CodeSite {
  uri: string;
  code: string;
  offset: [number, number];
}

/** The `service.code` of a standard and where it is written. */
export function codeSite(uri: string, model: Model): CodeSite | undefined {
  const p = model.catalog?.rules.serviceCode;
  const e = p ? model.get(p.path) : undefined;
  return e && typeof e.value === 'string' && e.value.trim() ? { uri, code: e.value.trim(), offset: e.range } : undefined;
}

export interface WorkspaceFinding {
  /** The rule's code, as every diagnostic carries it. */
  code: string;
  severity: Severity;
  uri: string;
  offset: [number, number];
  message: Localized;
  related: { uri: string; offset: [number, number]; message: Localized }[];
}

export interface WorkspaceOptions {
  /** The severity a file's config sets for a rule (`off` leaves the file out). */
  setting?: (uri: string, code: string) => SeveritySetting | undefined;
  /** Only the findings of this file (an editor publishes one file at a time). */
  only?: string;
}

/** A file points at no more than this many others sharing its code; its message counts them all. */
export const MAX_RELATED = 5;

const SAME: Localized = { kk: 'Сол код осында', ru: 'Тот же код здесь', en: 'Same code here' };

function message(code: string, others: number, shown: number): Localized {
  const more = others - shown;
  const tail: Localized = more > 0 ? { kk: `, ${shown} көрсетілген`, ru: `, показаны ${shown}`, en: `; ${shown} shown` } : { kk: '', ru: '', en: '' };
  return {
    kk: `\`${code}\` қызмет коды басқа стандартта да бар (${others}${tail.kk}).`,
    ru: `Код услуги \`${code}\` встречается и в другом стандарте (${others}${tail.ru}).`,
    en: `Service code \`${code}\` is also used by ${others} other standard(s)${tail.en}.`,
  };
}

/**
 * Findings for every file whose code another file shares, with the rule's severity (or the file's config).
 * Each file relates to at most `MAX_RELATED` others, so N files sharing a code give O(N) entries, not N².
 */
export function checkWorkspace(sites: CodeSite[], o: WorkspaceOptions = {}): WorkspaceFinding[] {
  const byCode = new Map<string, CodeSite[]>();
  for (const s of sites) {
    const group = byCode.get(s.code);
    if (group) group.push(s);
    else byCode.set(s.code, [s]);
  }
  const out: WorkspaceFinding[] = [];
  for (const [code, group] of byCode) {
    if (group.length < 2) continue;
    for (const s of group) {
      if (o.only !== undefined && s.uri !== o.only) continue;
      const setting = o.setting?.(s.uri, rule.code);
      if (setting === 'off') continue;
      const shown = group.slice(0, MAX_RELATED + 1).filter((x) => x !== s).slice(0, MAX_RELATED);
      out.push({
        code: rule.code,
        severity: setting ?? rule.defaultSeverity,
        uri: s.uri,
        offset: s.offset,
        message: message(code, group.length - 1, shown.length),
        related: shown.map((x) => ({ uri: x.uri, offset: x.offset, message: SAME })),
      });
    }
  }
  return out;
}

export const rule: Rule = {
  code: 'duplicate-service-code',
  defaultSeverity: 'warning',
  scope: 'workspace',
  title: { kk: 'Қайталанған қызмет коды', ru: 'Повторяющийся код услуги', en: 'Duplicate service code' },
  summary: { kk: 'Бірдей `service.code` бар екі стандарт (екеуінде де)', ru: 'Два стандарта с одинаковым `service.code` (в обоих)', en: 'two standards with the same `service.code` (on both)' },
  group: 'workspace',
  clauses: ['service.code'],
  check() {
    // Works across files: see checkWorkspace, called by the CLI and the language server.
  },
};
