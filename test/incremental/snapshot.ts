/** A plain picture of a `yaml` Document (kinds, ranges, values, comments), to compare two parses. */
import { isAlias, isCollection, isPair, isScalar, isNode, type Document } from 'yaml';

function picture(item: unknown): unknown {
  if (isPair(item)) return { pair: [picture(item.key), picture(item.value)] };
  if (!isNode(item)) return item === null ? null : { other: String(item) };
  const n = item as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { kind: item.constructor.name, range: item.range };
  for (const k of ['comment', 'commentBefore', 'spaceBefore', 'anchor', 'tag', 'flow', 'type', 'source', 'format', 'minFractionDigits']) {
    if (n[k] !== undefined && n[k] !== null && n[k] !== false) out[k] = n[k];
  }
  if (isScalar(item)) out.value = item.value instanceof Date ? item.value.toISOString() : item.value;
  if (isAlias(item)) out.alias = item.source;
  if (isCollection(item)) out.items = item.items.map(picture);
  return out;
}

export function snapshot(doc: Document.Parsed): unknown {
  return {
    range: doc.range,
    comment: doc.comment ?? null,
    commentBefore: doc.commentBefore ?? null,
    errors: doc.errors.map((e) => [e.code, e.pos]),
    warnings: doc.warnings.map((e) => [e.code, e.pos]),
    contents: picture(doc.contents),
  };
}
