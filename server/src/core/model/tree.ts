/**
 * One plain walk over a `yaml` Document's nodes, in the order `yaml`'s `visit` takes them
 * (depth first, a pair's key before its value). `visit` copies and freezes the path at every
 * collection; rules that only need the nodes of one kind take them from here instead.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, type Alias, type Document, type YAMLMap } from 'yaml';

export interface Nodes {
  /** Every mapping, the root first. */
  maps: YAMLMap[];
  /** Every alias (`*name`). */
  aliases: Alias[];
}

export function collectNodes(doc: Document): Nodes {
  const out: Nodes = { maps: [], aliases: [] };
  const stack: unknown[] = [doc.contents];
  // Scalars hold nothing to collect: they are not even put on the stack.
  const add = (x: unknown) => {
    if (x && !isScalar(x)) stack.push(x);
  };
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      add(node.value);
      add(node.key);
    } else if (isCollection(node)) {
      if (isMap(node)) out.maps.push(node);
      for (let i = node.items.length - 1; i >= 0; i--) add(node.items[i]);
    } else if (isAlias(node)) out.aliases.push(node);
  }
  return out;
}
