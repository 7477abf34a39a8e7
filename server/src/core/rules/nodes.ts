/**
 * Every mapping and alias of a parsed document, walked once per analysis for the rules that look at
 * all of them (`duplicate-key`, `syntax`). Each version of a document is a new `Parsed`, even when
 * its Document was patched in place: the walk is kept per `Parsed`, never per Document.
 */
import { collectNodes, type Nodes } from '../model/tree';
import type { Parsed } from '../parse/parse';

const walked = new WeakMap<Parsed, Nodes>();

export function nodesOf(parsed: Parsed): Nodes {
  let nodes = walked.get(parsed);
  if (!nodes) walked.set(parsed, (nodes = collectNodes(parsed.doc)));
  return nodes;
}
