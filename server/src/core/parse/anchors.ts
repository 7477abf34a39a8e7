/**
 * Where each alias points, found in one walk over the document. `Alias.resolve` walks the whole
 * document for every call: a text with thousands of aliases (an alias bomb, merge keys on every
 * level) would take quadratic time.
 */
import { isAlias, isNode, visit, type Alias, type Document, type Node } from 'yaml';

const targets = new WeakMap<Document, Map<Alias, Node | undefined>>();

/** The anchors' nodes of a document, by alias: the last node with that anchor before the alias (as `Alias.resolve`). */
function index(doc: Document): Map<Alias, Node | undefined> {
  const latest = new Map<string, Node>();
  const out = new Map<Alias, Node | undefined>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) out.set(node, latest.get(node.source));
      else if (isNode(node) && node.anchor) latest.set(node.anchor, node);
    },
  });
  return out;
}

/** The node `alias` points to in `doc`, or undefined when no anchor before it has its name. */
export function aliasTarget(doc: Document, alias: Alias): Node | undefined {
  let known = targets.get(doc);
  if (!known?.has(alias)) {
    known = index(doc);
    targets.set(doc, known);
  }
  // An alias added to the document since it was walked (an edit in place): asked the slow way.
  return known.has(alias) ? known.get(alias) : (alias.resolve(doc) as Node | undefined);
}
