/**
 * One imported clause read with the edition's frames: which clause of the model it is (by its
 * wording, whatever its number), and the values its sentences and sub-items hold. What no frame
 * explains is kept as text not placed, so nothing is lost.
 */
import type { FrameBlock, FrameItem, ValueType } from '../catalog/types';
import { clauseFields } from '../model/clauses';
import type { ImportedClause, ImportedPara } from './layout';
import { matchPattern, patternOf } from './pattern';
import { enumsIn, escapeRe, readValue, resolveType, slotSourceOf, type ReadContext } from './readers';
import { readContact } from './contact';
import { onlyFrameWords, overlap, readScheduleLoose, similarity, soleSlot, splitValue } from './fuzzy';

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

/** Words of the enumerated values a clause's key may take: a sentence naming one belongs to it. */
function enumWords(c: ReadContext, path: string): string {
  const type = typeAt(c, path);
  const t = type && resolveType(c, type);
  const item = t?.kind === 'list' ? resolveType(c, t.item) : t;
  return item?.kind === 'enum' ? item.values.flatMap((v) => Object.values(v.forms ?? {}).map((f) => f[c.lang] ?? '')).join(' ') : '';
}

/**
 * The model's clauses an imported clause may be, best first: those whose frame starts its wording
 * (the longest first), then those sharing most of its words, then the number it carries.
 */
export function candidates(c: ReadContext, clause: ImportedClause): number[] {
  const frames = c.catalog.official?.[c.lang]?.clauses ?? {};
  const text = clause.paras[0]?.text ?? '';
  const first = norm(text);
  const exact: { n: number; length: number }[] = [];
  const loose: { n: number; score: number }[] = [];
  for (const [n, fields] of clauseFields(c.catalog)) {
    const blocks = frames[fields[0].path] ?? [];
    for (const l of frameLeads(blocks)) if (first.startsWith(norm(l))) exact.push({ n, length: norm(l).length });
    const words = blocks.map((b) => ('text' in b ? b.text : `${b.lead ?? ''} ${'empty' in b ? (b.empty ?? '') : ''}`)).join(' ');
    const score = overlap(words, text) + overlap(enumWords(c, fields[0].path), text);
    if (score >= 0.5) loose.push({ n, score });
  }
  const ranked = [...exact.sort((a, b) => b.length - a.length).map((x) => x.n), ...loose.sort((a, b) => b.score - a.score).map((x) => x.n)];
  if (c.catalog.clauses.some((x) => x.number === clause.number)) ranked.push(clause.number);
  return [...new Set(ranked)];
}

class Reader {
  readonly values = new Map<string, unknown>();
  readonly unplaced: string[] = [];
  constructor(readonly c: ReadContext) {}

  /** Reads `raw` as the value at `path`; what cannot be read is kept as text not placed. */
  set(path: string, raw: string, form?: string, stop = false): boolean {
    const type = typeAt(this.c, path);
    const t = type && resolveType(this.c, type);
    // A text of several sentences ended with its own full stop, which the frame's stop replaced.
    if (stop && t?.kind === 'text' && /[.!?]\s+\S/.test(raw) && !/[.!?]$/.test(raw)) raw = `${raw}.`;
    const value = !t ? undefined : t.kind === 'object' && t.fields.some((f) => f.key === 'name') ? readContact(this.c, t, raw) : readList(this, t, raw, form);
    const had = this.values.get(path);
    if (value === undefined || (had !== undefined && !(t?.kind === 'text' && typeof had === 'string'))) {
      this.unplaced.push(raw);
      return false;
    }
    // A second passage for the same text joins the first: nothing is overwritten.
    this.values.set(path, had === undefined ? value : `${had} ${value}`);
    return true;
  }

  /** A sentence worded otherwise than `template`: its words mostly the frame's, its value after `:` or `–`. */
  loose(template: string, base: string, text: string, when?: string): boolean {
    const split = splitValue(text);
    if (similarity(split?.left || text, template) < 0.5) return false;
    // The words around the value must be the edition's own, or they would be lost.
    if (!onlyFrameWords(this.c.catalog, split ? split.left : text, split?.value)) return false;
    const type = typeAt(this.c, base);
    const t = type && resolveType(this.c, type);
    if (t?.kind === 'object' && t.fields.some((f) => f.key === 'hours')) {
      const schedule = readScheduleLoose(this.c, t, text);
      if (schedule && !Object.keys(schedule).some((k) => this.values.has(`${base}.${k}`))) {
        for (const [k, v] of Object.entries(schedule)) this.values.set(`${base}.${k}`, v);
        return true;
      }
    }
    const slot = soleSlot(template);
    if (!slot || this.values.has(join(base, slot.path))) return false;
    if (!split) return this.enums(join(base, slot.path), text, when, base);
    const before = this.unplaced.length;
    if (!this.set(join(base, slot.path), split.value, slot.form, true)) {
      this.unplaced.length = before;
      return false;
    }
    this.imply(when, base);
    return true;
  }

  /** What a frame's `when` says of the values (`paid=false`). */
  imply(when: string | undefined, base: string): void {
    for (const term of when?.split('&') ?? []) {
      const [path, v] = term.split('=');
      if (v !== undefined && !path.startsWith('!')) this.values.set(join(base, path), v === 'true' ? true : v === 'false' ? false : v);
    }
  }

  /** An enumerated value (or list) named anywhere in the sentence. */
  enums(path: string, text: string, when: string | undefined, base: string): boolean {
    const type = typeAt(this.c, path);
    const t = type && resolveType(this.c, type);
    const item = t?.kind === 'list' ? resolveType(this.c, t.item) : t;
    if (item?.kind !== 'enum') return false;
    const found = enumsIn(this.c, item, text);
    if (!found.length || (t?.kind !== 'list' && found.length > 1) || this.values.has(path)) return false;
    this.values.set(path, t?.kind === 'list' ? found : found[0]);
    this.imply(when, base);
    return true;
  }

  fill(template: string, base: string, text: string, when?: string): boolean {
    const p = patternOf(template, (path, form) => slotSourceOf(this.c, typeAt(this.c, join(base, path)), form));
    const got = matchPattern(p, text);
    if (!got) return false;
    // Every value must read as its type, or the sentence is not this frame's: nothing is kept of it.
    const before = new Map(this.values);
    const unplaced = this.unplaced.length;
    if (!got.every((g) => this.set(join(base, g.path), g.value, g.form, g.last))) {
      this.values.clear();
      for (const [k, v] of before) this.values.set(k, v);
      this.unplaced.length = unplaced;
      return false;
    }
    this.imply(when, base);
    return true;
  }
}

/** A list of contacts (`a; b, а также c`) or any other value. */
function readList(r: Reader, t: ValueType, raw: string, form?: string): unknown {
  if (t.kind === 'list') {
    const item = resolveType(r.c, t.item);
    if (item.kind === 'object' && item.fields.some((f) => f.key === 'name')) {
      const parts = raw.split(new RegExp(`;\\s+|${escapeRe(r.c.words.andAlso)}`, 'u'));
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
    const likely = [...all].filter((p) => lead(p.text)).sort((x, y) => similarity(text, y.text) - similarity(text, x.text));
    if (likely.some((p) => r.loose(p.text, base, text))) continue;
    if (all.some((p) => !lead(p.text) && !r.values.has(join(base, soleSlot(p.text)?.path ?? '')) && r.fill(p.text, base, text))) continue;
    if (!flat(parts).some((p) => !/\{/.test(p.text) && norm(p.text).replace(/[:.]$/, '') === norm(text).replace(/[:.]$/, ''))) r.unplaced.push(it.text);
  }
}

const SENTENCE_END = /(?<=[.!?;])\s+(?=[\p{Lu}«"(\d])/u;

/** One piece (from a frame's start to the next): whole, else its longest run of sentences a frame reads. */
function readPiece(r: Reader, blocks: Extract<FrameBlock, { text: string }>[], base: string, piece: string): void {
  const sentences = piece.split(SENTENCE_END);
  for (let n = sentences.length; n >= 1; n--) {
    const head = sentences.slice(0, n).join(' ');
    const fits = blocks.filter((b) => head.startsWith(lead(b.text)));
    const likely = [...blocks].sort((x, y) => similarity(head, y.text) - similarity(head, x.text));
    if (fits.some((b) => r.fill(b.text, base, head, b.when)) || (n === 1 && likely.some((b) => r.loose(b.text, base, head, b.when)))) {
      const rest = sentences.slice(n).join(' ');
      if (rest) readPiece(r, blocks, base, rest);
      return;
    }
  }
  r.unplaced.push(sentences[0]);
  const rest = sentences.slice(1).join(' ');
  if (rest) readPiece(r, blocks, base, rest);
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
    if (piece) readPiece(r, blocks, base, piece);
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
    const leads = (s: { text: string }) =>
      (l && norm(s.text).startsWith(l)) || ('empty' in b && b.empty && norm(s.text).startsWith(norm(lead(b.empty))));
    // A lead-in worded otherwise: mostly the frame's words, ending with a colon, followed by sub-items.
    const near = (s: { text: string; items: ImportedPara[] }) => !!b.lead && s.items.length > 0 && /:$/.test(s.text.trim()) && overlap(s.text, b.lead) >= 0.6;
    const seg = segments.find(leads) ?? segments.find(near);
    if (!seg) continue;
    if ('empty' in b && b.empty && norm(seg.text).startsWith(norm(lead(b.empty)))) {
      r.values.set(join(base, b.list), []);
      seg.text = seg.text.slice(b.empty.length).trim();
    } else {
      seg.text = leads(seg) ? seg.text.slice(b.lead!.length).trim() : '';
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
  intoTextField(r, base);
  return { clause: number, values: r.values, unplaced: r.unplaced };
}

/** Prose of the clause that fits no frame goes into the clause's own text, or its optional text field. */
function intoTextField(r: Reader, base: string): void {
  if (!r.unplaced.length) return;
  const type = typeAt(r.c, base);
  const t = type && resolveType(r.c, type);
  const path = t?.kind === 'text' ? base : t?.kind === 'object' ? t.fields.filter((f) => f.prose).map((f) => `${base}.${f.key}`)[0] : undefined;
  if (!path || r.values.has(path)) return;
  r.values.set(path, r.unplaced.join(' '));
  r.unplaced.length = 0;
}
