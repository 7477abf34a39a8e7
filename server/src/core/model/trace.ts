/**
 * What a build of the model did, kept so that the next version's build can take the parts of an
 * unchanged subtree instead of walking it again (`reuse.ts`). Every change to the model is logged in
 * order (entries set or deleted, maps set, typed entries, findings before they are deduplicated);
 * a segment is the slice of each log one walk of a collection wrote, with what that walk depended on.
 */
import type { Node, YAMLMap } from 'yaml';
import type { Field, ValueType } from '../catalog/types';
import type { Finding } from './findings';
import type { Entry, Model, TextEntry } from './model';

/** One walk of a collection node: its inputs, and where its output lies in the logs. */
export interface Segment extends WalkInputs {
  /** The node's start and end, and its key's start (-1 without one), when it was walked. */
  start: number;
  end: number;
  keyStart: number;
  /** Starts and ends (exclusive) in `Trace.ops`, `Trace.texts`, `Trace.found`, `Trace.typed`, `Trace.mapPaths`. */
  ops0: number;
  ops1: number;
  texts0: number;
  texts1: number;
  found0: number;
  found1: number;
  typed0: number;
  typed1: number;
  maps0: number;
  maps1: number;
  /** Its place in `Trace.segments`, and how many segments from there on lie inside it (itself included). */
  index: number;
  count: number;
  /**
   * The walk that wrote it, told apart from every other walk of any build: a segment taken again
   * from the previous build keeps its stamp, so an equal stamp means the same subtree, unchanged.
   */
  stamp: number;
}

export interface Trace {
  /** Entries set in `Model.entries`, in order; a path alone is an entry deleted. */
  ops: (Entry | string)[];
  /** The model's texts. */
  texts: TextEntry[];
  /** Findings pushed (some then dropped as repeated), in order. */
  found: Finding[];
  /** Entries added to `Model.byType`: their index in `ops`, and the type's name. */
  typed: number[];
  typedNames: string[];
  /** Maps set in `Model.maps`. */
  mapPaths: string[];
  mapNodes: YAMLMap[];
  /** Segments in the order their walks began (a segment's inner ones follow it). */
  segments: Segment[];
  byNode: Map<Node, Segment>;
  /** The first stamp of this build's own walks: a segment with a lower one was taken from an earlier build. */
  firstStamp: number;
}

/** A walk writing fewer entries than this is not kept as a segment: walking it again costs less than keeping it. */
const MIN_ENTRIES = 6;

const traces = new WeakMap<Model, Trace>();

let nextStamp = 0;

export function newTrace(model: Model): Trace {
  const t: Trace = { ops: [], texts: model.texts, found: [], typed: [], typedNames: [], mapPaths: [], mapNodes: [], segments: [], byNode: new Map(), firstStamp: nextStamp };
  traces.set(model, t);
  return t;
}

export function traceOf(model: Model): Trace | undefined {
  return traces.get(model);
}

/** The inputs of a walk that decide its output. */
export interface WalkInputs {
  node: Node;
  path: string;
  type: ValueType;
  field: Field | undefined;
  clause: number | undefined;
  depth: number;
  /** The key of the pair the node is the value of. */
  key: Node | undefined;
}

/** Opens the segment of a walk of `node`, giving its index; -1 when the node is already being walked (the same node again: a switch, a single item). */
export function openSegment(t: Trace, i: WalkInputs): number {
  if (t.byNode.has(i.node)) return -1;
  const r = i.node.range!;
  const seg: Segment = {
    node: i.node,
    path: i.path,
    type: i.type,
    field: i.field,
    clause: i.clause,
    depth: i.depth,
    key: i.key,
    start: r[0],
    end: r[1],
    keyStart: i.key?.range ? i.key.range[0] : -1,
    ops0: t.ops.length,
    ops1: 0,
    texts0: t.texts.length,
    texts1: 0,
    found0: t.found.length,
    found1: 0,
    typed0: t.typed.length,
    typed1: 0,
    maps0: t.mapPaths.length,
    maps1: 0,
    index: t.segments.length,
    count: 0,
    stamp: nextStamp++,
  };
  t.segments.push(seg);
  t.byNode.set(i.node, seg);
  return t.segments.length - 1;
}

export function closeSegment(t: Trace, index: number): void {
  const seg = t.segments[index];
  seg.ops1 = t.ops.length;
  seg.texts1 = t.texts.length;
  seg.found1 = t.found.length;
  seg.typed1 = t.typed.length;
  seg.maps1 = t.mapPaths.length;
  // A small walk with no segment inside it: dropped (it is the last one).
  if (index === t.segments.length - 1 && seg.ops1 - seg.ops0 < MIN_ENTRIES) {
    t.segments.pop();
    t.byNode.delete(seg.node);
    return;
  }
  seg.count = t.segments.length - index;
}
