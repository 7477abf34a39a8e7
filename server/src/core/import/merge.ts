/**
 * The second language of a standard from its other published text: the kk and the ru import of one
 * standard become one file whose every text is `{kk: …, ru: …}`, matched by position. Comments of
 * both (what was not placed) are kept at their keys.
 */
import { Document, isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { getCatalog } from '../catalog';
import { resolveRef } from '../catalog/resolve';
import type { Catalog, ValueType } from '../catalog/types';
import type { Lang } from '../types';

function merge(catalog: Catalog, type: ValueType | undefined, a: unknown, b: unknown, la: Lang[], lb: Lang): unknown {
  const t = resolveRef(catalog, type);
  if (t?.kind === 'text' || (t?.kind === 'enum' && t.allowText && (typeof a === 'object' || typeof b === 'object' || !t.values.some((v) => v.value === a)))) {
    const own: Record<string, unknown> = typeof a === 'object' && a !== null ? { ...(a as object) } : a === undefined ? {} : { [la[0]]: a };
    for (const l of la) own[l] ??= '';
    own[lb] = typeof b === 'object' && b !== null ? ((b as Record<string, unknown>)[lb] ?? '') : (b ?? '');
    return own;
  }
  if (t?.kind === 'list' && (Array.isArray(a) || Array.isArray(b))) {
    const xs = Array.isArray(a) ? a : [];
    const ys = Array.isArray(b) ? b : [];
    return Array.from({ length: Math.max(xs.length, ys.length) }, (_, i) => merge(catalog, t.item, xs[i], ys[i], la, lb));
  }
  if (t?.kind === 'object' && (typeof a === 'object' || typeof b === 'object')) {
    const x = (a ?? {}) as Record<string, unknown>;
    const y = (b ?? {}) as Record<string, unknown>;
    const keys = [...t.fields.map((f) => f.key).filter((k) => k in x || k in y), ...Object.keys(x).filter((k) => !t.fields.some((f) => f.key === k))];
    const fieldType = (k: string) => {
      const ft = t.fields.find((f) => f.key === k)?.type;
      return ft?.kind === 'switch' ? (ft.cases[String(x[ft.on] ?? y[ft.on])] ?? ft.otherwise) : ft;
    };
    return Object.fromEntries(keys.map((k) => [k, merge(catalog, fieldType(k), x[k], y[k], la, lb)]));
  }
  return a ?? b;
}

function keyComments(doc: Document, out: Map<string, string>, prefix = '', node: Node | null = doc.contents as Node | null, depth = 0): void {
  if (!isMap(node) || depth > 2) return;
  for (const p of (node as YAMLMap).items) {
    const key = isScalar(p.key) ? String(p.key.value) : '';
    const path = prefix ? `${prefix}.${key}` : key;
    const c = (p.key as Node | null)?.commentBefore;
    if (c) out.set(path, out.has(path) ? `${out.get(path)}\n${c}` : c);
    keyComments(doc, out, path, p.value as Node | null, depth + 1);
  }
}

export function mergeLanguages(base: Document, added: Document, lang: Lang): { yaml: string } | { error: string } {
  const a = base.toJS() as Record<string, unknown> | null;
  const b = added.toJS() as Record<string, unknown> | null;
  const catalog = getCatalog(String(a?.edition ?? ''));
  if (!a || !b || !catalog) return { error: 'not a standard of a known edition' };
  const la = (a.languages as Lang[] | undefined) ?? [];
  if (la.includes(lang)) return { error: `already holds the ${lang} text` };
  const merged = merge(catalog, catalog.root, a, b, la, lang) as Record<string, unknown>;
  merged.languages = [...la, lang];
  const doc = new Document(merged);
  const comments = new Map<string, string>();
  keyComments(base, comments);
  keyComments(added, comments);
  for (const [path, c] of comments) {
    const keys = path.split('.');
    const parent = keys.length === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
    const pair = isMap(parent) ? (parent as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === keys[keys.length - 1]) : undefined;
    if (pair) (pair.key as Node).commentBefore = c;
    else doc.comment = doc.comment ? `${doc.comment}\n${c}` : c;
  }
  doc.commentBefore = [base.commentBefore, added.commentBefore].filter(Boolean).join('\n') || null;
  return { yaml: doc.toString({ lineWidth: 0 }) };
}
