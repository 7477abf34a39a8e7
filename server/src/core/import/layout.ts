/**
 * Where things are in an imported text: the head (approval block and title), the numbered clauses
 * with their sub-items `1)` and `а)`, and the appendix table. Numbers are taken as written; which
 * clause of the model each one is, is decided by its wording (see `clause.ts`).
 */
import type { Catalog, Lang } from './types';
import type { Block } from './source';

export interface ImportedPara {
  level: 0 | 1 | 2;
  label?: string;
  text: string;
}

export interface ImportedClause {
  number: number;
  paras: ImportedPara[];
}

export interface Layout {
  head: string[];
  clauses: ImportedClause[];
  rows: string[][];
  /** Paragraphs of the appendix that are not table rows. */
  appendix: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function isSection(catalog: Catalog, lang: Lang, text: string): boolean {
  const m = /^(\d+)\.\s*(.*)$/u.exec(text.trim());
  return !!m && !/:$/.test(m[2]) && catalog.sections.some((s) => s.number === Number(m[1]) && norm(s.title[lang]) === norm(m[2]));
}

function isAppendixStart(catalog: Catalog, lang: Lang, text: string): boolean {
  const official = catalog.official?.[lang];
  const first = official?.appendix[0] ?? '';
  const lead = norm(first.split('{')[0]);
  return (lead !== '' && norm(text).startsWith(lead) && !/^\d/.test(text)) || norm(text) === norm(catalog.appendix.title[lang]);
}

export function layoutOf(catalog: Catalog, lang: Lang, blocks: Block[]): Layout {
  const out: Layout = { head: [], clauses: [], rows: [], appendix: [] };
  let where: 'head' | 'body' | 'appendix' = 'head';
  for (const b of blocks) {
    if (b.kind === 'row') {
      where = where === 'head' ? 'head' : 'appendix';
      if (where === 'appendix') out.rows.push(b.cells);
      else out.head.push(b.cells.join(' '));
      continue;
    }
    const text = b.text;
    if (isSection(catalog, lang, text)) {
      where = 'body';
      continue;
    }
    if (where !== 'head' && isAppendixStart(catalog, lang, text)) where = 'appendix';
    if (where === 'head') out.head.push(text);
    else if (where === 'appendix') out.appendix.push(text);
    else addBody(out, text);
  }
  return out;
}

function addBody(out: Layout, text: string): void {
  const clause = /^(\d{1,2})\.\s+([^]*)$/u.exec(text);
  if (clause) {
    out.clauses.push({ number: Number(clause[1]), paras: [{ level: 0, text: clause[2] }] });
    return;
  }
  const current = out.clauses[out.clauses.length - 1];
  if (!current) {
    out.head.push(text);
    return;
  }
  const item = /^(\d{1,2})\)\s*([^]*)$/u.exec(text);
  const sub = /^([а-яәіa-z])\)\s*([^]*)$/u.exec(text);
  if (item) current.paras.push({ level: 1, label: `${item[1]})`, text: item[2] });
  else if (sub) current.paras.push({ level: 2, label: `${sub[1]})`, text: sub[2] });
  else current.paras.push({ level: 0, text });
}
