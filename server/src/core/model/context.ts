/** The state of one structural walk, shared by its modules. */
import { isAlias, type Document, type Node } from 'yaml';
import type { Catalog } from '../catalog/types';
import { aliasTarget } from '../parse/anchors';
import type { Finding } from './findings';
import type { Model } from './model';

/** Aliases followed in one document before the walk stops following them (alias bombs). */
const MAX_ALIASES = 200;

/** Lines the parser could not read and that were left out (see `parse/repair.ts`). */
export interface Damage {
  span: [number, number];
  /** End of the last thing written before the span: the node it ends may have lost keys to it. */
  prev: number;
  /** The key written on the span's first line, when one was. */
  key?: string;
  /** The line was read, moved to the column it seems to belong at: its keys are there, their level is a guess. */
  moved?: boolean;
}

export interface Walk {
  doc: Document;
  model: Model;
  catalog: Catalog;
  aliases: number;
  /** Spans the YAML parser could not read (see `parse/repair.ts`): maps around them may have lost keys. */
  damage: Damage[];
  /** Findings already recorded, so a node reached again through an alias is reported once. */
  seen: Set<string>;
}

/** The node an alias points to (null when it points nowhere, or past the alias budget). */
export function resolve(w: Walk, node: Node | null): Node | null {
  let n = node;
  let hops = 0;
  while (n && isAlias(n)) {
    if (++w.aliases > MAX_ALIASES || ++hops > 8) return null;
    n = aliasTarget(w.doc, n) ?? null;
  }
  return n;
}

/** An alias that names no anchor: the `syntax` rule reports it, the walk stays silent about it. */
export function isDangling(w: Walk, node: Node | null): boolean {
  return !!node && isAlias(node) && aliasTarget(w.doc, node) === undefined;
}

/** Records a finding once: the same finding at the same place (an anchored node reached again) is dropped. */
export function push(w: Walk, f: Finding): void {
  const x = f as Record<string, unknown>;
  const key = [f.kind, f.offset[0], f.offset[1], x.lang, x.key, x.value, x.got, x.problem, (x.keys as string[] | undefined)?.join(',')].join('|');
  if (w.seen.has(key)) return;
  w.seen.add(key);
  w.model.findings.push(f);
}

/** The damaged spans inside a node written at `[start, end]`, or right after its last content `valueEnd`. */
const NO_DAMAGE: Damage[] = [];

export function damaged(w: Walk, start: number, valueEnd: number, end: number): Damage[] {
  // Most texts parse whole: no span to look through, nothing allocated.
  if (w.damage.length === 0) return NO_DAMAGE;
  return w.damage.filter((d) => (d.span[0] <= end && start <= d.span[1]) || (d.prev >= start && d.prev <= valueEnd));
}
