/**
 * The structural walk: one pass over the YAML tree, guided by the edition catalog. It builds the
 * typed model (entries with ranges and parsed values) and records findings for the structure rules.
 */
import { distance } from 'fastest-levenshtein';
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Catalog, EnumType, EnumValue, Field, ObjectType, ScalarKind, ValueType } from '../catalog/types';
import { LANGS, type Lang } from '../types';
import { parseDate } from '../values/date';
import { parseDuration } from '../values/duration';
import { parseMoney } from '../values/money';
import { checkPhone, isEmail, normaliseUrl } from '../values/reach';
import { parseTime, parseTimeRange } from '../values/time';
import { Model, type Entry } from './model';

/** Aliases followed in one document before the walk stops following them (alias bombs). */
const MAX_ALIASES = 200;
/** Nesting deeper than this is not walked (the catalog's deepest path is far shallower). */
const MAX_DEPTH = 32;

/** Close matches for "did you mean". */
export function suggest(word: string, candidates: string[], max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return candidates
    .filter((c) => c !== word)
    .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

export function range(node: Node | null | undefined, fallback: [number, number]): [number, number] {
  const r = node?.range;
  return r ? [r[0], r[1]] : fallback;
}

/** The text of a scalar as written (numbers and booleans keep their source spelling). */
export function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return '';
  return node.source ?? String(node.value);
}

function describe(node: Node | null): string {
  if (!node || (isScalar(node) && (node.value === null || node.value === undefined))) return 'empty';
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return typeof node.value === 'string' ? 'string' : typeof node.value;
  return 'alias';
}

function isEmpty(node: Node | null): boolean {
  return !node || (isScalar(node) && (node.value === null || node.value === undefined));
}

function findField(fields: Field[], key: string): Field | undefined {
  return fields.find((f) => f.key === key);
}

export function matchEnum(type: EnumType, raw: string): EnumValue | undefined {
  const v = raw.trim();
  const lower = v.toLowerCase();
  return type.values.find((e) => e.value === v) ?? type.values.find((e) => e.value === lower || e.aliases?.some((a) => a.toLowerCase() === lower));
}

interface Walk {
  doc: Document;
  model: Model;
  catalog: Catalog;
  aliases: number;
}

export function buildModel(doc: Document.Parsed, catalog: Catalog | undefined, edition: string | undefined): Model {
  const root = doc.contents;
  const languages = readLanguages(root);
  const model = new Model(catalog, edition, languages);
  if (isEmpty(root as Node | null)) {
    model.findings.push({ kind: 'empty-document', offset: [0, 0] });
    return model;
  }
  if (!catalog) return model;
  const w: Walk = { doc, model, catalog, aliases: 0 };
  const firstKey = isMap(root) && root.items[0]?.key ? range(root.items[0].key as Node, [0, 0]) : range(root as Node, [0, 0]);
  walk(w, root as Node, catalog.root, '', firstKey, undefined, undefined, undefined, 0);
  return model;
}

/** The declared languages, in order, or `[kk]`-less empty when the key is missing or broken. */
function readLanguages(root: unknown): Lang[] {
  if (!isMap(root)) return [];
  const v = root.get('languages', true) as Node | undefined;
  const out: Lang[] = [];
  const add = (s: unknown) => {
    if (typeof s === 'string' && (LANGS as readonly string[]).includes(s) && !out.includes(s as Lang)) out.push(s as Lang);
  };
  if (isSeq(v)) for (const item of v.items) add(isScalar(item) ? item.value : undefined);
  else if (isScalar(v)) add(v.value);
  return out;
}

function resolve(w: Walk, node: Node | null): Node | null {
  let n = node;
  let hops = 0;
  while (n && isAlias(n)) {
    if (++w.aliases > MAX_ALIASES || ++hops > 8) return null;
    n = (n.resolve(w.doc) as Node | undefined) ?? null;
  }
  return n;
}

function walk(
  w: Walk,
  rawNode: Node | null,
  type: ValueType,
  path: string,
  anchor: [number, number],
  field: Field | undefined,
  pair: Pair | undefined,
  parent: YAMLMap | undefined,
  depth: number,
  inheritedClause?: number,
): void {
  const { model } = w;
  if (depth > MAX_DEPTH) return;
  const node = resolve(w, rawNode);
  const clause = field?.clause ?? inheritedClause;
  const at: [number, number] = isEmpty(node) ? anchor : range(node, anchor);
  const entry: Entry = {
    path,
    field,
    type,
    node,
    range: at,
    clause,
  };
  if (pair && isScalar(pair.key)) {
    entry.key = pair.key;
    entry.keyRange = range(pair.key, anchor);
  }
  model.entries.set(path, entry);

  const wrong = () => model.findings.push({ kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });

  switch (type.kind) {
    case 'ref': {
      const named = w.catalog.types[type.name];
      const list = model.byType.get(type.name) ?? [];
      list.push(entry);
      model.byType.set(type.name, list);
      if (named) walkInto(w, node, named, path, at, entry, depth, clause);
      return;
    }
    case 'object':
      walkInto(w, node, type, path, at, entry, depth, clause);
      return;
    case 'list': {
      if (isSeq(node)) {
        node.items.forEach((item, i) => walk(w, item as Node, type.item, `${path}.${i}`, at, undefined, undefined, undefined, depth + 1, clause));
        if (type.minItems && node.items.length < type.minItems) {
          model.findings.push({ kind: 'empty-list', offset: at, path, field, clause });
        }
        entry.value = node.items.length;
        return;
      }
      if (type.single && !isEmpty(node)) {
        const from = model.findings.length;
        walk(w, node, type.item, `${path}.0`, at, undefined, undefined, undefined, depth + 1, clause);
        // A single value written without brackets is reported under its own key, not as item 0.
        for (const f of model.findings.slice(from)) if ('path' in f && f.path === `${path}.0`) f.path = path;
        entry.value = 1;
        return;
      }
      wrong();
      return;
    }
    case 'enum': {
      if (!isScalar(node) || isEmpty(node)) {
        if (type.allowText && isMap(node)) {
          walkText(w, node, path, at, entry, clause);
          return;
        }
        wrong();
        return;
      }
      const raw = scalarText(node);
      const hit = matchEnum(type, raw);
      if (hit) {
        entry.value = hit.value;
        return;
      }
      if (type.allowText && /\s/.test(raw.trim())) {
        walkText(w, node, path, at, entry, clause);
        return;
      }
      model.findings.push({
        kind: 'enum-value',
        offset: at,
        path,
        value: raw,
        values: type.values,
        suggestions: suggest(raw, type.values.map((v) => v.value)),
        clause,
      });
      return;
    }
    case 'switch': {
      const selector = parent?.get(type.on);
      const chosen = typeof selector === 'string' && Object.prototype.hasOwnProperty.call(type.cases, selector) ? type.cases[selector] : type.otherwise;
      model.entries.delete(path);
      walk(w, rawNode, chosen, path, anchor, field, pair, parent, depth, inheritedClause);
      return;
    }
    case 'text':
      walkText(w, node, path, at, entry, clause);
      return;
    default:
      walkScalar(w, node, type.kind, path, at, entry, clause, wrong);
  }
}

function walkInto(w: Walk, node: Node | null, type: ValueType, path: string, at: [number, number], entry: Entry, depth: number, clause?: number): void {
  if (type.kind !== 'object') {
    walk(w, node, type, path, at, entry.field, undefined, undefined, depth + 1, clause);
    return;
  }
  const { model } = w;
  if (!isMap(node)) {
    model.findings.push({ kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });
    return;
  }
  model.maps.set(path, node);
  const present = new Set<string>();
  let written: Set<string> | undefined;
  const keysWritten = () => (written ??= new Set(node.items.map((p) => (isScalar(p.key) ? scalarText(p.key) : ''))));
  for (const p of node.items) {
    const keyNode = p.key as Node | null;
    const key = isScalar(keyNode) ? scalarText(keyNode) : undefined;
    const keyRange = range(keyNode, at);
    if (key === undefined) {
      model.findings.push({ kind: 'wrong-type', offset: keyRange, path, expected: { kind: 'string' }, got: describe(keyNode), clause });
      continue;
    }
    const f = findField(type.fields, key);
    const childPath = path ? `${path}.${key}` : key;
    if (!f) {
      const pairEnd = (p.value as Node | null)?.range?.[1] ?? keyRange[1];
      model.findings.push({
        kind: 'unknown-key',
        offset: keyRange,
        key,
        path: childPath,
        suggestions: suggest(key, type.fields.filter((x) => !keysWritten().has(x.key)).map((x) => x.key)),
        pairRange: [keyRange[0], pairEnd],
      });
      continue;
    }
    if (present.has(key)) continue;
    present.add(key);
    walk(w, p.value as Node | null, f.type, childPath, keyRange, f, p, node, depth + 1, clause);
  }
  const firstKey = node.items[0]?.key as Node | undefined;
  // Findings about the map as a whole sit on its key, or on its first key: never across the whole map.
  const anchor: [number, number] = entry.keyRange ?? (firstKey?.range ? [firstKey.range[0], firstKey.range[1]] : at);
  for (const f of type.fields) {
    if (f.optional || present.has(f.key)) continue;
    model.findings.push({
      kind: 'missing-required',
      offset: anchor,
      path: path ? `${path}.${f.key}` : f.key,
      keys: [f.key],
      field: f,
      clause: f.clause ?? clause,
    });
  }
  if (type.oneOf && !type.oneOf.some((k) => present.has(k))) {
    model.findings.push({ kind: 'missing-required', offset: anchor, path, keys: type.oneOf, clause });
  }
}

function walkText(w: Walk, node: Node | null, path: string, at: [number, number], entry: Entry, clause?: number): void {
  const { model } = w;
  const langs = model.languages;
  if (isScalar(node) && !isEmpty(node) && typeof node.value === 'string') {
    if (langs.length <= 1) {
      const lang = langs[0] ?? 'kk';
      model.texts.push({ path, lang, node, value: node.value, clause });
      entry.value = { [lang]: node.value };
      return;
    }
  }
  if (!isMap(node)) {
    if (isScalar(node) && langs.length <= 1 && !isEmpty(node)) {
      // A number or date written where a text is expected is still readable text.
      const lang = langs[0] ?? 'kk';
      model.texts.push({ path, lang, node, value: scalarText(node), clause });
      entry.value = { [lang]: scalarText(node) };
      return;
    }
    model.findings.push({ kind: 'wrong-type', offset: at, path, expected: { kind: 'text' }, got: describe(node), clause });
    return;
  }
  const value: Partial<Record<Lang, string>> = {};
  const seen = new Set<string>();
  for (const p of node.items) {
    const keyNode = p.key as Node | null;
    const key = isScalar(keyNode) ? scalarText(keyNode) : '';
    const keyRange = range(keyNode, at);
    const v = resolve(w, p.value as Node | null);
    // The pair as written: an alias's own range, not that of the node it points to.
    const pairEnd = (p.value as Node | null)?.range?.[1] ?? keyRange[1];
    if (!(langs as string[]).includes(key)) {
      model.findings.push({ kind: 'undeclared-language', offset: keyRange, path: `${path}.${key}`, lang: key, declared: langs, pairRange: [keyRange[0], pairEnd], clause });
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const lang = key as Lang;
    if (!isScalar(v) || isEmpty(v) || scalarText(v).trim() === '') {
      if (v && !isScalar(v)) {
        model.findings.push({ kind: 'wrong-type', offset: range(v, keyRange), path: `${path}.${key}`, expected: { kind: 'string' }, got: describe(v), clause });
      } else {
        model.findings.push({ kind: 'missing-translation', offset: isEmpty(v) ? keyRange : range(v, keyRange), path, lang, empty: true, clause });
      }
      continue;
    }
    value[lang] = scalarText(v);
    model.texts.push({ path: `${path}.${key}`, lang, node: v, value: scalarText(v), clause });
  }
  for (const lang of langs) {
    if (!seen.has(lang)) {
      model.findings.push({ kind: 'missing-translation', offset: at, path, lang, empty: false, clause });
    }
  }
  entry.value = value;
}

function walkScalar(
  w: Walk,
  node: Node | null,
  kind: ScalarKind,
  path: string,
  at: [number, number],
  entry: Entry,
  clause: number | undefined,
  wrong: () => void,
): void {
  const { model } = w;
  if (!isScalar(node) || isEmpty(node)) {
    wrong();
    return;
  }
  const v = node.value;
  const raw = scalarText(node);
  const invalid = (problem: string, detail?: string) =>
    model.findings.push({ kind: 'invalid-value', offset: at, path, type: kind, value: raw, problem, detail, clause });
  switch (kind) {
    case 'boolean':
      if (typeof v === 'boolean') entry.value = v;
      else wrong();
      return;
    case 'percent':
      if (typeof v === 'number') entry.value = v;
      else wrong();
      return;
    case 'string':
      if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) entry.value = raw;
      else if (typeof v === 'string') model.findings.push({ kind: 'wrong-type', offset: at, path, expected: { kind: 'string' }, got: 'empty', clause });
      else wrong();
      return;
    case 'duration': {
      const d = parseDuration(raw);
      if ('error' in d) invalid(d.error, d.unit);
      else entry.value = d;
      return;
    }
    case 'money': {
      const m = parseMoney(raw);
      if ('error' in m) invalid(m.error, m.unit);
      else entry.value = m;
      return;
    }
    case 'time-range': {
      const r = parseTimeRange(raw);
      if ('error' in r) invalid(r.error);
      else entry.value = r;
      return;
    }
    case 'time': {
      const t = parseTime(raw);
      if (t === undefined) invalid('format');
      else entry.value = t;
      return;
    }
    case 'date': {
      const d = parseDate(raw);
      if ('error' in d) invalid(d.error);
      else entry.value = d;
      return;
    }
    case 'email':
      if (isEmail(raw)) entry.value = raw.trim();
      else invalid('format');
      return;
    case 'phone': {
      const problem = checkPhone(raw);
      if (problem) invalid(problem);
      else entry.value = raw.trim();
      return;
    }
    case 'url': {
      const href = normaliseUrl(raw);
      if (href) entry.value = href;
      else invalid('format');
      return;
    }
    case 'text':
      return;
  }
}

export type { ObjectType };
