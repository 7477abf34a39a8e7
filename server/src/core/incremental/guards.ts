/**
 * When the incremental path is not taken: a previous text that was not read cleanly (errors,
 * repairs, conflicts, several documents, anchors), or a block whose text could read differently in
 * the whole document than alone (tabs, lone carriage returns, directives, document markers, conflict
 * markers, the `edition` pair).
 */
import { isAlias, isScalar, isNode, type Pair } from 'yaml';
import type { Parsed } from '../parse/parse';
import type { Block } from './blocks';
import { eachNode } from './walk';

const clean = new WeakMap<Parsed, true>();

/** Lines that start a directive or a document, or end one; a BOM. */
const MARKERS = /^(?:%|---|\.\.\.)|\uFEFF/m;
/** Conflict marker lines (see `parse/conflicts.ts`). */
const CONFLICT = /^(?:<{7}|\|{7}|={7}|>{7})/m;

/** Why a parsed text cannot be the base of an incremental update (`undefined`: it can). */
export function baseRefusal(p: Parsed): string | undefined {
  if (clean.has(p)) return undefined;
  if (p.tooDeep !== undefined || p.conflicts.length || p.loneMarkers?.length || p.repairs?.length) return 'the previous text was not read as written';
  if (p.doc.errors.length || p.doc.warnings.length || p.residual?.length || p.extraDocuments.length) return 'the previous text has syntax errors or warnings';
  if (MARKERS.test(p.source)) return 'the previous text has directives, document markers or a BOM';
  if (/\r(?!\n)/.test(p.source)) return 'the previous text has a lone carriage return';
  let reached = false;
  // An anchor is written with a `&`, an alias with a `*`: a text with neither needs no walk.
  if (p.source.includes('&') || p.source.includes('*')) {
    eachNode(p.doc.contents, (n) => {
      if (isAlias(n) || n.anchor) reached = true;
      return !reached;
    });
  }
  if (reached) return 'the previous text has anchors or aliases';
  clean.set(p, true);
  return undefined;
}

/** A parsed text known to be a clean base (it was patched from one, with a block that passed `blockRefusal`). */
export function markClean(p: Parsed): void {
  clean.set(p, true);
  p.noAliases = true;
}

/** Why a block's old or new text cannot be read alone (`undefined`: it can). */
export function blockRefusal(block: Block, before: string, after: string): string | undefined {
  for (const text of [before, after]) {
    if (text.includes('\t')) return 'tabs';
    if (/\r(?!\n)/.test(text)) return 'a lone carriage return';
    if (MARKERS.test(text)) return 'directives, document markers or a BOM';
    if (CONFLICT.test(text)) return 'conflict markers';
  }
  if (block.path.length === 1 && namesEdition(block.parent.items.slice(block.first, block.last + 1))) return 'the edition line';
  if (block.path.length === 1 && /^edition\s*:/m.test(after)) return 'the edition line';
  return undefined;
}

function namesEdition(items: unknown[]): boolean {
  return items.some((item) => {
    const key = isNode(item) ? undefined : (item as Pair).key;
    return isScalar(key) && key.value === 'edition';
  });
}
