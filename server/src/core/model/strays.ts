/**
 * After the walk: findings that only follow from another one. A key written one level off is
 * reported once where it landed, not also as missing (or its mapping as empty) where it belongs.
 */
import type { Catalog, Field, ValueType } from '../catalog/types';
import type { Parsed } from '../parse/parse';
import { blocking, contentBefore } from '../parse/repair';
import type { Damage } from './context';
import type { FindingOf } from './findings';
import type { Model } from './model';
import { lineStartAt } from '../parse/line-start';

const parentOf = (path: string) => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '');

/** Keys a value of this type holds: object fields, or the languages of a text. */
function keysOf(type: ValueType, catalog: Catalog): string[] {
  const t = type.kind === 'ref' ? catalog.types[type.name] : type;
  if (t?.kind === 'object') return t.fields.map((f) => f.key);
  return t?.kind === 'text' || (t?.kind === 'enum' && t.allowText) ? ['kk', 'ru', 'en'] : [];
}

/** Unknown keys, indexed so that each question about them is answered without scanning them all. */
interface Strays {
  /** By key: the mappings it was written in, and every mapping above those. */
  parents: Map<string, Set<string>>;
  above: Map<string, Set<string>>;
  /** By mapping, then key: the offset of the last one written there. */
  last: Map<string, Map<string, number>>;
}

function ancestors(path: string): string[] {
  const out = [path];
  for (let p = path; p !== ''; ) out.push((p = parentOf(p)));
  return out;
}

function indexStrays(strays: FindingOf<'unknown-key'>[]): Strays {
  const ix: Strays = { parents: new Map(), above: new Map(), last: new Map() };
  const add = (m: Map<string, Set<string>>, k: string, v: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const u of strays) {
    const parent = parentOf(u.path);
    if (!ix.parents.get(u.key)?.has(parent)) {
      add(ix.parents, u.key, parent);
      for (const a of ancestors(parent)) add(ix.above, u.key, a);
    }
    const byKey = ix.last.get(parent) ?? ix.last.set(parent, new Map()).get(parent)!;
    byKey.set(u.key, Math.max(byKey.get(u.key) ?? -1, u.offset[0]));
  }
  return ix;
}

/** An unknown `key` in `map`, in a mapping above it (or the root), or in one below it. */
function near(ix: Strays, key: string, map: string): boolean {
  const parents = ix.parents.get(key);
  if (!parents) return false;
  if (parents.has('') || ix.above.get(key)!.has(map)) return true;
  return ancestors(map).some((a) => parents.has(a));
}

/**
 * A key indented one level off lands in the mapping above or below its own: it is reported there
 * as unknown, and is not also "missing" (or its mapping "empty") where it belongs.
 */
export function dropStrays(model: Model, catalog: Catalog, moved: Damage[]): void {
  const strays = model.findings.filter((f) => f.kind === 'unknown-key');
  if (strays.length === 0) return;
  const ix = indexStrays(strays);
  const heads = swallowers(model, catalog, strays);
  const keep = model.findings.filter((f) => {
    if (f.kind === 'missing-required') return !(f.keys.length === 1 && near(ix, f.keys[0], parentOf(f.path)));
    if (f.kind === 'missing-translation') return f.empty || !near(ix, f.lang, f.path);
    if (f.kind === 'wrong-type' && f.got === 'empty') {
      const last = ix.last.get(parentOf(f.path));
      return !last || !keysOf(f.expected, catalog).some((k) => (last.get(k) ?? -1) > f.offset[0]);
    }
    if (f.kind === 'unknown-key') {
      const head = heads.get(parentOf(f.path))?.get(f.key);
      return !(head !== undefined && head < f.offset[0]) && !moved.some((r) => f.offset[0] >= r.span[0] && f.offset[0] <= r.span[1]);
    }
    return true;
  });
  model.findings.splice(0, model.findings.length, ...keep);
}

/** The field named `key` in the mapping at `path` or one above it (where a key written off its level belongs). */
function fieldAbove(model: Model, catalog: Catalog, path: string, key: string): Field | undefined {
  for (let p: string | undefined = path; p !== undefined; p = p === '' ? undefined : parentOf(p)) {
    const t = p === '' ? catalog.root : model.get(p)?.type;
    const o = t?.kind === 'ref' ? catalog.types[t.name] : t;
    const f = o?.kind === 'object' ? o.fields.find((f) => f.key === key) : undefined;
    if (f) return f;
  }
  return undefined;
}

/**
 * Empty unknown `key:` lines that are keys of a level above: by mapping, then by each key such a
 * `key:` holds, the offset of the first of them. An unknown key after it in the same mapping is one
 * of its keys: the `key:` is the one problem.
 */
function swallowers(model: Model, catalog: Catalog, strays: FindingOf<'unknown-key'>[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const head of strays) {
    if (!head.empty) continue;
    const parent = parentOf(head.path);
    const f = fieldAbove(model, catalog, parent, head.key);
    if (!f) continue;
    const byKey = out.get(parent) ?? out.set(parent, new Map()).get(parent)!;
    for (const k of keysOf(f.type, catalog)) byKey.set(k, Math.min(byKey.get(k) ?? Infinity, head.offset[0]));
  }
  return out;
}

/** What the parser could not read: the lines left out, and the errors no repair mended. */
export function damageOf(parsed: Parsed): Damage[] {
  const text = parsed.source;
  const out: Damage[] = (parsed.repairs ?? []).map((r) => ({ span: r.span, key: r.key, prev: r.prev, moved: !!(r.shift || r.dash) }));
  for (const e of blocking(parsed.residual ?? [])) {
    const start = lineStartAt(text, e.pos[0]);
    out.push({ span: [start, Math.max(start, e.pos[1])], prev: contentBefore(text, start) });
  }
  return out;
}

