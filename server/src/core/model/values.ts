/** Parts of the structural walk that read one value or one mapping's keys without walking further. */
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { EnumType, EnumValue, Field, ObjectType } from '../catalog/types';
import { damaged, push, setEntry, type Damage, type Walk } from './context';
import type { Entry } from './model';
import { describe, isEmpty, scalarText, suggest } from './nodes';
import { walkText } from './text';

export function findField(fields: Field[], key: string): Field | undefined {
  return fields.find((f) => f.key === key);
}

export function matchEnum(type: EnumType, raw: string): EnumValue | undefined {
  const v = raw.trim();
  const lower = v.toLowerCase();
  return type.values.find((e) => e.value === v) ?? type.values.find((e) => e.value === lower || e.aliases?.some((a) => a.toLowerCase() === lower));
}

export function walkEnum(w: Walk, node: Node | null, type: EnumType, path: string, anchor: [number, number], at: [number, number], entry: Entry, clause?: number): void {
  if (!isScalar(node) || isEmpty(node)) {
    if (type.allowText && isMap(node)) {
      walkText(w, node, path, at, entry, clause);
      return;
    }
    // `key:` whose value sat on lines the parser could not read is not "empty".
    if (isEmpty(node) && damaged(w, anchor[0], anchor[1] + 1, anchor[1] + 1).length) return;
    push(w, { kind: 'wrong-type', offset: at, path, expected: type, got: describe(node), clause });
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
}

/**
 * Reports a key the object type does not know; gives its closest suggestion, and the field it is
 * read as when there is one close match only.
 */
export function unknownKey(w: Walk, p: Pair, type: ObjectType, key: string, path: string, keyRange: [number, number], written: Set<string>): { first?: string; field?: Field } {
  const pairEnd = (p.value as Node | null)?.range?.[1] ?? keyRange[1];
  const suggestions = suggest(key, type.fields.filter((x) => !written.has(x.key)).map((x) => x.key));
  push(w, { kind: 'unknown-key', offset: keyRange, key, path, suggestions, pairRange: [keyRange[0], pairEnd], empty: isEmpty(p.value as Node | null) });
  return { first: suggestions[0], field: suggestions.length === 1 ? findField(type.fields, suggestions[0]) : undefined };
}

function isLost(k: string, present: Set<string>, misspelt: Set<string> | undefined, hurt: Damage[]): boolean {
  return present.has(k) || !!misspelt?.has(k) || (hurt.length > 0 && hurt.some((d) => d.key === k));
}

/** Required keys the map lacks, except those a misspelt key or a line the parser could not read may hold. */
export function reportMissing(w: Walk, node: YAMLMap, type: ObjectType, path: string, entry: Entry, present: Set<string>, misspelt: Set<string> | undefined, clause?: number): void {
  const r = node.range;
  // From the map's own key: a line lost right after `key:` belonged to this map.
  const hurt = r && w.damage.length ? damaged(w, Math.min(entry.keyRange?.[0] ?? r[0], r[0]), r[1], r[2]) : [];
  if (hurt.some((d) => d.key === undefined)) return;
  // A key on a line the parser could not read is there: rules that only ask whether it is written see it.
  for (const d of hurt) {
    const f = d.key !== undefined && !present.has(d.key) ? findField(type.fields, d.key) : undefined;
    const childPath = f ? (path ? `${path}.${f.key}` : f.key) : '';
    if (f && !w.model.entries.has(childPath)) setEntry(w, { path: childPath, field: f, type: f.type, node: null, range: [d.span[0], d.span[0]], clause: f.clause ?? clause });
  }
  let anchor: [number, number] | undefined;
  for (const f of type.fields) {
    if (f.optional || isLost(f.key, present, misspelt, hurt)) continue;
    anchor ??= anchorOf(node, entry);
    push(w, { kind: 'missing-required', offset: anchor, path: path ? `${path}.${f.key}` : f.key, keys: [f.key], field: f, clause: f.clause ?? clause });
  }
  if (type.oneOf && !type.oneOf.some((k) => isLost(k, present, misspelt, hurt))) {
    push(w, { kind: 'missing-required', offset: anchor ?? anchorOf(node, entry), path, keys: type.oneOf, clause });
  }
}

/** Findings about a map as a whole sit on its key, or on its first key: never across the whole map. */
function anchorOf(node: YAMLMap, entry: Entry): [number, number] {
  const firstKey = node.items[0]?.key as Node | undefined;
  return entry.keyRange ?? (firstKey?.range ? [firstKey.range[0], firstKey.range[1]] : entry.range);
}
