/** The state of one structural walk, shared by its modules. */
import { isAlias, type Document, type Node, type YAMLMap } from 'yaml';
import type { Catalog } from '../catalog/types';
import { aliasTarget } from '../parse/anchors';
import type { Finding } from './findings';
import type { Entry, Model } from './model';
import type { Trace } from './trace';

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
  /** The log of this build, when it may serve the next version's (see `trace.ts`). */
  trace?: Trace;
  /** The previous version's log, and the collections changed since (see `reuse.ts`). */
  prev?: { trace: Trace; touched: ReadonlySet<object> };
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
  w.trace?.found.push(f);
  const x = f as Record<string, unknown>;
  const keys = x.keys as string[] | undefined;
  const key = `${f.kind}|${f.offset[0]}|${f.offset[1]}|${x.lang ?? ''}|${x.key ?? ''}|${x.value ?? ''}|${x.got ?? ''}|${x.problem ?? ''}|${keys ? keys.join(',') : ''}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  w.model.findings.push(f);
}

/** Sets an entry of the model (at its path). */
export function setEntry(w: Walk, e: Entry): void {
  w.model.entries.set(e.path, e);
  w.trace?.ops.push(e);
}

/** Deletes the entry at a path. */
export function deleteEntry(w: Walk, path: string): void {
  w.model.entries.delete(path);
  w.trace?.ops.push(path);
}

/** Adds the entry last set to the entries of a named type. */
export function addTyped(w: Walk, name: string, e: Entry): void {
  const list = w.model.byType.get(name);
  if (list) list.push(e);
  else w.model.byType.set(name, [e]);
  if (w.trace) {
    w.trace.typed.push(w.trace.ops.length - 1);
    w.trace.typedNames.push(name);
  }
}

export function setMap(w: Walk, path: string, node: YAMLMap): void {
  w.model.maps.set(path, node);
  if (w.trace) {
    w.trace.mapPaths.push(path);
    w.trace.mapNodes.push(node);
  }
}

/** The damaged spans inside a node written at `[start, end]`, or right after its last content `valueEnd`. */
const NO_DAMAGE: Damage[] = [];

export function damaged(w: Walk, start: number, valueEnd: number, end: number): Damage[] {
  // Most texts parse whole: no span to look through, nothing allocated.
  if (w.damage.length === 0) return NO_DAMAGE;
  return w.damage.filter((d) => (d.span[0] <= end && start <= d.span[1]) || (d.prev >= start && d.prev <= valueEnd));
}
