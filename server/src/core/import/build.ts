/** The imported values as a `*.standard.yaml` document in the catalog's order, with what was not placed as comments. */
import { Document, isMap, type Node, type YAMLMap } from 'yaml';
import type { Catalog, Field, ValueType } from '../catalog/types';
import { resolveRef } from '../catalog/resolve';
import { clauseFields } from '../model/clauses';
import type { Lang } from '../types';

const COMMENT: Record<Lang, string> = { kk: 'орналастырылмаған', ru: 'не размещено', en: 'not placed' };

function put(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = root;
  keys.slice(0, -1).forEach((k, i) => {
    if (typeof at[k] !== 'object' || at[k] === null) at[k] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    at = at[k] as Record<string, unknown>;
  });
  at[keys[keys.length - 1]] = value;
}

/** A mapping's keys in the catalog's order (unknown keys last), lists without holes. */
function ordered(value: unknown, type: ValueType | undefined, catalog: Catalog): unknown {
  const t = resolveRef(catalog, type);
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map((v) => ordered(v, t?.kind === 'list' ? t.item : undefined, catalog));
  if (typeof value !== 'object' || value === null) return value;
  const fields: Field[] = t?.kind === 'object' ? t.fields : [];
  const obj = value as Record<string, unknown>;
  const keys = [...fields.map((f) => f.key).filter((k) => k in obj), ...Object.keys(obj).filter((k) => !fields.some((f) => f.key === k))];
  return Object.fromEntries(keys.map((k) => [k, ordered(obj[k], fields.find((f) => f.key === k)?.type, catalog)]));
}

const commentLines = (lang: Lang, texts: string[]) => texts.map((t) => ` ${COMMENT[lang]}: ${t.replace(/\s+/g, ' ')}`).join('\n');

export function buildDocument(
  catalog: Catalog,
  lang: Lang,
  values: Map<string, unknown>,
  unplaced: Map<number | 'head', string[]>,
): Document {
  const root: Record<string, unknown> = { edition: catalog.edition, languages: [lang] };
  for (const [path, v] of values) put(root, path, v);
  const doc = new Document(ordered(root, catalog.root, catalog));
  const head = unplaced.get('head') ?? [];
  if (head.length) doc.commentBefore = commentLines(lang, head);
  for (const [n, texts] of unplaced) {
    if (n === 'head' || !texts.length) continue;
    const path = clauseFields(catalog).get(n)?.[0]?.path ?? '';
    const keys = path.split('.');
    let node: Node | undefined;
    // The clause's own key, else the nearest section present, else the document.
    for (let i = keys.length; i > 0 && !node; i--) {
      const parent = i === 1 ? doc.contents : (doc.getIn(keys.slice(0, i - 1), true) as Node | undefined);
      if (isMap(parent)) node = (parent as YAMLMap).items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === keys[i - 1])?.key as Node | undefined;
    }
    const text = commentLines(lang, texts.map((t) => `[${n}] ${t}`));
    if (node) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
    else doc.comment = doc.comment ? `${doc.comment}\n${text}` : text;
  }
  return doc;
}
