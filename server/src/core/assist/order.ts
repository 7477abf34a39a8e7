/**
 * "Order clauses as in the model": reorders the keys of the document and of each section to the
 * catalog's order by moving whole blocks of lines, so every value, comment and byte of formatting
 * stays as it was.
 */
import { isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Field } from '../catalog/types';
import type { Analysis } from '../engine';
import type { TextEdit } from '../types';

function lineStart(src: string, offset: number): number {
  return src.lastIndexOf('\n', offset - 1) + 1;
}

/** Offsets of each pair's block: from its leading comment lines to where the next block starts. */
function blocks(src: string, map: YAMLMap, end: number): { key: string; start: number; end: number }[] {
  const starts = map.items.map((p) => {
    const key = p.key as Node;
    let s = lineStart(src, key.range![0]);
    // Take the comment lines right above the key along with it.
    for (;;) {
      const prevEnd = s - 1;
      if (prevEnd <= 0) break;
      const prevStart = lineStart(src, prevEnd);
      const line = src.slice(prevStart, prevEnd);
      if (!/^\s*#/.test(line)) break;
      s = prevStart;
    }
    return { key: isScalar(key) ? String(key.value) : '', start: s };
  });
  return starts.map((b, i) => ({ ...b, end: i + 1 < starts.length ? starts[i + 1].start : end }));
}

function reorder(src: string, map: YAMLMap, fields: Field[], end: number): TextEdit | undefined {
  if (map.flow || map.items.length < 2 || map.items.some((p) => !(p.key as Node)?.range)) return undefined;
  const bs = blocks(src, map, end);
  const rank = (k: string) => {
    const i = fields.findIndex((f) => f.key === k);
    return i < 0 ? fields.length : i;
  };
  const sorted = bs.map((b, i) => ({ ...b, i })).sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i);
  if (sorted.every((b, i) => b.i === i)) return undefined;
  const pieces = sorted.map((b) => {
    const text = src.slice(b.start, b.end);
    return text.endsWith('\n') ? text : `${text}\n`;
  });
  let newText = pieces.join('');
  const original = src.slice(bs[0].start, bs[bs.length - 1].end);
  if (!original.endsWith('\n')) newText = newText.replace(/\n$/, '');
  return { start: bs[0].start, end: bs[bs.length - 1].end, newText };
}

/** The edits that put the top-level keys and each section's clauses in the model's order. */
export function orderClauses(analysis: Analysis): TextEdit[] {
  const { parsed, catalog } = analysis;
  const root = parsed.doc.contents;
  // A file that does not parse, or holds merge conflicts, is left as it is: blocks could not be cut whole.
  if (!catalog || !isMap(root) || parsed.doc.errors.length || parsed.conflicts.length) return [];
  const src = parsed.source;
  const edits: TextEdit[] = [];
  // Sections first (inner edits), then the root; combined into one edit of the root when both change.
  const rootEnd = src.length;
  const inner: { key: string; edit: TextEdit }[] = [];
  for (const f of catalog.root.fields) {
    if (f.type.kind !== 'object') continue;
    const value = root.get(f.key, true) as Node | undefined;
    if (!isMap(value) || !value.range) continue;
    const bs = blocks(src, root, rootEnd);
    const own = bs.find((b) => b.key === f.key);
    const e = reorder(src, value, f.type.fields, own ? own.end : value.range[2]);
    if (e) inner.push({ key: f.key, edit: e });
  }
  const outer = reorder(src, root, catalog.root.fields, rootEnd);
  if (!outer) return inner.map((x) => x.edit);
  // Apply the inner edits to the text, then reorder the root of the result.
  let text = src;
  for (const { edit } of [...inner].sort((a, b) => b.edit.start - a.edit.start)) text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  if (inner.length === 0) return [outer];
  edits.push({ start: 0, end: src.length, newText: reorderText(text, catalog.root.fields) });
  return edits;
}

function reorderText(text: string, fields: Field[]): string {
  // The inner reordering keeps every root key on its lines, so the root can be reordered on the new text.
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) return text;
  const e = reorder(text, root, fields, text.length);
  return e ? text.slice(0, e.start) + e.newText + text.slice(e.end) : text;
}
