/**
 * The published text of a standard, composed from its model and the edition's frames: approval
 * block, title, sections with numbered clauses and sub-items, and the appendix table.
 */
import type { Catalog, FrameBlock, FrameItem, ObjectType, OfficialLanguage } from '../catalog/types';
import type { Analysis } from '../engine';
import { clauseFields } from '../model/clauses';
import { positionAt } from '../parse/parse';
import type { Lang } from '../types';
import { plain, type AppendixRow, type OfficialClause, type OfficialDocument, type Para, type Run } from './document';
import { formatNumber } from './format';
import { fieldAt, fillTemplate, holds, resolvePath } from './template';
import { render, type ValueContext } from './values';

interface Ctx extends ValueContext {
  official: OfficialLanguage;
  analysis: Analysis;
}

/** The language a standard is published in first: its first declared language the edition writes. */
export function defaultOfficialLang(analysis: Analysis): Lang {
  const own = analysis.model.languages.find((l) => analysis.catalog?.official?.[l]);
  return own ?? 'ru';
}

const space: Run = { text: ' ' };

/** Ends a sub-item with `;`, or `.` when it is the last of its list; a lead-in ending with `:` stays. */
function punctuate(paras: Para[]): void {
  paras.forEach((p, i) => {
    if (p.level === 0) return;
    const last = p.runs[p.runs.length - 1];
    if (!last || (!last.gap && /:$/.test(last.text))) return;
    if (!last.gap) last.text = last.text.replace(/[\s.;]+$/, '');
    const next = paras[i + 1];
    p.runs.push({ text: next && next.level > 0 ? ';' : '.' });
  });
}

function itemRuns(c: Ctx, template: string | undefined, path: string): Run[] {
  if (template) return fillTemplate(c, template, path);
  const v = render(c, path);
  return [v === undefined ? { text: c.words.gap, gap: true } : { text: v }];
}

function listItems(c: Ctx, block: Extract<FrameBlock, { list: string }>, base: string): Para[] | 'empty' {
  const path = resolvePath(block.list, base);
  const items = c.model.items(path);
  if (items.length === 0) {
    const written = c.model.get(path)?.node;
    if (written && block.empty) return 'empty';
    return [{ level: 1, label: '1)', runs: [{ text: c.words.gap, gap: true }] }];
  }
  return items.map((e, i) => ({ level: 1, label: `${i + 1})`, runs: itemRuns(c, block.item, e.path) }));
}

function partItems(c: Ctx, parts: FrameItem[], base: string, level: 1 | 2): Para[] {
  const out: Para[] = [];
  const shown = parts.filter((p) => holds(c, p.when, base));
  shown.forEach((p, i) => {
    const label = level === 1 ? `${i + 1})` : `${c.words.letters[i] ?? i + 1})`;
    out.push({ level, label, runs: fillTemplate(c, p.text, base) });
    if (!p.parts) return;
    const sub = partItems(c, p.parts, base, 2);
    out.push(...(sub.length ? sub : [{ level: 2, label: `${c.words.letters[0]})`, runs: [{ text: c.words.gap, gap: true }] } as Para]));
  });
  return out;
}

/** Adds sentence runs to the clause's current paragraph (a new unnumbered one after sub-items). */
function addText(paras: Para[], runs: Run[]): void {
  const last = paras[paras.length - 1];
  if (last && last.level === 0) {
    if (last.runs.length) last.runs.push(space);
    last.runs.push(...runs);
  } else paras.push({ level: 0, runs });
}

function clauseParas(c: Ctx, blocks: FrameBlock[], base: string): Para[] {
  const paras: Para[] = [];
  for (const b of blocks) {
    if (!holds(c, b.when, base)) continue;
    if ('text' in b) {
      addText(paras, fillTemplate(c, b.text, base));
      continue;
    }
    const items = 'list' in b ? listItems(c, b, base) : partItems(c, b.parts, base, 1);
    if (items === 'empty') {
      addText(paras, fillTemplate(c, (b as { empty: string }).empty, base));
      continue;
    }
    if (b.lead) addText(paras, fillTemplate(c, b.lead, base));
    paras.push(...items);
  }
  punctuate(paras);
  return paras;
}

function composeClause(c: Ctx, number: number): OfficialClause | undefined {
  const fields = clauseFields(c.catalog).get(number) ?? [];
  const path = fields[0]?.path ?? '';
  const blocks = c.official.clauses[path];
  const paras = blocks ? clauseParas(c, blocks, path) : [{ level: 0 as const, runs: [{ text: c.words.gap, gap: true }] }];
  if (paras.length === 0) {
    if (fields.every((f) => f.field.optional)) return undefined;
    paras.push({ level: 0, runs: [{ text: c.words.gap, gap: true }] });
  }
  if (paras[0].level === 0) paras[0].label = `${number}.`;
  else paras.unshift({ level: 0, label: `${number}.`, runs: [] });
  const entry = c.model.get(path);
  const at = entry ? (entry.keyRange?.[0] ?? entry.range[0]) : undefined;
  const line = at === undefined ? undefined : positionAt(c.analysis.parsed.lines, at).line;
  const problems = c.analysis.diagnostics.filter((d) => d.clause === number && d.severity !== 'info').length;
  return { number, path, line, paras, problems };
}

function appendixRows(c: Ctx): AppendixRow[] {
  const { appendix } = c.catalog;
  const rowsField = fieldAt(c.catalog, appendix.path);
  const rows = rowsField?.type.kind === 'object' ? rowsField.type.fields : [];
  const first = rows[0]?.type;
  const cols = first?.kind === 'ref' ? ((c.catalog.types[first.name] as ObjectType | undefined)?.fields ?? []) : [];
  const out: AppendixRow[] = [];
  for (const g of appendix.groups) {
    out.push({ ref: `${g.ref}.`, title: g.title[c.lang], cells: [], group: true });
    for (const r of rows.filter((f) => f.ref?.startsWith(`${g.ref}.`))) {
      const cells = cols.map((col) => {
        const v = c.model.value<number>(`${appendix.path}.${r.key}.${col.key}`);
        if (typeof v === 'number') return { text: formatNumber(v, c.lang) };
        return col.optional ? { text: '' } : { text: c.words.gap, gap: true };
      });
      out.push({ ref: `${r.ref}.`, title: r.title[c.lang], cells });
    }
  }
  return out;
}

function lines(c: Ctx, templates: string[], base: string): Run[][] {
  return templates.map((t) => fillTemplate(c, t, base));
}

function approval(c: Ctx): Run[][] {
  if (!c.model.get('service.approval')?.node) return [];
  const act = String(c.model.value('service.approval.act') ?? '');
  const templates = c.official.approval[act];
  return templates ? lines(c, templates, 'service.approval') : [[{ text: c.words.gap, gap: true }]];
}

/** The languages an edition publishes its text in. */
export function officialLanguages(catalog: Catalog | undefined): Lang[] {
  return catalog?.official ? (Object.keys(catalog.official) as Lang[]) : [];
}

/** The published text of the analysed standard in `lang`, or `undefined` when the edition has no frames for it. */
export function composeOfficial(analysis: Analysis, lang: Lang): OfficialDocument | undefined {
  const { catalog, model } = analysis;
  const official = catalog?.official?.[lang];
  if (!catalog || !official) return undefined;
  const textLang = model.languages.includes(lang) ? lang : (model.languages[0] ?? lang);
  const c: Ctx = { model, catalog, lang, textLang, words: official.words, official, analysis, fill: (t, base) => plain(fillTemplate(c, t, base)) };
  return {
    lang,
    approval: approval(c),
    title: lines(c, official.title, ''),
    sections: catalog.sections.map((s) => ({
      number: s.number,
      title: `${s.number}. ${s.title[lang]}`,
      clauses: catalog.clauses.filter((cl) => cl.section === s.number).flatMap((cl) => composeClause(c, cl.number) ?? []),
    })),
    appendix: {
      heading: lines(c, official.appendix, ''),
      title: catalog.appendix.title[lang],
      columns: catalog.appendix.columns.map((col) => col[lang]),
      rows: appendixRows(c),
    },
  };
}
