/**
 * The pairs of a block map as blocks of whole lines, for edits that move or add keys.
 *
 * A pair's block starts at the comment lines right above its key (no blank line between, not
 * indented deeper than the key: the heading of that key) and runs to the next pair's block. Its
 * body ends with its last non-blank line; the blank lines after it separate it from the next
 * block. The last pair's body ends with its last value line, or the comment lines after it that
 * are indented deeper than the key; what comes after (comments at the key's column or less, the
 * `...` marker) belongs to what holds the map.
 *
 * Only maps whose keys are implicit scalars (no `? key` / `: value`), each opening its own line
 * at one column, are cut into blocks; for any other map there is no answer.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { commentColumn, isBlankLine, lineStartOf, lineTextEnd, nextLineStart, previousLineStart, tokenBefore, tokensIn, type SourceLines } from './lines';

export interface PairBlock {
  key: string;
  /** Where the key (or the anchor or tag in front of it) starts. */
  keyStart: number;
  /** The start of the block: the line of its heading comments, or of the key. */
  start: number;
  /** The end of the body (before the line ending of its last line). */
  bodyEnd: number;
  /** The key opens its line (false for the first key of a `- key: value` item). */
  ownLine: boolean;
}

export interface MapBlocks {
  items: PairBlock[];
  /** The column of the keys. */
  column: number;
}

const PROPS = new Set(['anchor', 'tag']);

/** The offset just after the last content of a node (not its trailing comment). */
function contentEnd(node: Node | null | undefined, fallback: number): number {
  if (!node?.range) return fallback;
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
    const last = node.items[node.items.length - 1] as Pair | Node;
    if (isMap(node)) {
      const p = last as Pair;
      const k = p.key as Node | null;
      return contentEnd(p.value as Node | null, k?.range ? k.range[1] + 1 : node.range[1]);
    }
    return contentEnd(last as Node, node.range[1]);
  }
  if (isScalar(node) || isAlias(node) || isMap(node) || isSeq(node)) return Math.max(fallback, node.range[1]);
  return fallback;
}

/** Where a key starts (with its anchor or tag) and whether only spaces come before it on its line. */
function keyHead(s: SourceLines, key: Node, first: boolean): { start: number; ownLine: boolean } | undefined {
  const ls = lineStartOf(s, key.range![0]);
  const before = tokensIn(s, ls, key.range![0]);
  let start = key.range![0];
  let ownLine = true;
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i];
    if (PROPS.has(t.type)) start = t.offset;
    else if (first && t.type === 'seq-item-ind' && before.slice(0, i).every((x) => x.type === 'seq-item-ind')) {
      ownLine = false;
      break;
    } else return undefined;
  }
  return { start, ownLine };
}

/** Comment lines right above `lineStart` at `column` or less: where the block of that key starts. */
function headingStart(s: SourceLines, lineStart: number, column: number): number {
  let start = lineStart;
  for (;;) {
    const prev = previousLineStart(s, start);
    if (prev === undefined || prev >= start) return start;
    const c = commentColumn(s, prev);
    if (c === undefined || c > column) return start;
    start = prev;
  }
}

/** The end of the last non-blank line in `[from, to)`, not before `min`. */
function lastTextEnd(s: SourceLines, from: number, to: number, min: number): number {
  let end = min;
  for (let ls = from; ls < to; ls = nextLineStart(s, ls)) {
    if (!isBlankLine(s, ls)) end = Math.max(end, lineTextEnd(s, ls));
  }
  return end;
}

/** The end of the last pair's body: its last value line and the deeper comment lines after it. */
function lastBodyEnd(s: SourceLines, lastContent: number, column: number, limit: number): number {
  let end = lineTextEnd(s, lineStartOf(s, Math.max(0, lastContent - 1)));
  for (let ls = nextLineStart(s, end); ls < limit && ls < s.source.length; ls = nextLineStart(s, ls)) {
    if (isBlankLine(s, ls)) continue;
    const c = commentColumn(s, ls);
    if (c === undefined || c <= column) break;
    end = lineTextEnd(s, ls);
  }
  return Math.min(end, Math.max(limit, 0));
}

/**
 * The blocks of a block map's pairs, or undefined when the map cannot be cut into whole lines
 * (a flow map, explicit `?` keys, a key that is not a scalar or does not open its line).
 * `limit`: the offset the map's last block cannot run past.
 */
export function mapBlocks(s: SourceLines, map: YAMLMap, limit = s.source.length): MapBlocks | undefined {
  if (map.flow || !map.range || map.items.length === 0) return undefined;
  const heads: { key: string; start: number; ownLine: boolean; line: number }[] = [];
  for (const [i, p] of map.items.entries()) {
    const key = p.key as Node | null;
    if (!isScalar(key) || !key.range) return undefined;
    const h = keyHead(s, key, i === 0);
    if (!h || (i > 0 && !h.ownLine)) return undefined;
    heads.push({ key: String(key.value), start: h.start, ownLine: h.ownLine, line: lineStartOf(s, h.start) });
  }
  const column = heads[0].start - heads[0].line;
  if (heads.some((h) => h.start - h.line !== column)) return undefined;
  const starts = heads.map((h) => (h.ownLine ? headingStart(s, h.line, column) : h.start));
  const items = heads.map((h, i): PairBlock => {
    const keyEnd = lineTextEnd(s, h.line);
    const bodyEnd =
      i + 1 < heads.length ? lastTextEnd(s, h.line, starts[i + 1], keyEnd) : lastBodyEnd(s, contentEnd(map.items[i].value as Node | null, (map.items[i].key as Node).range![1] + 1), column, limit);
    return { key: h.key, keyStart: h.start, start: starts[i], bodyEnd, ownLine: h.ownLine };
  });
  return { items, column };
}

const BEFORE_KEY = new Set(['anchor', 'tag', 'comment']);

/** Whether a map (block or flow) has a key written with the explicit `?` indicator, or no key. */
export function hasExplicitKeys(s: SourceLines, map: YAMLMap): boolean {
  return map.items.some((p) => {
    const key = p.key as Node | null;
    return !key?.range || tokenBefore(s, key.range[0], BEFORE_KEY)?.type === 'explicit-key-ind';
  });
}
