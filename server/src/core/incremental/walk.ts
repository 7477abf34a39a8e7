/** Walking the nodes of a `yaml` tree (pairs included) and moving their ranges. */
import { isCollection, isNode, isPair, type Node } from 'yaml';

/**
 * Calls `fn` on every node under `item` (a node, a pair, or null); `fn` returning false skips the
 * node's children.
 */
export function eachNode(item: unknown, fn: (node: Node) => boolean | void): void {
  if (isPair(item)) {
    eachNode(item.key, fn);
    eachNode(item.value, fn);
    return;
  }
  if (!isNode(item)) return;
  if (fn(item) === false) return;
  if (isCollection(item)) for (const child of item.items) eachNode(child, fn);
}

/** Adds `by` to every range under `item`. */
export function moveAll(item: unknown, by: number): void {
  eachNode(item, (n) => {
    if (n.range) n.range = [n.range[0] + by, n.range[1] + by, n.range[2] + by];
  });
}

/**
 * After `from` in the old text, every offset moves by `by`: the nodes after a block, and the ends of
 * the collections holding it. Subtrees ending before `before` are not entered. A plain recursion
 * (no callback, ranges changed in place): it visits every node after the block.
 */
export function shiftAfter(item: unknown, from: number, by: number, before: number): void {
  if (by === 0 || item === null || item === undefined) return;
  if (isPair(item)) {
    shiftAfter(item.key, from, by, before);
    shiftAfter(item.value, from, by, before);
    return;
  }
  if (!isNode(item)) return;
  const r = item.range;
  if (r) {
    if (r[2] < before) return;
    if (r[0] >= from) r[0] += by;
    if (r[1] >= from) r[1] += by;
    if (r[2] >= from) r[2] += by;
  }
  if (isCollection(item)) {
    const items = item.items as unknown[];
    for (let i = 0; i < items.length; i++) shiftAfter(items[i], from, by, before);
  }
}
