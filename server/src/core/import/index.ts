/**
 * Import: an existing standard's published text (Word, HTML or plain text) becomes a `*.standard.yaml`
 * document, read with the edition's own frames and value readers. Every sentence ends up as a value
 * or as a comment at the clause it came from.
 */
import type { Catalog } from '../catalog/types';
import type { Lang } from '../types';
import { buildDocument } from './build';
import { candidates, readClause, typeAt } from './clause';
import { inferByCue } from './infer';
import { layoutOf, type Layout } from './layout';
import { matchPattern, patternOf } from './pattern';
import { readValue, slotSourceOf, type ReadContext } from './readers';
import type { Block } from './source';

export interface ImportResult {
  yaml: string;
  lang: Lang;
  /** Clauses of the model found, values placed, sentences left as comments. */
  clauses: number;
  values: number;
  unplaced: number;
}

/** Kazakh when its own letters are frequent enough, else Russian. */
export function guessLang(blocks: Block[]): Lang {
  const text = blocks.map((b) => (b.kind === 'p' ? b.text : b.cells.join(' '))).join(' ');
  const kk = (text.match(/[әғқңөұүһі]/giu) ?? []).length;
  const cyr = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  return cyr && kk / cyr > 0.01 ? 'kk' : 'ru';
}

function readHead(c: ReadContext, head: string[], values: Map<string, unknown>): string[] {
  const official = c.catalog.official![c.lang]!;
  const used = new Set<number>();
  const tryLines = (templates: string[], base: string, onMatch: (got: { path: string; value: string }[]) => void) => {
    const p = patternOf(templates.join(' '), (path) => slotSourceOf(c, typeAt(c, path.startsWith('^') ? path.slice(1) : `${base}.${path}`)));
    for (let i = 0; i + templates.length <= head.length; i++) {
      for (let n = 1; n <= templates.length && i + n <= head.length; n++) {
        const got = matchPattern(p, head.slice(i, i + n).join(' '));
        if (!got) continue;
        for (let k = i; k < i + n; k++) used.add(k);
        onMatch(got.map((g) => ({ ...g, path: g.path.startsWith('^') ? g.path.slice(1) : `${base}.${g.path}` })));
        return;
      }
    }
  };
  const setAll = (got: { path: string; value: string }[]) => {
    for (const g of got) {
      const t = typeAt(c, g.path);
      const v = t ? readValue(c, t, g.value) : g.value;
      values.set(g.path, v ?? g.value);
    }
  };
  tryLines(official.title, '', setAll);
  for (const [act, lines] of Object.entries(official.approval)) {
    if (values.has('service.approval.act')) break;
    tryLines(lines, 'service.approval', (got) => {
      values.set('service.approval.act', act);
      setAll(got);
    });
  }
  return head.filter((_, i) => !used.has(i));
}

function readAppendix(c: ReadContext, layout: Layout, values: Map<string, unknown>): string[] {
  const { appendix } = c.catalog;
  const rows = typeAt(c, appendix.path);
  const fields = rows?.kind === 'object' ? rows.fields : [];
  const left: string[] = [];
  for (const cells of layout.rows) {
    const ref = /^(\d+\.\d+)\.?\s/.exec(cells[0] ?? '')?.[1];
    const field = fields.find((f) => f.ref === ref);
    if (!field) {
      const header = cells.every((x, i) => x === appendix.columns[i]?.[c.lang]);
      const numbers = cells.every((x, i) => x === String(i + 1));
      const group = cells.filter(Boolean).length === 1 && appendix.groups.some((g) => cells[0] === `${g.ref}. ${g.title[c.lang]}`);
      if (!header && !numbers && !group) left.push(cells.join(' | '));
      continue;
    }
    const read = ['normative', 'target', 'current'].map((col, i) => ({ col, raw: cells[i + 1] ?? '', v: cells[i + 1] ? readValue(c, { kind: 'percent' }, cells[i + 1]) : undefined }));
    // A row with a cell that is not a number is kept whole, to be read by the writer.
    if (read.some((x) => x.raw.trim() && typeof x.v !== 'number') || cells.length > 4) {
      left.push(cells.join(' | '));
      continue;
    }
    for (const x of read) if (typeof x.v === 'number') values.set(`${appendix.path}.${field.key}.${x.col}`, x.v);
  }
  return left;
}

export function importBlocks(catalog: Catalog, blocks: Block[], lang = guessLang(blocks)): ImportResult | { error: string } {
  const words = catalog.official?.[lang]?.words;
  if (!words) return { error: `edition ${catalog.edition} has no published text in ${lang}` };
  const c: ReadContext = { catalog, lang, words };
  const layout = layoutOf(catalog, lang, blocks);
  const taken = new Set<number>();
  const found = layout.clauses.map((cl) => {
    const n = candidates(c, cl).find((x) => !taken.has(x));
    if (n !== undefined) taken.add(n);
    return { cl, n };
  });
  const known = taken;
  if (known.size < 3) return { error: `not a public service standard: ${known.size} clause(s) of the model found` };
  const values = new Map<string, unknown>();
  const unplaced = new Map<number | 'head', string[]>();
  unplaced.set('head', readHead(c, layout.head, values));
  const seen = new Set<number>();
  for (const { cl, n } of found) {
    if (n === undefined || seen.has(n)) {
      const at = n ?? cl.number;
      unplaced.set(at, [...(unplaced.get(at) ?? []), ...cl.paras.map((p) => `${p.label ?? ''} ${p.text}`.trim())]);
      continue;
    }
    seen.add(n);
    const r = readClause(c, n, cl);
    for (const [k, v] of r.values) values.set(k, v);
    if (r.unplaced.length) unplaced.set(n, [...(unplaced.get(n) ?? []), ...r.unplaced]);
  }
  const last = catalog.clauses[catalog.clauses.length - 1].number;
  const tail = [...layout.appendix.filter((t) => !isHeading(c, t)), ...readAppendix(c, layout, values)];
  if (tail.length) unplaced.set(last, [...(unplaced.get(last) ?? []), ...tail]);
  inferByCue(c, values);
  const doc = buildDocument(catalog, lang, values, unplaced);
  const count = [...unplaced.values()].reduce((s, x) => s + x.length, 0);
  return { yaml: doc.toString({ lineWidth: 0 }), lang, clauses: seen.size, values: values.size, unplaced: count };
}

/** Lines of the appendix heading and table title, which the import writes again itself. */
function isHeading(c: ReadContext, text: string): boolean {
  const official = c.catalog.official![c.lang]!;
  const plainLines = [
    ...official.appendix.map((l) => l.split('{')[0].trim()),
    c.catalog.appendix.title[c.lang],
    ...c.catalog.appendix.groups.map((g) => `${g.ref}. ${g.title[c.lang]}`),
  ];
  return plainLines.some((l) => l && text.trim() === l) || /^«[^«»]*»$/.test(text.trim());
}
