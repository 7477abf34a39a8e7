/**
 * The structural walk: one pass over the YAML tree, guided by the edition catalog. It builds the
 * typed model (entries with ranges and parsed values) and records findings for the structure rules.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Catalog, Field, ListType, ObjectType, ValueType } from '../catalog/types';
import { addTyped, damaged, deleteEntry, isDangling, push, resolve, setEntry, setMap, type Damage, type Walk } from './context';
import { Model, type Entry } from './model';
import { describe, isEmpty, range, scalarText } from './nodes';
import { reuse, usable, markBuilt, type Previous } from './reuse';
import { walkScalar } from './scalars';
import { dropStrays } from './strays';
import { readLanguages, walkText } from './text';
import { closeSegment, newTrace, openSegment, type WalkInputs } from './trace';
import { findField, reportMissing, unknownKey, walkEnum } from './values';

export { range, scalarText, suggest } from './nodes';
export { findField, matchEnum } from './values';
export type { Previous } from './reuse';
export type { Damage } from './context';
export { damageOf } from './strays';

/** Nesting deeper than this is not walked (the catalog's deepest path is far shallower). */
const MAX_DEPTH = 32;

/**
 * The typed model of a Document. `previous`: the model of the version this Document was patched
 * from (see `reuse.ts`), given by the incremental path; the parts of subtrees the
 * patch left alone are taken from it, the result is the same as without it. `keep`: whether this
 * build logs its walk for the next version's (`trace.ts`); false when no next version comes.
 */
export function buildModel(
  doc: Document.Parsed,
  catalog: Catalog | undefined,
  edition: string | undefined,
  damage: Damage[] = [],
  previous?: Previous,
  keep = true,
): Model {
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
  // A text the parser could not read whole is walked whole the next time too: it keeps no log.
  if (damage.length === 0) {
    const prev = usable(doc, previous, catalog, edition, model.languages, model.languagesUnknown);
    if (prev) w.prev = { trace: prev, touched: previous!.touched };
    if (keep) w.trace = newTrace(model);
  }
  const firstKey = isMap(root) && root.items[0]?.key ? range(root.items[0].key as Node, [0, 0]) : range(root as Node, [0, 0]);
  walk(w, { node: root as Node, type: catalog.root, path: '', anchor: firstKey, field: undefined, pair: undefined, parent: undefined, depth: 0, clause: undefined });
  dropStrays(model, catalog, moved);
  if (w.trace) markBuilt(doc, model);
  return model;
}

/**
 * What one step of the walk reads: a node, the type it should have, and what around it decides how
 * it is read. Every site is written with all its fields, in this order (one shape for the engine).
 */
interface Site {
  /** The node as written (an alias is resolved by the walk). */
  node: Node | null;
  type: ValueType;
  path: string;
  /** Where findings about it go when it has no range of its own: its key's range (a map value), or its parent's. */
  anchor: [number, number];
  field: Field | undefined;
  /** The pair it is the value of, and the map holding that pair. */
  pair: Pair | undefined;
  parent: YAMLMap | undefined;
  depth: number;
  /** The clause it lies in, when its own field names none. */
  clause: number | undefined;
}

function walk(w: Walk, s: Site): void {
  if (s.depth > MAX_DEPTH) return;
  const rawNode = s.node;
  const node = resolve(w, rawNode);
  const t = w.trace;
  const type = s.type;
  // A collection: taken from the previous build when unchanged, else walked and logged as a segment.
  if (t && node === rawNode && (isMap(node) || isSeq(node)) && node.range && type.kind !== 'switch') {
    const key = (s.pair?.key ?? undefined) as Node | undefined;
    const inputs: WalkInputs = { node, path: s.path, type, field: s.field, clause: s.field?.clause ?? s.clause, depth: s.depth, key };
    if (w.prev && reuse(w, inputs)) return;
    const index = openSegment(t, inputs);
    walkNode(w, s, node);
    if (index >= 0) closeSegment(t, index);
    return;
  }
  walkNode(w, s, node);
}

/** Reports a value of the wrong type; `key:` whose value sat on lines the parser could not read is not "empty". */
function wrong(w: Walk, node: Node | null, type: ValueType, path: string, anchor: [number, number], at: [number, number], clause: number | undefined): void {
  if (isEmpty(node) && damaged(w, anchor[0], anchor[1] + 1, anchor[1] + 1).length) return;
  push(w, { kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });
}

/** One step of the walk; `node`: the site's node with its alias resolved. */
function walkNode(w: Walk, s: Site, node: Node | null): void {
  const { type, path, anchor, field, pair, depth } = s;
  const clause = field?.clause ?? s.clause;
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
    // The anchor of a map value is its key's range.
    entry.keyRange = pair.key.range ? anchor : range(pair.key, anchor);
  }
  setEntry(w, entry);
  // An alias naming no anchor is a syntax error of its own; its value is not "empty" or "wrong".
  if (isDangling(w, s.node)) return;

  switch (type.kind) {
    case 'ref': {
      const named = w.catalog.types[type.name];
      addTyped(w, type.name, entry);
      if (named) walkInto(w, node, named, path, at, entry, depth, clause);
      return;
    }
    case 'object':
      walkInto(w, node, type, path, at, entry, depth, clause);
      return;
    case 'list':
      walkList(w, node, type, path, at, entry, field, depth, clause);
      return;
    case 'enum':
      walkEnum(w, node, type, path, anchor, at, entry, clause);
      return;
    case 'switch': {
      const selector = s.parent?.get(type.on);
      const chosen = typeof selector === 'string' && Object.prototype.hasOwnProperty.call(type.cases, selector) ? type.cases[selector] : type.otherwise;
      deleteEntry(w, path);
      walk(w, { node: s.node, type: chosen, path, anchor, field, pair, parent: s.parent, depth, clause: s.clause });
      return;
    }
    case 'text':
      walkText(w, node, path, at, entry, clause);
      return;
    default:
      if (!walkScalar(w, node, type.kind, path, at, entry, clause)) wrong(w, node, type, path, anchor, at, clause);
  }
}

function walkList(w: Walk, node: Node | null, type: ListType, path: string, at: [number, number], entry: Entry, field: Field | undefined, depth: number, clause?: number): void {
  if (isSeq(node)) {
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      walk(w, { node: items[i] as Node, type: type.item, path: `${path}.${i}`, anchor: at, field: undefined, pair: undefined, parent: undefined, depth: depth + 1, clause });
    }
    if (type.minItems && items.length < type.minItems) {
      push(w, { kind: 'empty-list', offset: at, path, field, clause });
    }
    entry.value = items.length;
    return;
  }
  if (type.single && !isEmpty(node)) {
    const found = w.trace ? w.trace.found : w.model.findings;
    const from = found.length;
    const item = `${path}.0`;
    walk(w, { node, type: type.item, path: item, anchor: at, field: undefined, pair: undefined, parent: undefined, depth: depth + 1, clause });
    // A single value written without brackets is reported under its own key, not as item 0.
    for (let i = from; i < found.length; i++) {
      const f = found[i];
      if ('path' in f && f.path === item) f.path = path;
    }
    entry.value = 1;
    return;
  }
  wrong(w, node, type, path, at, at, clause);
}

function walkInto(w: Walk, node: Node | null, type: ValueType | ObjectType, path: string, at: [number, number], entry: Entry, depth: number, clause?: number): void {
  if (type.kind !== 'object') {
    walk(w, { node, type, path, anchor: at, field: entry.field, pair: undefined, parent: undefined, depth: depth + 1, clause });
    return;
  }
  if (!isMap(node)) {
    if (!(isEmpty(node) && damaged(w, at[0], at[1] + 1, at[1] + 1).length)) push(w, { kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });
    return;
  }
  setMap(w, path, node);
  const present = new Set<string>();
  let misspelt: Set<string> | undefined;
  let written: Set<string> | undefined;
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
      written ??= new Set(node.items.map((x) => (isScalar(x.key) ? scalarText(x.key) : '')));
      const meant = unknownKey(w, p, type, key, childPath, keyRange, written);
      if (meant.first) (misspelt ??= new Set()).add(meant.first);
      // One close match: the value is read as that key's, so the rules that need it do not say it is missing.
      const m = meant.field;
      if (m && !written.has(m.key) && !present.has(m.key)) {
        present.add(m.key);
        walk(w, { node: p.value as Node | null, type: m.type, path: path ? `${path}.${m.key}` : m.key, anchor: keyRange, field: m, pair: p, parent: node, depth: depth + 1, clause });
      }
      continue;
    }
    if (present.has(key)) continue;
    present.add(key);
    walk(w, { node: p.value as Node | null, type: f.type, path: childPath, anchor: keyRange, field: f, pair: p, parent: node, depth: depth + 1, clause });
  }
  reportMissing(w, node, type, path, entry, present, misspelt, clause);
}

export type { ObjectType };
