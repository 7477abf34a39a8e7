/**
 * One plain walk over a `yaml` Document's nodes, in the order `yaml`'s `visit` takes them
 * (depth first, a pair's key before its value). `visit` copies and freezes the path at every
 * collection; rules that only need the nodes of one kind take them from here instead.
 */
import { isAlias, isCollection, isMap, isPair, type Alias, type Document, type YAMLMap } from 'yaml';

export interface Nodes {
  /** Every mapping, the root first. */
  maps: YAMLMap[];
  /** Every alias (`*name`). */
  aliases: Alias[];
}

export function collectNodes(doc: Document): Nodes {
  const out: Nodes = { maps: [], aliases: [] };
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isCollection(node)) {
      if (isMap(node)) out.maps.push(node);
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else if (isAlias(node)) out.aliases.push(node);
  }
  return out;
}
