/**
 * After the walk: findings that only follow from another one. A key written one level off is
 * reported once where it landed, not also as missing (or its mapping as empty) where it belongs.
 */
import type { Catalog, Field, ValueType } from '../catalog/types';
import type { Parsed } from '../parse/parse';
import { blocking, contentBefore } from '../parse/repair';
import { findField } from './build';
import type { Damage } from './context';
import type { FindingOf } from './findings';
import type { Model } from './model';

const parentOf = (path: string) => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '');
const within = (a: string, b: string) => a === b || a === '' || b.startsWith(`${a}.`);

/** Keys a value of this type holds: object fields, or the languages of a text. */
function keysOf(type: ValueType, catalog: Catalog): string[] {
  const t = type.kind === 'ref' ? catalog.types[type.name] : type;
  if (t?.kind === 'object') return t.fields.map((f) => f.key);
  return t?.kind === 'text' || (t?.kind === 'enum' && t.allowText) ? ['kk', 'ru', 'en'] : [];
}

/**
 * A key indented one level off lands in the mapping above or below its own: it is reported there
 * as unknown, and is not also "missing" (or its mapping "empty") where it belongs.
 */
export function dropStrays(model: Model, catalog: Catalog, moved: Damage[]): void {
  const strays = model.findings.filter((f) => f.kind === 'unknown-key');
  if (strays.length === 0) return;
  const near = (key: string, map: string) => strays.some((u) => u.key === key && (within(parentOf(u.path), map) || within(map, parentOf(u.path))));
  const keep = model.findings.filter((f) => {
    if (f.kind === 'missing-required') return !(f.keys.length === 1 && near(f.keys[0], parentOf(f.path)));
    if (f.kind === 'missing-translation') return f.empty || !near(f.lang, f.path);
    if (f.kind === 'wrong-type' && f.got === 'empty') {
      const own = keysOf(f.expected, catalog);
      return !strays.some((u) => u.offset[0] > f.offset[0] && parentOf(u.path) === parentOf(f.path) && own.includes(u.key));
    }
    if (f.kind === 'unknown-key') return !swallowed(model, catalog, strays, f) && !moved.some((r) => f.offset[0] >= r.span[0] && f.offset[0] <= r.span[1]);
    return true;
  });
  model.findings.splice(0, model.findings.length, ...keep);
}

/** The field named `key` in the mapping at `path` or one above it (where a key written off its level belongs). */
function fieldAbove(model: Model, catalog: Catalog, path: string, key: string): Field | undefined {
  for (let p: string | undefined = path; p !== undefined; p = p === '' ? undefined : parentOf(p)) {
    const t = p === '' ? catalog.root : model.get(p)?.type;
    const o = t?.kind === 'ref' ? catalog.types[t.name] : t;
    const f = o?.kind === 'object' ? findField(o.fields, key) : undefined;
    if (f) return f;
  }
  return undefined;
}

/** An unknown key that is one of the keys of an empty unknown `key:` just above it: the `key:` is the one problem. */
function swallowed(model: Model, catalog: Catalog, strays: FindingOf<'unknown-key'>[], u: FindingOf<'unknown-key'>): boolean {
  return strays.some((head) => {
    if (head === u || !head.empty || head.offset[0] >= u.offset[0] || parentOf(head.path) !== parentOf(u.path)) return false;
    const f = fieldAbove(model, catalog, parentOf(head.path), head.key);
    return !!f && keysOf(f.type, catalog).includes(u.key);
  });
}

/** What the parser could not read: the lines left out, and the errors no repair mended. */
export function damageOf(parsed: Parsed): Damage[] {
  const text = parsed.source;
  const out: Damage[] = (parsed.repairs ?? []).map((r) => ({ span: r.span, key: r.key, prev: r.prev, moved: !!(r.shift || r.dash) }));
  for (const e of blocking(parsed.residual ?? [])) {
    const start = text.lastIndexOf('\n', e.pos[0] - 1) + 1;
    out.push({ span: [start, Math.max(start, e.pos[1])], prev: contentBefore(text, start) });
  }
  return out;
}

