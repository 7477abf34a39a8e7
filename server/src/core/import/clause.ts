/**
 * One imported clause read with the edition's frames: which clause of the model it is (by its
 * wording, whatever its number), and the values its sentences and sub-items hold. What no frame
 * explains is kept as text not placed, so nothing is lost.
 */
import type { Catalog, FrameBlock, FrameItem, ValueType } from '../catalog/types';
import { clauseFields } from '../model/clauses';
import type { ImportedClause, ImportedPara } from './layout';
import { matchPattern, patternOf } from './pattern';
import { readValue, resolveType, slotSourceOf, type ReadContext } from './readers';
import { readContact } from './contact';

export interface ClauseReading {
  /** The model's clause number, or undefined when no frame fits. */
  clause?: number;
  values: Map<string, unknown>;
  unplaced: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
const lead = (t: string) => t.split(/[[{]/)[0].trim();
const join = (base: string, path: string) => (path.startsWith('^') ? path.slice(1) : path === '.' ? base : base ? `${base}.${path}` : path);

/** The type of the value at a dotted path (list indices step into the item type). */
export function typeAt(c: ReadContext, path: string): ValueType | undefined {
  let t: ValueType | undefined = c.catalog.root;
  for (const key of path.split('.')) {
    t = t && resolveType(c, t);
    if (!t) return undefined;
    if (t.kind === 'list' && /^\d+$/.test(key)) t = t.item;
    else if (t.kind === 'object') t = t.fields.find((f) => f.key === key)?.type;
    else return undefined;
  }
  return t;
}

function frameLeads(blocks: FrameBlock[]): string[] {
  return blocks.flatMap((b) => ('text' in b ? [lead(b.text)] : [b.lead ? lead(b.lead) : '', 'empty' in b && b.empty ? lead(b.empty) : ''])).filter((x) => x.length >= 8);
}

/** The model's clause an imported clause is: by the start of its wording, else by its number. */
export function identify(catalog: Catalog, lang: string, clause: ImportedClause): number | undefined {
  const frames = catalog.official?.[lang as 'kk']?.clauses ?? {};
  const first = norm(clause.paras[0]?.text ?? '');
  let best: { n: number; length: number } | undefined;
  for (const [n, fields] of clauseFields(catalog)) {
    for (const l of frameLeads(frames[fields[0].path] ?? [])) {
      const length = norm(l).length;
      if (first.startsWith(norm(l)) && (!best || length > best.length)) best = { n, length };
    }
  }
  if (best) return best.n;
  return catalog.clauses.some((c) => c.number === clause.number) ? clause.number : undefined;
}

class Reader {
  readonly values = new Map<string, unknown>();
  readonly unplaced: string[] = [];
  constructor(readonly c: ReadContext) {}

  set(path: string, raw: string, form?: string, stop = false): void {
    const type = typeAt(this.c, path);
    const t = type && resolveType(this.c, type);
    // A text of several sentences ended with its own full stop, which the frame's stop replaced.
    if (stop && t?.kind === 'text' && /[.!?]\s+\S/.test(raw) && !/[.!?]$/.test(raw)) raw = `${raw}.`;
    const value = !t ? undefined : t.kind === 'object' && t.fields.some((f) => f.key === 'name') ? readContact(this.c, t, raw) : readList(this, t, path, raw, form);
    if (value === undefined) this.unplaced.push(raw);
    else if (value !== null) this.values.set(path, value);
  }

  /** What a frame's `when` says of the values (`paid=false`). */
  imply(when: string | undefined, base: string): void {
    for (const term of when?.split('&') ?? []) {
      const [path, v] = term.split('=');
      if (v !== undefined && !path.startsWith('!')) this.values.set(join(base, path), v === 'true' ? true : v === 'false' ? false : v);
    }
  }

  fill(template: string, base: string, text: string, when?: string): boolean {
    const p = patternOf(template, (path, form) => slotSourceOf(this.c, typeAt(this.c, join(base, path)), form));
    const got = matchPattern(p, text);
    if (!got) return false;
    got.forEach((g) => this.set(join(base, g.path), g.value, g.form, g.last));
    this.imply(when, base);
    return true;
  }
}

/** A list of contacts (`a; b, а также c`) or any other value. */
function readList(r: Reader, t: ValueType, path: string, raw: string, form?: string): unknown {
  if (t.kind === 'list') {
    const item = resolveType(r.c, t.item);
    if (item.kind === 'object' && item.fields.some((f) => f.key === 'name')) {
      const parts = raw.split(new RegExp(`;\\s+|${r.c.words.andAlso.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
      return parts.map((p) => readContact(r.c, item, p));
    }
  }
  return readValue(r.c, t, raw, form);
}

function readItems(r: Reader, b: Extract<FrameBlock, { list: string }>, base: string, items: ImportedPara[]): void {
  const path = join(base, b.list);
  items.forEach((it, i) => {
    const text = it.text.replace(/[;.]$/, '');
    if (b.item && r.fill(b.item, `${path}.${i}`, text)) return;
    r.set(`${path}.${i}`, text, b.item ? /\|(\w+)\}/.exec(b.item)?.[1] : undefined);
  });
}

function readParts(r: Reader, parts: FrameItem[], base: string, items: ImportedPara[]): void {
  const flat = (ps: FrameItem[]): FrameItem[] => ps.flatMap((p) => [p, ...flat(p.parts ?? [])]);
  const all = flat(parts).filter((p) => /\{/.test(p.text));
  for (const it of items) {
    const text = it.text.replace(/[;.]$/, '');
    const hit = all.find((p) => lead(p.text) && norm(text).startsWith(norm(lead(p.text))) && r.fill(p.text, base, text));
    if (hit) continue;
    if (all.some((p) => !lead(p.text) && r.fill(p.text, base, text))) continue;
    if (!flat(parts).some((p) => !/\{/.test(p.text) && norm(p.text).replace(/[:.]$/, '') === norm(text).replace(/[:.]$/, ''))) r.unplaced.push(it.text);
  }
}

/** The clause's own sentences, cut where a frame's sentence starts, each read with its frame. */
function readSentences(r: Reader, blocks: Extract<FrameBlock, { text: string }>[], base: string, text: string): void {
  const starts = new Set<number>();
  for (const b of blocks) {
    const l = lead(b.text);
    if (!l) continue;
    for (let at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) if (at === 0 || /[.;:]\s$/.test(text.slice(0, at))) starts.add(at);
  }
  const cuts = [...starts].sort((a, b) => a - b);
  if (cuts[0] !== 0) cuts.unshift(0);
  cuts.forEach((at, i) => {
    const piece = text.slice(at, cuts[i + 1] ?? text.length).trim();
    if (!piece) return;
    const fits = blocks.filter((b) => piece.startsWith(lead(b.text)));
    if (!fits.some((b) => r.fill(b.text, base, piece, b.when))) r.unplaced.push(piece);
  });
}

export function readClause(c: ReadContext, number: number, clause: ImportedClause): ClauseReading {
  const r = new Reader(c);
  const base = clauseFields(c.catalog).get(number)?.[0]?.path ?? '';
  const blocks = c.catalog.official?.[c.lang]?.clauses[base] ?? [];
  const segments: { text: string; items: ImportedPara[] }[] = [];
  for (const p of clause.paras) {
    if (p.level === 0) segments.push({ text: p.text, items: [] });
    else segments[segments.length - 1].items.push(p);
  }
  for (const b of blocks) {
    if ('text' in b) continue;
    const l = b.lead ? norm(lead(b.lead)) : '';
    const seg = segments.find((s) => (l && norm(s.text).startsWith(l)) || ('empty' in b && b.empty && norm(s.text).startsWith(norm(lead(b.empty)))));
    if (!seg) continue;
    if ('empty' in b && b.empty && norm(seg.text).startsWith(norm(lead(b.empty)))) {
      r.values.set(join(base, b.list), []);
      seg.text = seg.text.slice(b.empty.length).trim();
    } else {
      seg.text = seg.text.slice(b.lead!.length).trim();
      if ('list' in b) readItems(r, b, base, seg.items);
      else readParts(r, b.parts, base, seg.items);
    }
    seg.items = [];
  }
  const sentences = blocks.filter((b): b is Extract<FrameBlock, { text: string }> => 'text' in b);
  for (const s of segments) {
    if (s.text) readSentences(r, sentences, base, s.text);
    for (const it of s.items) r.unplaced.push(`${it.label ?? ''} ${it.text}`.trim());
  }
  return { clause: number, values: r.values, unplaced: r.unplaced };
}
