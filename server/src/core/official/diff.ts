/**
 * What changed between two versions of a standard, value by value: `{clause, path, change, old?, new?}`
 * for every leaf (a text's language, a list item, a number), in document order, and how to apply it.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Catalog } from '../catalog/types';
import { clauseFields } from '../model/clauses';

export interface Change {
  /** Clause number, or null for keys outside the clauses (`service.*`, `edition`, `languages`). */
  clause: number | null;
  path: string;
  change: 'added' | 'removed' | 'changed';
  old?: unknown;
  new?: unknown;
}

/** A scalar, or an empty list or mapping (`[]`, `{}`), which is a value of its own. */
type Leaf = string | number | boolean | null | [] | Record<string, never>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function leaves(node: unknown, prefix: string, out: Map<string, Leaf>): void {
  const n = node as Node | null;
  if (isMap(n)) {
    if (n.items.length === 0) out.set(prefix, {});
    for (const p of n.items) leaves(p.value, prefix ? `${prefix}.${isScalar(p.key) ? String(p.key.value) : String(p.key)}` : String(isScalar(p.key) ? p.key.value : p.key), out);
  } else if (isSeq(n)) {
    if (n.items.length === 0) out.set(prefix, []);
    n.items.forEach((item, i) => leaves(item, `${prefix}.${i}`, out));
  } else if (isScalar(n)) {
    const v = n.value;
    out.set(prefix, v instanceof Date ? v.toISOString().slice(0, 10) : (v as Leaf));
  } else out.set(prefix, null);
}

/** Every leaf value of a document by its dotted path (aliases resolved). */
export function leafValues(doc: Document): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const resolved = doc.clone();
  // Aliases are read as their targets, so a change behind an anchor shows at each use.
  const js = resolved.toJS({ maxAliasCount: 1000 });
  leaves(resolved.createNode(js), '', out);
  return out;
}

export function clauseOfPath(catalog: Catalog, path: string): number | null {
  for (const [n, fields] of clauseFields(catalog)) {
    if (fields.some((f) => path === f.path || path.startsWith(`${f.path}.`))) return n;
  }
  return null;
}

export function diffValues(catalog: Catalog, oldDoc: Document, newDoc: Document): Change[] {
  const a = leafValues(oldDoc);
  const b = leafValues(newDoc);
  const out: Change[] = [];
  for (const [path, v] of b) {
    if (!a.has(path)) out.push({ clause: clauseOfPath(catalog, path), path, change: 'added', new: v });
    else if (!same(a.get(path), v)) out.push({ clause: clauseOfPath(catalog, path), path, change: 'changed', old: a.get(path), new: v });
  }
  for (const [path, v] of a) if (!b.has(path)) out.push({ clause: clauseOfPath(catalog, path), path, change: 'removed', old: v });
  const order = (c: Change) => (c.clause ?? 0) * 1e6;
  return out.sort((x, y) => order(x) - order(y) || x.path.localeCompare(y.path, 'en', { numeric: true }));
}

const keyPath = (path: string) => path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

function setValue(doc: Document, path: (string | number)[], value: unknown): void {
  // A scalar where a mapping must now be (a one-language text becoming `{kk, ru}`) gives way first.
  for (let i = 1; i < path.length; i++) {
    const at = doc.getIn(path.slice(0, i), true) as Node | undefined;
    if (at !== undefined && !isMap(at) && !isSeq(at)) doc.deleteIn(path.slice(0, i));
  }
  doc.setIn(path, doc.createNode(value));
}

/** Applies changes to a document: sets what was added or changed, deletes what was removed (last index first). */
export function applyChanges(doc: Document, changes: Change[]): void {
  const set = changes.filter((c) => c.change !== 'removed');
  const kept = (path: string) => set.some((c) => c.path === path || c.path.startsWith(`${path}.`));
  for (const c of set) setValue(doc, keyPath(c.path), c.new);
  const underSet = (path: string) => set.some((c) => path.startsWith(`${c.path}.`));
  const removed = changes.filter((c) => c.change === 'removed' && !kept(c.path) && !underSet(c.path));
  removed.sort((x, y) => y.path.localeCompare(x.path, 'en', { numeric: true }));
  for (const c of removed) {
    const path = keyPath(c.path);
    doc.deleteIn(path);
    // A mapping or list left empty by the removal goes too, unless the new version keeps it.
    for (let p = path.slice(0, -1); p.length && !kept(p.join('.')); p = p.slice(0, -1)) {
      const parent = doc.getIn(p, true) as Node | undefined;
      if (!(isMap(parent) || isSeq(parent)) || parent.items.length) break;
      doc.deleteIn(p);
    }
  }
}
