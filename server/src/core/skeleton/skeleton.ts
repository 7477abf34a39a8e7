/**
 * Skeleton YAML generated from the catalog: the `new` command, "insert missing clause" fixes,
 * completion snippets. Text values are left empty (`{kk: "", ru: ""}`) for the writer to fill in;
 * typed values take the catalog's example.
 */
import { Document, isMap, isPair, isScalar, visit, type YAMLMap } from 'yaml';
import type { Catalog, Field, ValueType } from '../catalog/types';
import { LANGS, type Lang } from '../types';

export interface SkeletonOptions {
  languages: Lang[];
  /** Include optional keys that belong to a clause (7.1 a-c, 7.4, cl. 11 privileges, cl. 26). */
  optionalClauses?: boolean;
  /** Fill texts with the catalog's examples instead of empty strings. */
  examples?: boolean;
}

function emptyText(langs: Lang[]): unknown {
  if (langs.length === 1) return '';
  return Object.fromEntries(langs.map((l) => [l, '']));
}

function pickText(example: unknown, langs: Lang[]): unknown {
  if (example && typeof example === 'object' && !Array.isArray(example)) {
    const ex = example as Partial<Record<Lang, string>>;
    if (langs.length === 1) return ex[langs[0]] ?? '';
    return Object.fromEntries(langs.map((l) => [l, ex[l] ?? '']));
  }
  return emptyText(langs);
}

function includeOptional(field: Field, o: SkeletonOptions): boolean {
  return !!o.optionalClauses && (field.ref !== undefined || field.clause !== undefined || ['address', 'phone', 'email'].includes(field.key));
}

/** A value for a type, from the field's example where it has one. */
export function sampleValue(catalog: Catalog, type: ValueType, o: SkeletonOptions, example?: unknown): unknown {
  switch (type.kind) {
    case 'text':
      return o.examples ? pickText(example, o.languages) : emptyText(o.languages);
    case 'ref':
      return sampleValue(catalog, catalog.types[type.name], o, example);
    case 'object': {
      const out: Record<string, unknown> = {};
      const given = example && typeof example === 'object' && !Array.isArray(example) ? (example as Record<string, unknown>) : undefined;
      for (const f of type.fields) {
        if (given && f.key in given) out[f.key] = given[f.key];
        else if (f.optional && !includeOptional(f, o)) continue;
        else out[f.key] = sampleValue(catalog, f.type, o, f.example);
      }
      if (type.oneOf && !type.oneOf.some((k) => k in out)) {
        const f = type.fields.find((x) => x.key === type.oneOf![type.oneOf!.length - 1])!;
        out[f.key] = sampleValue(catalog, f.type, o, f.example);
      }
      return out;
    }
    case 'list': {
      if (Array.isArray(example)) return example;
      if (example !== undefined && type.single) return [example];
      if (!type.minItems) return [];
      return [sampleValue(catalog, type.item, o, example)];
    }
    case 'switch':
      return example ?? sampleValue(catalog, type.otherwise, o);
    case 'enum':
      return example ?? type.values[0].value;
    default:
      return example ?? '';
  }
}

function isTextMap(node: YAMLMap): boolean {
  return node.items.length > 0 && node.items.every((p) => isScalar(p.key) && (LANGS as readonly string[]).includes(String(p.key.value)));
}

/** Flow style for texts and short scalar lists. */
function flowStyle(doc: Document): void {
  visit(doc, {
    Map(_, node) {
      if (isTextMap(node)) node.flow = true;
    },
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((i) => isScalar(i) && typeof i.value !== 'object' && String(i.value).length < 24)) node.flow = true;
    },
  });
}

/** A comment with the clause (or section) number and title before each clause key. */
function labelClauses(map: unknown, fields: Field[], catalog: Catalog): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const f = fields.find((x) => x.key === String((pair.key as { value: unknown }).value));
    if (!f) continue;
    const clause = f.clause !== undefined ? catalog.clauses.find((c) => c.number === f.clause) : undefined;
    const section = f.section !== undefined ? catalog.sections.find((s) => s.number === f.section) : undefined;
    const label = clause ?? section;
    if (label) (pair.key as { commentBefore?: string }).commentBefore = ` ${label.number}. ${label.title.kk} / ${label.title.ru}`;
    if (f.section !== undefined && f.type.kind === 'object') labelClauses(pair.value, f.type.fields, catalog);
  }
}

function stringify(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

/** A whole standard with every clause. */
export function skeleton(catalog: Catalog, o: SkeletonOptions): string {
  const value = sampleValue(catalog, catalog.root, { optionalClauses: true, ...o }) as Record<string, unknown>;
  value.edition = catalog.edition;
  value.languages = o.languages;
  const doc = new Document(value);
  flowStyle(doc);
  labelClauses(doc.contents, catalog.root.fields, catalog);
  if (isMap(doc.contents)) {
    const langs = o.languages.join(', ');
    doc.commentBefore = ` ${catalog.title.kk} / ${catalog.title.ru} (${catalog.edition}); ${langs}`;
  }
  return stringify(doc);
}

/** YAML lines for one key and its sample value, unindented, without a trailing newline. */
export function fieldYaml(catalog: Catalog, field: Field, o: SkeletonOptions): string {
  const doc = new Document({ [field.key]: sampleValue(catalog, field.type, { optionalClauses: true, ...o }, field.example) });
  flowStyle(doc);
  labelClauses(doc.contents, [field], catalog);
  return stringify(doc).replace(/\n$/, '');
}

/** The same in flow style, for inserting into `{ ... }`. */
export function fieldFlow(catalog: Catalog, field: Field, o: SkeletonOptions): string {
  const doc = new Document({ [field.key]: sampleValue(catalog, field.type, o, field.example) });
  visit(doc, {
    Map(_, node) {
      node.flow = true;
    },
    Seq(_, node) {
      node.flow = true;
    },
  });
  return stringify(doc).replace(/^\{\s*|\s*\}\s*$/g, '');
}
