/** The outline (sections -> clauses), folding ranges, clause-number hints and links, from the model. */
import { isCollection, isPair, isScalar, isSeq, type Node } from 'yaml';
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
  const fold = (from: Node | null, to: Node | null) => {
    if (!from?.range || !to?.range || !isCollection(to)) return;
    const start = line(from.range[0]);
    const end = line(Math.max(to.range[0], to.range[1] - 1));
    if (end > start) out.push({ startLine: start, endLine: end });
  };
  // One plain walk, depth first, a pair before its key and value, a list's items before their insides.
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      fold(node.key as Node | null, node.value as Node | null);
      walk(node.key);
      walk(node.value);
    } else if (isCollection(node)) {
      if (isSeq(node)) for (const item of node.items) fold(item as Node, item as Node);
      for (const item of node.items) walk(item);
    }
  };
  walk(parsed.doc.contents);
  commentRuns(parsed.source, out);
  return out;
}

/** Runs of two or more comment lines, line by line without splitting the text. */
function commentRuns(source: string, out: Fold[]): void {
  const comment = /[^\S\n]*#/y;
  let run = -1;
  let i = 0;
  for (let start = 0; ; ) {
    comment.lastIndex = start;
    if (comment.test(source)) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      if (i - 1 > run) out.push({ startLine: run, endLine: i - 1, kind: 'comment' });
      run = -1;
    }
    i++;
    const nl = source.indexOf('\n', start);
    if (nl < 0) break;
    start = nl + 1;
  }
  if (run >= 0 && i - 1 > run) out.push({ startLine: run, endLine: i - 1, kind: 'comment' });
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
