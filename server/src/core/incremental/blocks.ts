/**
 * Finding the block to read again: the smallest run of sibling items (pairs of a block map, or
 * items of a block sequence) whose lines cover the changed span.
 */
import { isMap, isNode, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from './diff';
import { lineStartAt } from '../parse/line-start';

export type Collection = YAMLMap | YAMLSeq;

export interface Block {
  /** The collection whose items `first`..`last` are read again. */
  parent: Collection;
  /** The collections from the root down to `parent` (itself included). */
  path: Collection[];
  first: number;
  last: number;
  /** Column of the items (of the key, or of the `-`). */
  column: number;
  /** Start of the first item's line, and start of the line of the item after `last` (or the text's end). */
  start: number;
  end: number;
  /** Whether `last` is the last item of the root collection (the block runs to the end of the text). */
  atEnd: boolean;
  /** When `last` is the last item of a nested collection: the item of the collection around it that holds it. */
  tail?: Tail;
}

/** The item holding a nested collection, and the column and kind of its siblings. */
export interface Tail {
  outer: Collection;
  index: number;
  column: number;
  end: number;
}

/** The node a sibling item starts with: a pair's key, or a sequence item. */
export function headOf(item: unknown): Node | undefined {
  const node = isNode(item) ? item : (item as Pair | undefined)?.key;
  return isNode(node) && node.range ? node : undefined;
}

/** Where an item's line starts, when the item opens its line (indentation, and `- ` for a sequence). */
function itemLine(source: string, parent: Collection, index: number): { line: number; column: number } | undefined {
  const head = headOf(parent.items[index]);
  if (!head || head.range![1] === head.range![0]) return undefined;
  const at = head.range![0];
  const line = lineStartAt(source, at);
  const lead = source.slice(line, at);
  const m = isSeq(parent) ? /^( *)- +$/.exec(lead) : /^( *)$/.exec(lead);
  return m ? { line, column: m[1].length } : undefined;
}

function isBlockCollection(node: unknown): node is Collection {
  return (isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0;
}

/** The index of the last item whose line starts at or before `offset` (-1 when none). */
function itemAt(source: string, parent: Collection, offset: number): number {
  let lo = 0;
  let hi = parent.items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const head = headOf(parent.items[mid]);
    if (!head) return -2;
    const line = lineStartAt(source, head.range![0]);
    if (line <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The run of items of `parent` covering the span, if their lines are clear. */
function runIn(source: string, parent: Collection, path: Collection[], span: Span, root: boolean, tail?: Tail): Block | undefined {
  const first = itemAt(source, parent, span.start);
  const last = itemAt(source, parent, Math.max(span.start, span.oldEnd - 1));
  if (first < 0 || last < first) return undefined;
  const lastItem = last === parent.items.length - 1;
  if (lastItem && !root && !tail) return undefined;
  const atEnd = lastItem && root;
  const open = itemLine(source, parent, first);
  const next = lastItem ? undefined : itemLine(source, parent, last + 1);
  if (!open || (!lastItem && (!next || next.column !== open.column))) return undefined;
  if (lastItem && tail && open.column < tail.column) return undefined;
  const end = next ? next.line : lastItem && tail ? tail.end : source.length;
  if (span.oldEnd > end) return undefined;
  const block: Block = { parent, path: [...path, parent], first, last, column: open.column, start: open.line, end, atEnd };
  if (lastItem && tail) block.tail = tail;
  return block;
}

/** The value holding an item's nested items: a pair's value, or a sequence item itself. */
function nested(item: unknown): unknown {
  return isNode(item) ? item : (item as Pair).value;
}

/** The smallest block covering the span, or `undefined` when there is none with clear bounds. */
export function findBlock(doc: Document.Parsed, source: string, span: Span): Block | undefined {
  const root = doc.contents;
  if (!isBlockCollection(root)) return undefined;
  let block = runIn(source, root, [], span, true);
  while (block && block.first === block.last) {
    const inner = nested(block.parent.items[block.first]);
    if (!isBlockCollection(inner)) break;
    // Its last item is read with the item after the holder as the sentinel (not twice over).
    const tail = block.atEnd || block.tail ? undefined : { outer: block.parent, index: block.first, column: block.column, end: block.end };
    const deeper = runIn(source, inner, block.path, span, false, tail);
    if (!deeper) break;
    block = deeper;
  }
  return block;
}
