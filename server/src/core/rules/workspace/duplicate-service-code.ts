/** `duplicate-service-code`: two standards of one workspace give the same `service.code` (warning on both). */
import type { Model } from '../../model/model';
import type { Localized } from '../../types';
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
  uri: string;
  offset: [number, number];
  message: Localized;
  related: { uri: string; offset: [number, number]; message: Localized }[];
}

/** Findings for every file whose code another file shares. */
export function checkWorkspace(sites: CodeSite[]): WorkspaceFinding[] {
  const byCode = new Map<string, CodeSite[]>();
  for (const s of sites) byCode.set(s.code, [...(byCode.get(s.code) ?? []), s]);
  const out: WorkspaceFinding[] = [];
  for (const [code, group] of byCode) {
    if (group.length < 2) continue;
    for (const s of group) {
      const others = group.filter((o) => o !== s);
      out.push({
        uri: s.uri,
        offset: s.offset,
        message: {
          kk: `\`${code}\` қызмет коды басқа стандартта да бар (${others.length}).`,
          ru: `Код услуги \`${code}\` встречается и в другом стандарте (${others.length}).`,
          en: `Service code \`${code}\` is also used by ${others.length} other standard(s).`,
        },
        related: others.map((o) => ({ uri: o.uri, offset: o.offset, message: { kk: 'Сол код осында', ru: 'Тот же код здесь', en: 'Same code here' } })),
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
    // Works across files: see checkWorkspace.
  },
};
