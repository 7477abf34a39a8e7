/**
 * Reading a block alone and putting it in place: the block's new text is parsed by itself (with a
 * sentinel item standing for the next sibling, so that comments between them attach as in the whole
 * text), its ranges are moved to its offset, and the items it replaces are swapped for its items.
 */
import { isAlias, isCollection, isMap, isNode, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import { parseQuietly } from '../parse/parse';
import { headOf, type Block, type Collection } from './blocks';
import { moveAll } from './walk';

export interface Replacement {
  block: Block;
  /** The block read alone, the collection holding its items there, and its items (sentinel dropped). */
  doc: Document.Parsed;
  holder: Collection;
  items: unknown[];
  /** The sentinel item: where the comments before the next sibling went. */
  sentinel?: unknown;
  offset: number;
}

/** A line opening an item at `column`: a pair or a sequence item, with a value (`0`) or without. */
function itemLine(column: number, seq: boolean, value: boolean): string {
  return `${' '.repeat(column)}${seq ? '-' : '_:'}${value ? ' 0' : ''}\n`;
}

/** Whether the text read alone holds anchors, aliases or a merge key (which reach other blocks). */
function reaches(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

const sameKind = (node: unknown, like: Collection) => (isSeq(like) ? isSeq(node) : isMap(node)) && isCollection(node) && !node.flow;

/**
 * The block's new text read alone, when it reads as items of the same kind at the same column. The
 * last items of a nested collection are read under a header standing for the item holding them.
 */
export function readBlock(block: Block, text: string): Replacement | { refused: string } {
  const { tail } = block;
  const head = tail ? itemLine(tail.column, isSeq(tail.outer), false) : '';
  const next = block.atEnd ? '' : tail ? itemLine(tail.column, isSeq(tail.outer), true) : itemLine(block.column, isSeq(block.parent), true);
  const whole = head + text + next;
  const doc = parseQuietly(whole);
  if (doc.errors.length || doc.warnings.length) return { refused: 'the block has syntax errors or warnings' };
  if (doc.commentBefore || doc.comment && !block.atEnd) return { refused: 'the block reads as another kind of node' };
  const top = doc.contents;
  let holder: unknown = top;
  let sentinel: unknown;
  let items: unknown[];
  if (tail) {
    if (!sameKind(top, tail.outer) || (top as Collection).items.length !== 2 || (top as Collection).comment) return { refused: 'the block reads as another kind of node' };
    const [fake, after] = (top as Collection).items;
    holder = isNode(fake) ? fake : (fake as Pair).value;
    sentinel = after;
    items = sameKind(holder, block.parent) ? [...(holder as Collection).items] : [];
  } else {
    items = sameKind(top, block.parent) ? [...(top as Collection).items] : [];
    sentinel = block.atEnd ? undefined : items.pop();
  }
  if (!sameKind(holder, block.parent)) return { refused: 'the block reads as another kind of node' };
  const h = holder as Collection;
  if (h.commentBefore || h.anchor || h.tag || (h.comment && !tail && !block.atEnd)) return { refused: 'the block starts with a comment, anchor or tag' };
  if (reaches(doc)) return { refused: 'anchors or aliases' };
  if (items.length === 0) return { refused: 'the block holds no item' };
  const nextColumn = tail ? tail.column : block.column;
  const nextSeq = isSeq(tail ? tail.outer : block.parent);
  if (!startsAt(whole, items[0], block.column, isSeq(block.parent), head.length) || (sentinel !== undefined && !startsAt(whole, sentinel, nextColumn, nextSeq, head.length + text.length, false))) {
    return { refused: 'the block does not start at its column' };
  }
  return { block, doc, holder: h, items, sentinel, offset: block.start - head.length };
}

/** Whether an item read alone opens the line at `line`, at `column` (after `- ` in a sequence). */
function startsAt(text: string, item: unknown, column: number, seq: boolean, line: number, first = true): boolean {
  const head = headOf(item);
  // An empty first key (` : x`) is placed after the text before it, which the block does not hold.
  if (!head || (first && (head.commentBefore || head.spaceBefore || head.range![1] === head.range![0]))) return false;
  const lead = text.slice(line, head.range![0]);
  const indent = ' '.repeat(column);
  return seq ? lead.startsWith(indent) && /^- +$/.test(lead.slice(column)) : lead === indent;
}

/** Comments before an item: on a pair's key, or on a sequence item. */
function carryLeading(from: unknown, to: unknown): void {
  const a = headOf(from) as Node;
  const b = headOf(to) as Node;
  b.commentBefore = a.commentBefore;
  b.spaceBefore = a.spaceBefore;
  if (b.commentBefore === undefined) delete b.commentBefore;
  if (b.spaceBefore === undefined) delete b.spaceBefore;
}

/** Swaps the old items for the block's, after the rest of the document has been shifted. */
export function putInPlace(target: Document.Parsed, r: Replacement): void {
  const { block } = r;
  const parent: Collection = block.parent;
  for (const item of r.items) moveAll(item, r.offset);
  carryLeading(parent.items[block.first], r.items[0]);
  if (r.sentinel !== undefined) carryLeading(r.sentinel, block.tail ? block.tail.outer.items[block.tail.index + 1] : parent.items[block.last + 1]);
  (parent.items as unknown[]).splice(block.first, block.last - block.first + 1, ...r.items);
  if (block.tail) {
    // The holder's end and trailing comments are those of the collection read alone.
    parent.range = [parent.range![0], r.holder.range![1] + r.offset, r.holder.range![2] + r.offset];
    setComment(parent, r.holder.comment);
  }
  if (!block.atEnd) return;
  const coll = r.holder;
  const root = target.contents as Collection;
  root.range = [root.range![0], coll.range![1] + r.offset, coll.range![2] + r.offset];
  setComment(root, coll.comment);
  target.range = [target.range[0], r.doc.range[1] + r.offset, r.doc.range[2] + r.offset];
  target.comment = r.doc.comment;
}

function setComment(node: Node, comment: string | null | undefined): void {
  if (comment === undefined || comment === null) delete node.comment;
  else node.comment = comment;
}
