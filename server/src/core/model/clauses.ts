/** Where each clause of the model lives in the document, and how far a standard fills them. */
import type { Catalog, Field } from '../catalog/types';
import type { Diagnostic } from '../types';
import type { Model } from './model';

export interface ClauseField {
  path: string;
  field: Field;
}

const cache = new WeakMap<Catalog, Map<number, ClauseField[]>>();

/** Clause number -> the keys that answer it, in catalog order. */
export function clauseFields(catalog: Catalog): Map<number, ClauseField[]> {
  let map = cache.get(catalog);
  if (map) return map;
  map = new Map();
  const visit = (fields: Field[], prefix: string) => {
    for (const f of fields) {
      const path = prefix ? `${prefix}.${f.key}` : f.key;
      if (f.clause !== undefined) map!.set(f.clause, [...(map!.get(f.clause) ?? []), { path, field: f }]);
      else if (f.type.kind === 'object') visit(f.type.fields, path);
    }
  };
  visit(catalog.root.fields, '');
  cache.set(catalog, map);
  return map;
}

export interface ClauseStatus {
  number: number;
  section: number;
  filled: boolean;
  /** Every key of the clause is optional. */
  optional: boolean;
  errors: number;
  warnings: number;
  /** Offset of the clause's first key in the document, when present. */
  offset?: number;
}

export function clauseStatus(model: Model, diagnostics: Diagnostic[]): ClauseStatus[] {
  const catalog = model.catalog;
  if (!catalog) return [];
  const fields = clauseFields(catalog);
  const spans: { clause: number; start: number; end: number }[] = [];
  const out = catalog.clauses.map((c) => {
    const cf = fields.get(c.number) ?? [];
    const present = cf.map((x) => model.get(x.path)).filter((e) => e !== undefined);
    for (const e of present) spans.push({ clause: c.number, start: e!.keyRange?.[0] ?? e!.range[0], end: e!.range[1] });
    const first = present[0];
    return {
      number: c.number,
      section: c.section,
      filled: cf.some((x) => !x.field.optional) ? cf.filter((x) => !x.field.optional).every((x) => model.get(x.path)) : present.length > 0,
      optional: cf.every((x) => x.field.optional),
      errors: 0,
      warnings: 0,
      offset: first ? (first.keyRange?.[0] ?? first.range[0]) : undefined,
    };
  });
  for (const d of diagnostics) {
    const n = d.clause ?? spans.find((s) => d.offset[0] >= s.start && d.offset[0] <= s.end)?.clause;
    const st = n !== undefined ? out.find((s) => s.number === n) : undefined;
    if (!st) continue;
    if (d.severity === 'error') st.errors++;
    else if (d.severity === 'warning') st.warnings++;
  }
  return out;
}
