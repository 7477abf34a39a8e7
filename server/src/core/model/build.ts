/**
 * The structural walk: one pass over the YAML tree, guided by the edition catalog. It builds the
 * typed model (entries with ranges and parsed values) and records findings for the structure rules.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Catalog, EnumType, EnumValue, Field, ObjectType, ValueType } from '../catalog/types';
import { damaged, isDangling, push, resolve, type Damage, type Walk } from './context';
import { Model, type Entry } from './model';
import { describe, isEmpty, range, scalarText, suggest } from './nodes';
import { walkScalar } from './scalars';
import { dropStrays } from './strays';
import { readLanguages, walkText } from './text';

export { range, scalarText, suggest } from './nodes';
export type { Damage } from './context';
export { damageOf } from './strays';

/** Nesting deeper than this is not walked (the catalog's deepest path is far shallower). */
const MAX_DEPTH = 32;

export function findField(fields: Field[], key: string): Field | undefined {
  return fields.find((f) => f.key === key);
}

export function matchEnum(type: EnumType, raw: string): EnumValue | undefined {
  const v = raw.trim();
  const lower = v.toLowerCase();
  return type.values.find((e) => e.value === v) ?? type.values.find((e) => e.value === lower || e.aliases?.some((a) => a.toLowerCase() === lower));
}

export function buildModel(doc: Document.Parsed, catalog: Catalog | undefined, edition: string | undefined, damage: Damage[] = []): Model {
  const root = doc.contents;
  const languages = readLanguages(root);
  const model = new Model(catalog, edition, languages.langs);
  model.languagesUnknown = languages.unknown;
  if (isEmpty(root as Node | null)) {
    model.findings.push({ kind: 'empty-document', offset: [0, 0] });
    return model;
  }
  if (!catalog) return model;
  const w: Walk = { doc, model, catalog, aliases: 0, damage: damage.filter((d) => !d.moved), seen: new Set() };
  const moved = damage.filter((d) => d.moved);
  const firstKey = isMap(root) && root.items[0]?.key ? range(root.items[0].key as Node, [0, 0]) : range(root as Node, [0, 0]);
  walk(w, root as Node, catalog.root, '', firstKey, undefined, undefined, undefined, 0);
  dropStrays(model, catalog, moved);
  return model;
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
  // An alias naming no anchor is a syntax error of its own; its value is not "empty" or "wrong".
  if (isDangling(w, rawNode)) return;

  const wrong = () => {
    // `key:` whose value sat on lines the parser could not read is not "empty".
    if (isEmpty(node) && damaged(w, anchor[0], anchor[1] + 1, anchor[1] + 1).length) return;
    push(w, { kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });
  };

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
          push(w, { kind: 'empty-list', offset: at, path, field, clause });
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
      const suggestions = suggest(raw, type.values.map((v) => v.value));
      // Where any text is allowed too, only a near miss of a named value is a mistake.
      if (type.allowText && suggestions.length === 0) {
        walkText(w, node, path, at, entry, clause);
        return;
      }
      push(w, { kind: 'enum-value', offset: at, path, value: raw, values: type.values, suggestions, clause });
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

function walkInto(w: Walk, node: Node | null, type: ValueType | ObjectType, path: string, at: [number, number], entry: Entry, depth: number, clause?: number): void {
  if (type.kind !== 'object') {
    walk(w, node, type, path, at, entry.field, undefined, undefined, depth + 1, clause);
    return;
  }
  const { model } = w;
  if (!isMap(node)) {
    if (!(isEmpty(node) && damaged(w, at[0], at[1] + 1, at[1] + 1).length)) push(w, { kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });
    return;
  }
  model.maps.set(path, node);
  const present = new Set<string>();
  const misspelt = new Set<string>();
  let written: Set<string> | undefined;
  const keysWritten = () => (written ??= new Set(node.items.map((p) => (isScalar(p.key) ? scalarText(p.key) : ''))));
  for (const p of node.items) {
    const keyNode = p.key as Node | null;
    const key = isScalar(keyNode) ? scalarText(keyNode) : undefined;
    const keyRange = range(keyNode, at);
    if (key === undefined) {
      push(w, { kind: 'wrong-type', offset: keyRange, path, expected: { kind: 'string' }, got: describe(keyNode), clause });
      continue;
    }
    const f = findField(type.fields, key);
    const childPath = path ? `${path}.${key}` : key;
    if (!f) {
      const pairEnd = (p.value as Node | null)?.range?.[1] ?? keyRange[1];
      const suggestions = suggest(key, type.fields.filter((x) => !keysWritten().has(x.key)).map((x) => x.key));
      if (suggestions[0]) misspelt.add(suggestions[0]);
      push(w, { kind: 'unknown-key', offset: keyRange, key, path: childPath, suggestions, pairRange: [keyRange[0], pairEnd], empty: isEmpty(p.value as Node | null) });
      // One close match: the value is read as that key's, so the rules that need it do not say it is missing.
      const meant = suggestions.length === 1 ? findField(type.fields, suggestions[0]) : undefined;
      if (meant && !keysWritten().has(meant.key) && !present.has(meant.key)) {
        present.add(meant.key);
        walk(w, p.value as Node | null, meant.type, path ? `${path}.${meant.key}` : meant.key, keyRange, meant, p, node, depth + 1, clause);
      }
      continue;
    }
    if (present.has(key)) continue;
    present.add(key);
    walk(w, p.value as Node | null, f.type, childPath, keyRange, f, p, node, depth + 1, clause);
  }
  reportMissing(w, node, type, path, entry, present, misspelt, clause);
}

/** Required keys the map lacks, except those a misspelt key or a line the parser could not read may hold. */
function reportMissing(w: Walk, node: YAMLMap, type: ObjectType, path: string, entry: Entry, present: Set<string>, misspelt: Set<string>, clause?: number): void {
  const r = node.range;
  // From the map's own key: a line lost right after `key:` belonged to this map.
  const hurt = r ? damaged(w, Math.min(entry.keyRange?.[0] ?? r[0], r[0]), r[1], r[2]) : [];
  if (hurt.some((d) => d.key === undefined)) return;
  const lost = (k: string) => present.has(k) || misspelt.has(k) || hurt.some((d) => d.key === k);
  // A key on a line the parser could not read is there: rules that only ask whether it is written see it.
  for (const d of hurt) {
    const f = d.key !== undefined && !present.has(d.key) ? findField(type.fields, d.key) : undefined;
    const childPath = f ? (path ? `${path}.${f.key}` : f.key) : '';
    if (f && !w.model.entries.has(childPath)) w.model.entries.set(childPath, { path: childPath, field: f, type: f.type, node: null, range: [d.span[0], d.span[0]], clause: f.clause ?? clause });
  }
  const firstKey = node.items[0]?.key as Node | undefined;
  // Findings about the map as a whole sit on its key, or on its first key: never across the whole map.
  const anchor: [number, number] = entry.keyRange ?? (firstKey?.range ? [firstKey.range[0], firstKey.range[1]] : entry.range);
  for (const f of type.fields) {
    if (f.optional || lost(f.key)) continue;
    push(w, { kind: 'missing-required', offset: anchor, path: path ? `${path}.${f.key}` : f.key, keys: [f.key], field: f, clause: f.clause ?? clause });
  }
  if (type.oneOf && !type.oneOf.some(lost)) {
    push(w, { kind: 'missing-required', offset: anchor, path, keys: type.oneOf, clause });
  }
}

export type { ObjectType };
