/**
 * Reading a block alone and putting it in place: the block's new text is parsed by itself (with a
 * sentinel item standing for the next sibling, so that comments between them attach as in the whole
 * text), its ranges are moved to its offset, and the items it replaces are swapped for its items.
 */
import { isAlias, isCollection, isMap, isNode, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { PARSE_OPTIONS } from '../parse/parse';
import { headOf, type Block, type Collection } from './blocks';
import { moveAll } from './walk';

export interface Replacement {
  block: Block;
  /** The block read alone, and the items standing in for the old ones (the sentinel dropped). */
  doc: Document.Parsed;
  items: unknown[];
  /** The sentinel item: where the comments before the next sibling went. */
  sentinel?: unknown;
  offset: number;
}

/** A sentinel item at `column`: a pair or a sequence item. */
function sentinelLine(block: Block): string {
  return `${' '.repeat(block.column)}${isSeq(block.parent) ? '- 0' : '_: 0'}\n`;
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

/** The block's new text read alone, when it reads as items of the same kind at the same column. */
export function readBlock(block: Block, text: string): Replacement | { refused: string } {
  const withSentinel = block.atEnd ? text : text + sentinelLine(block);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(withSentinel, PARSE_OPTIONS);
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (doc.errors.length || doc.warnings.length) return { refused: 'the block has syntax errors or warnings' };
  const coll = doc.contents;
  const sameKind = isSeq(block.parent) ? isSeq(coll) : isMap(coll);
  if (!sameKind || !isCollection(coll) || coll.flow || doc.commentBefore) return { refused: 'the block reads as another kind of node' };
  if (coll.commentBefore || coll.anchor || coll.tag) return { refused: 'the block starts with a comment, anchor or tag' };
  if (reaches(doc)) return { refused: 'anchors or aliases' };
  const items = [...coll.items];
  const sentinel = block.atEnd ? undefined : items.pop();
  if (items.length === 0) return { refused: 'the block holds no item' };
  if (!startsAt(withSentinel, items[0], block, 0) || (sentinel !== undefined && !startsAt(withSentinel, sentinel, block, text.length, false))) {
    return { refused: 'the block does not start at its column' };
  }
  if (sentinel !== undefined && (doc.comment || coll.comment)) return { refused: 'comments after the sentinel' };
  return { block, doc, items, sentinel, offset: block.start };
}

/** Whether an item read alone opens the line at `line`, at the block's column (after `- `). */
function startsAt(text: string, item: unknown, block: Block, line: number, first = true): boolean {
  const head = headOf(item);
  // An empty first key (` : x`) is placed after the text before it, which the block does not hold.
  if (!head || (first && (head.commentBefore || head.spaceBefore || head.range![1] === head.range![0]))) return false;
  const lead = text.slice(line, head.range![0]);
  const indent = ' '.repeat(block.column);
  return isSeq(block.parent) ? lead.startsWith(indent) && /^- +$/.test(lead.slice(block.column)) : lead === indent;
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
  if (r.sentinel !== undefined) carryLeading(r.sentinel, parent.items[block.last + 1]);
  (parent.items as unknown[]).splice(block.first, block.last - block.first + 1, ...r.items);
  if (!block.atEnd) return;
  const coll = r.doc.contents as Collection;
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
