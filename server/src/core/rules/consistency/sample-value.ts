/**
 * `sample-value`: a contact value that a skeleton, snippet or "add clause" inserted and nobody
 * replaced: the catalog's own example phone, email or link, or an address under `example.`
 * (a name reserved for examples), so a standard is never published with sample contacts.
 */
import { isScalar, type Scalar } from 'yaml';
import type { Catalog, Field, ValueType } from '../../catalog/types';
import type { Rule } from '../rule';

const KINDS = new Set<ValueType['kind']>(['email', 'phone', 'url']);
/** The entries looked at: those of the kinds above, and lists (a single value written for a list of them). */
const LOOKED_AT: ValueType['kind'][] = [...KINDS, 'list'];
const cache = new WeakMap<Catalog, Set<string>>();

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The catalog's example values of every email, phone and link key. */
function samples(catalog: Catalog): Set<string> {
  let out = cache.get(catalog);
  if (out) return out;
  out = new Set();
  const seen = new Set<ValueType>();
  const visit = (t: ValueType | undefined, f?: Field) => {
    if (!t || seen.has(t)) return;
    seen.add(t);
    const kind = t.kind === 'list' ? t.item.kind : t.kind;
    if (KINDS.has(kind) && typeof f?.example === 'string') out!.add(norm(f.example));
    if (t.kind === 'object') for (const x of t.fields) visit(x.type, x);
    else if (t.kind === 'list') visit(t.item, f);
    else if (t.kind === 'ref') visit(catalog.types[t.name], f);
  };
  visit(catalog.root);
  Object.values(catalog.types).forEach((t) => visit(t));
  cache.set(catalog, out);
  return out;
}

/** A host under `example.` (reserved for examples by RFC 2606), in an email or a link. */
function exampleHost(raw: string): boolean {
  const host = raw.includes('@') && !raw.includes('/') ? raw.split('@').pop()! : raw.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0];
  return /(^|\.)example(\.|$)/i.test(host);
}

/** Whether a scalar is a sample, per scalar: the same node holds the same value in the next version. */
const seen = new WeakMap<Scalar, { own: Set<string>; kind: string; sample: boolean }>();

/** `keep`: whether to remember it for the next version. */
function isSample(node: Scalar, kind: string, own: Set<string>, keep: boolean): boolean {
  const was = keep ? seen.get(node) : undefined;
  if (was && was.own === own && was.kind === kind) return was.sample;
  const raw = String(node.value);
  const sample = own.has(norm(raw)) || (kind !== 'phone' && exampleHost(raw));
  if (keep) seen.set(node, { own, kind, sample });
  return sample;
}

export const rule: Rule = {
  code: 'sample-value',
  defaultSeverity: 'warning',
  title: { kk: 'Үлгі мән ауыстырылмаған', ru: 'Образец не заменён', en: 'Sample value not replaced' },
  summary: {
    kk: 'Қаңқа немесе үлгі қойған байланыс мәні (`example.` мекенжайы, үлгі телефон) әлі ауыстырылмаған',
    ru: 'Контакт из заготовки или образца (адрес в `example.`, образец телефона) ещё не заменён',
    en: 'a contact value a skeleton or snippet inserted (an `example.` address, the sample phone) is still there',
  },
  group: 'consistency',
  clauses: 'any',
  check(ctx) {
    if (!ctx.catalog) return;
    const own = samples(ctx.catalog);
    for (const e of LOOKED_AT.flatMap((k) => ctx.model.ofKind(k))) {
      const kind = e.type.kind === 'list' ? e.type.item.kind : e.type.kind;
      if (!KINDS.has(kind) || !isScalar(e.node) || e.node.value === null) continue;
      if (!isSample(e.node, kind, own, !ctx.oneShot)) continue;
      const raw = String(e.node.value);
      ctx.report({
        offset: e.range,
        clause: e.clause,
        message: {
          kk: `\`${raw}\` — үлгі мән: шын мәнмен ауыстырыңыз.`,
          ru: `\`${raw}\` — образец: замените настоящим значением.`,
          en: `\`${raw}\` is a sample value: replace it with the real one.`,
        },
      });
    }
  },
};
