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
      for (const f of type.fields) {
        if (f.optional && !includeOptional(f, o)) continue;
        out[f.key] = sampleValue(catalog, f.type, o, f.example);
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

/** Flow style for texts and short scalar lists, comments with clause numbers before clause keys. */
function dress(doc: Document, catalog: Catalog, fieldsByKey: Map<string, Field[]>): void {
  visit(doc, {
    Map(_, node) {
      if (isTextMap(node)) node.flow = true;
    },
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((i) => isScalar(i) && typeof i.value !== 'object' && String(i.value).length < 24)) node.flow = true;
    },
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const fields = fieldsByKey.get(String(pair.key.value));
      const f = fields?.find((x) => x.clause !== undefined || x.section !== undefined);
      if (!f) return;
      const clause = f.clause !== undefined ? catalog.clauses.find((c) => c.number === f.clause) : undefined;
      const section = f.section !== undefined ? catalog.sections.find((s) => s.number === f.section) : undefined;
      const label = clause
        ? ` ${clause.number}. ${clause.title.kk} / ${clause.title.ru}`
        : section
          ? ` ${section.number}. ${section.title.kk} / ${section.title.ru}`
          : undefined;
      if (label) (pair.key as { commentBefore?: string }).commentBefore = label;
    },
  });
}

function indexFields(type: ValueType, catalog: Catalog, out = new Map<string, Field[]>(), seen = new Set<ValueType>()): Map<string, Field[]> {
  if (seen.has(type)) return out;
  seen.add(type);
  if (type.kind === 'object') {
    for (const f of type.fields) {
      out.set(f.key, [...(out.get(f.key) ?? []), f]);
      indexFields(f.type, catalog, out, seen);
    }
  } else if (type.kind === 'list') indexFields(type.item, catalog, out, seen);
  else if (type.kind === 'ref') indexFields(catalog.types[type.name], catalog, out, seen);
  return out;
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
  dress(doc, catalog, indexFields(catalog.root, catalog));
  if (isMap(doc.contents)) {
    const langs = o.languages.join(', ');
    doc.commentBefore = ` ${catalog.title.kk} / ${catalog.title.ru} (${catalog.edition}); ${langs}`;
  }
  return stringify(doc);
}

/** YAML lines for one key and its sample value, unindented, without a trailing newline. */
export function fieldYaml(catalog: Catalog, field: Field, o: SkeletonOptions): string {
  const doc = new Document({ [field.key]: sampleValue(catalog, field.type, { optionalClauses: true, ...o }, field.example) });
  dress(doc, catalog, new Map());
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
