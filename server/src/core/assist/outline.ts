/** The outline (sections -> clauses), folding ranges, clause-number hints and links, from the model. */
import { isCollection, isScalar, visit, type Node } from 'yaml';
import type { Analysis } from '../engine';
import { clauseFields } from '../model/clauses';
import { positionAt } from '../parse/parse';
import type { Lang } from '../types';
import { normaliseUrl, telHref, urlRisk } from '../values/reach';

export interface OutlineItem {
  name: string;
  detail: string;
  kind: 'section' | 'clause' | 'key';
  /** Whole span (key and value) and the key's span. */
  offset: [number, number];
  selection: [number, number];
  children: OutlineItem[];
}

export function outline(analysis: Analysis, lang: Lang): OutlineItem[] {
  const { model, catalog } = analysis;
  if (!catalog) return [];
  const items: OutlineItem[] = [];
  const span = (path: string): { offset: [number, number]; selection: [number, number] } | undefined => {
    const e = model.get(path);
    if (!e) return undefined;
    const sel = e.keyRange ?? e.range;
    return { offset: [sel[0], Math.max(sel[1], e.range[1])], selection: sel };
  };
  const fields = clauseFields(catalog);
  for (const f of catalog.root.fields) {
    const s = span(f.key);
    if (!s) continue;
    const section = f.section !== undefined ? catalog.sections.find((x) => x.number === f.section) : undefined;
    if (!section) {
      items.push({ name: f.key, detail: f.title[lang], kind: 'key', ...s, children: [] });
      continue;
    }
    const children: OutlineItem[] = [];
    for (const [n, cfs] of fields) {
      for (const cf of cfs) {
        if (!cf.path.startsWith(`${f.key}.`) && cf.path !== f.key) continue;
        if (cf.path === f.key) continue;
        const cs = span(cf.path);
        if (!cs) continue;
        const title = catalog.clauses.find((c) => c.number === n)!.title[lang];
        children.push({ name: `${n}. ${cfs.length > 1 ? cf.field.title[lang] : title}`, detail: cf.field.key, kind: 'clause', ...cs, children: [] });
      }
    }
    const clauseOfSection = f.clause !== undefined ? `${f.clause}. ` : '';
    items.push({ name: `${section.number}. ${section.title[lang]}`, detail: `${clauseOfSection}${f.key}`, kind: 'section', ...s, children });
  }
  return items;
}

export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

export function foldingRanges(analysis: Analysis): Fold[] {
  const { parsed } = analysis;
  const out: Fold[] = [];
  const line = (o: number) => positionAt(parsed.lines, o).line;
  visit(parsed.doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range || !isCollection(value)) return;
      const start = line(key.range[0]);
      const end = line(Math.max(value.range[0], value.range[1] - 1));
      if (end > start) out.push({ startLine: start, endLine: end });
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const n = item as Node;
        if (!n?.range || !isCollection(n)) continue;
        const start = line(n.range[0]);
        const end = line(Math.max(n.range[0], n.range[1] - 1));
        if (end > start) out.push({ startLine: start, endLine: end });
      }
    },
  });
  // Runs of comment lines.
  const lines = parsed.source.split('\n');
  let run = -1;
  for (let i = 0; i <= lines.length; i++) {
    const isComment = i < lines.length && /^\s*#/.test(lines[i]);
    if (isComment && run < 0) run = i;
    if (!isComment && run >= 0) {
      if (i - 1 > run) out.push({ startLine: run, endLine: i - 1, kind: 'comment' });
      run = -1;
    }
  }
  return out;
}

export interface Hint {
  offset: number;
  label: string;
  tooltip: string;
}

/** `§7` beside each clause key. */
export function clauseHints(analysis: Analysis, lang: Lang): Hint[] {
  const { model, catalog } = analysis;
  if (!catalog) return [];
  const out: Hint[] = [];
  for (const [n, cfs] of clauseFields(catalog)) {
    for (const cf of cfs) {
      const e = model.get(cf.path);
      if (!e?.keyRange) continue;
      out.push({ offset: e.keyRange[0], label: `§${n}`, tooltip: catalog.clauses.find((c) => c.number === n)!.title[lang] });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

export interface DocLink {
  offset: [number, number];
  target: string;
}

/** Links for web addresses, emails (`mailto:`) and phones (`tel:`). */
export function documentLinks(analysis: Analysis): DocLink[] {
  const out: DocLink[] = [];
  for (const e of analysis.model.entries.values()) {
    if (typeof e.value !== 'string' || !isScalar(e.node)) continue;
    const at: [number, number] = e.range;
    if (e.type.kind === 'url') {
      const href = normaliseUrl(e.value);
      // A link that leads elsewhere than it reads (`egov.kz@host`, look-alike letters) is not made
      // clickable, as the preview shows it as text; the check reads the link as written.
      if (href && /^https?:/.test(href) && !urlRisk(String(e.node.source ?? e.node.value ?? ''))) out.push({ offset: at, target: href });
    } else if (e.type.kind === 'email') out.push({ offset: at, target: `mailto:${e.value}` });
    else if (e.type.kind === 'phone') out.push({ offset: at, target: telHref(e.value) });
  }
  return out.sort((a, b) => a.offset[0] - b.offset[0]);
}
