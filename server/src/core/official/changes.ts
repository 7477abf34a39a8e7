/** The value diff as a reviewer reads it: clause by clause, as plain text or as a pull-request comment. */
import type { Catalog } from '../catalog/types';
import { clauseName } from '../rules/messages';
import type { Lang, Localized } from '../types';
import type { Change } from './diff';

const SERVICE: Localized = { kk: 'Қызмет туралы мәліметтер', ru: 'Сведения об услуге', en: 'About the service' };
const NONE: Localized = { kk: 'Өзгеріс жоқ.', ru: 'Изменений нет.', en: 'No changes.' };
const TITLE: Localized = { kk: 'Стандарттағы өзгерістер', ru: 'Изменения в стандарте', en: 'Changes to the standard' };

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function groups(changes: Change[]): Map<number | null, Change[]> {
  const out = new Map<number | null, Change[]>();
  for (const c of changes) out.set(c.clause, [...(out.get(c.clause) ?? []), c]);
  return out;
}

function heading(catalog: Catalog, clause: number | null, lang: Lang): string {
  const name = clause === null ? SERVICE[lang] : clauseName(catalog, clause)?.[lang] ?? String(clause);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function line(c: Change, code: (s: string) => string): string {
  if (c.change === 'added') return `+ ${code(c.path)}: ${code(show(c.new))}`;
  if (c.change === 'removed') return `- ${code(c.path)}: ${code(show(c.old))}`;
  return `~ ${code(c.path)}: ${code(show(c.old))} → ${code(show(c.new))}`;
}

export function changesText(catalog: Catalog, changes: Change[], lang: Lang): string {
  if (!changes.length) return `${NONE[lang]}\n`;
  const out: string[] = [];
  for (const [clause, cs] of groups(changes)) out.push(heading(catalog, clause, lang), ...cs.map((c) => `  ${line(c, (s) => s)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export function changesMarkdown(catalog: Catalog, changes: Change[], lang: Lang): string {
  if (!changes.length) return `### ${TITLE[lang]}\n\n${NONE[lang]}\n`;
  const code = (s: string) => `\`${s.replace(/`/g, 'ˋ').replace(/\n/g, ' ')}\``;
  const out = [`### ${TITLE[lang]}`, ''];
  for (const [clause, cs] of groups(changes)) out.push(`**${heading(catalog, clause, lang)}**`, '', ...cs.map((c) => `- ${line(c, code).slice(2)}`.replace(/^- /, `- ${c.change === 'added' ? '➕' : c.change === 'removed' ? '➖' : '✏️'} `)), '');
  return `${out.join('\n').trimEnd()}\n`;
}
