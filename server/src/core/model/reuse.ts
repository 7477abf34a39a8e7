/**
 * Building the model of a patched Document from the previous version's build: a collection whose
 * node is the previous version's, untouched by the patch (no item replaced inside it), walked with
 * the same path, type, field, clause, depth and key, gives what it gave then with every offset moved
 * by as much as the node moved. Its slices of the previous logs (`trace.ts`) are written again, in
 * order, instead of walking it; findings go through `push` again, so that repeats are dropped as a
 * fresh walk drops them.
 */
import type { Document } from 'yaml';
import type { Catalog } from '../catalog/types';
import type { Lang } from '../types';
import { push, type Walk } from './context';
import type { Finding } from './findings';
import type { Entry, Model } from './model';
import { traceOf, type Segment, type Trace, type WalkInputs } from './trace';

/** The model of the version before a patch, and the collections the patch changed (with their ancestors). */
export interface Previous {
  model: Model;
  touched: ReadonlySet<object>;
}

/** Subtrees taken from a previous build (for tests and the bench). */
export const reuseStats = { segments: 0 };

const built = new WeakMap<Document, Model>();

/** Records the model last built from `doc`: only that one matches the Document as it is. */
export function markBuilt(doc: Document, model: Model): void {
  built.set(doc, model);
}

/** The previous build's log, when this build may take from it: same Document, catalog, edition and languages. */
export function usable(doc: Document, prev: Previous | undefined, catalog: Catalog, edition: string | undefined, langs: Lang[], unknown: boolean): Trace | undefined {
  if (!prev || built.get(doc) !== prev.model) return undefined;
  const m = prev.model;
  if (m.catalog !== catalog || m.edition !== edition || m.languagesUnknown !== unknown) return undefined;
  if (m.languages.length !== langs.length || m.languages.some((l, i) => l !== langs[i])) return undefined;
  return traceOf(m);
}

/** Writes what the previous walk of the same subtree wrote, when it is the same; false when it must be walked. */
export function reuse(w: Walk, i: WalkInputs): boolean {
  const prev = w.prev!;
  const seg = prev.trace.byNode.get(i.node);
  if (!seg || prev.touched.has(i.node)) return false;
  if (seg.path !== i.path || seg.type !== i.type || seg.field !== i.field || seg.clause !== i.clause || seg.depth !== i.depth || seg.key !== i.key) return false;
  const r = i.node.range!;
  const by = r[0] - seg.start;
  if (r[1] - seg.end !== by) return false;
  if (seg.keyStart !== -1 && i.key!.range![0] - seg.keyStart !== by) return false;
  replay(w, prev.trace, seg, by);
  reuseStats.segments++;
  return true;
}

const moved = (r: [number, number], by: number): [number, number] => [r[0] + by, r[1] + by];

/** A copy of an entry at its new place (with the same keys: `key`, `keyRange`, `value` only when set). */
function movedEntry(e: Entry, by: number): Entry {
  const c: Entry = { path: e.path, field: e.field, type: e.type, node: e.node, range: moved(e.range, by), clause: e.clause };
  if ('key' in e) c.key = e.key;
  if (e.keyRange) c.keyRange = moved(e.keyRange, by);
  if ('value' in e) c.value = e.value;
  return c;
}

function movedFinding(f: Finding, by: number): Finding {
  const c = { ...f, offset: moved(f.offset, by) };
  if ('pairRange' in c) c.pairRange = moved(c.pairRange, by);
  return c;
}

function replay(w: Walk, from: Trace, seg: Segment, by: number): void {
  const t = w.trace!;
  const { model } = w;
  const opsBy = t.ops.length - seg.ops0;
  for (let i = seg.ops0; i < seg.ops1; i++) {
    const op = from.ops[i];
    if (typeof op === 'string') {
      model.entries.delete(op);
      t.ops.push(op);
      continue;
    }
    const e = by === 0 ? op : movedEntry(op, by);
    model.entries.set(e.path, e);
    t.ops.push(e);
  }
  const textsBy = t.texts.length - seg.texts0;
  for (let i = seg.texts0; i < seg.texts1; i++) t.texts.push(from.texts[i]);
  const foundBy = t.found.length - seg.found0;
  for (let i = seg.found0; i < seg.found1; i++) push(w, by === 0 ? from.found[i] : movedFinding(from.found[i], by));
  const typedBy = t.typed.length - seg.typed0;
  for (let i = seg.typed0; i < seg.typed1; i++) {
    const name = from.typedNames[i];
    const at = from.typed[i] + opsBy;
    const list = model.byType.get(name);
    if (list) list.push(t.ops[at] as Entry);
    else model.byType.set(name, [t.ops[at] as Entry]);
    t.typed.push(at);
    t.typedNames.push(name);
  }
  const mapsBy = t.mapPaths.length - seg.maps0;
  for (let i = seg.maps0; i < seg.maps1; i++) {
    model.maps.set(from.mapPaths[i], from.mapNodes[i]);
    t.mapPaths.push(from.mapPaths[i]);
    t.mapNodes.push(from.mapNodes[i]);
  }
  const segBy = t.segments.length - seg.index;
  for (let j = seg.index; j < seg.index + seg.count; j++) {
    const s = from.segments[j];
    const c: Segment = {
      node: s.node,
      path: s.path,
      type: s.type,
      field: s.field,
      clause: s.clause,
      depth: s.depth,
      key: s.key,
      start: s.start + by,
      end: s.end + by,
      keyStart: s.keyStart === -1 ? -1 : s.keyStart + by,
      ops0: s.ops0 + opsBy,
      ops1: s.ops1 + opsBy,
      texts0: s.texts0 + textsBy,
      texts1: s.texts1 + textsBy,
      found0: s.found0 + foundBy,
      found1: s.found1 + foundBy,
      typed0: s.typed0 + typedBy,
      typed1: s.typed1 + typedBy,
      maps0: s.maps0 + mapsBy,
      maps1: s.maps1 + mapsBy,
      index: s.index + segBy,
      count: s.count,
      stamp: s.stamp,
    };
    t.segments.push(c);
    t.byNode.set(c.node, c);
  }
}
