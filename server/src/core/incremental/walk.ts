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
 * the collections holding it. Subtrees ending before `before` are not entered.
 */
export function shiftAfter(item: unknown, from: number, by: number, before: number): void {
  if (by === 0) return;
  eachNode(item, (n) => {
    const r = n.range;
    if (!r) return true;
    if (r[2] < before) return false;
    n.range = [r[0] >= from ? r[0] + by : r[0], r[1] >= from ? r[1] + by : r[1], r[2] >= from ? r[2] + by : r[2]];
    return true;
  });
}
