/**
 * The findings of a text check kept per subtree of the model. A build of the model takes a subtree
 * the edit left alone from the previous build whole, with the same text entries (`model/reuse.ts`),
 * and its segment keeps the stamp of the walk that wrote it (`model/trace.ts`). The findings of the
 * texts of such a subtree are then those found for it before, moved to where it starts now, when
 * the run's shared key and the late parts its checks read (per language) are the same: one look for
 * the thousands of texts of a section, instead of one per text.
 *
 * A subtree with nothing kept for it (walked anew in this build, on the path to the edit, or in a
 * whole build) is looked into: its inner subtrees may be kept ones, its own texts are checked one by
 * one (through their own kept findings), and what it found is kept for the next version, at every
 * level, so that a first edit already finds the subtrees it leaves alone kept.
 */
import type { Node } from 'yaml';
import type { TextEntry } from '../../model/model';
import type { Segment, Trace } from '../../model/trace';
import type { Fix } from '../../types';
import type { Report } from '../rule';

/** The findings of one subtree's texts, by the walk that wrote it. */
interface KeptBlock {
  stamp: number;
  /** How many texts it holds. */
  count: number;
  shared: number;
  /** The late part of the key for each language of its texts a check read it for. */
  lates: [string, unknown][];
  /** In the order of the texts; offsets relative to the subtree's start. */
  found: { r: Report; t: TextEntry }[];
}

export type Blocks = WeakMap<Node, KeptBlock>;

/** What a block walk needs of a run (`per-text.ts`'s `Run`). */
export interface BlockRun<T> {
  readonly shared: number;
  readonly how: { accepts?(t: TextEntry): boolean; late?(lang: string): unknown };
  /** The late part of the key the last `findings` depended on. */
  readonly lastLate: { value: unknown } | undefined;
  findings(t: T): readonly Report[];
}

/** `r` with every offset moved by `by`. */
export function moved(r: Report, by: number): Report {
  const out: Report = { ...r, offset: [r.offset[0] + by, r.offset[1] + by] };
  if (r.related) out.related = r.related.map((x) => ({ ...x, offset: [x.offset[0] + by, x.offset[1] + by] }));
  if (r.fixes) out.fixes = r.fixes.map((f): Fix => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }));
  return out;
}

interface Walk<T> {
  run: BlockRun<T>;
  blocks: Blocks;
  trace: Trace;
  texts: T[];
  emit: (r: Report, t: T) => void;
}

/** Every accepted text's findings in the order of `texts`, whole kept subtrees at once. */
export function eachInBlocks<T extends TextEntry>(w: Walk<T>): void {
  const lates = new Map<string, unknown>();
  inRange(w, 0, w.texts.length, 0, w.trace.segments.length, w.emit, lates);
}

/**
 * The findings of the texts `[i, end)`, whose outermost segments are those among `[j, stop)`: each
 * kept or found anew, and kept for the next version; the late parts read go to `lates`.
 */
function inRange<T extends TextEntry>(w: Walk<T>, from: number, end: number, j0: number, stop: number, emit: Emit<T>, lates: Map<string, unknown>): void {
  const { texts, trace } = w;
  const segments = trace.segments;
  let i = from;
  for (let j = j0; j < stop; ) {
    const s = segments[j];
    const next = s.index + Math.max(1, s.count);
    if (s.texts1 > s.texts0 && s.texts0 >= i) {
      for (; i < s.texts0; i++) one(w, texts[i], emit, lates);
      block(w, s, next, emit, lates);
      i = s.texts1;
    }
    j = next;
  }
  for (; i < end; i++) one(w, texts[i], emit, lates);
}

type Emit<T> = (r: Report, t: T) => void;

function one<T extends TextEntry>(w: Walk<T>, t: T, emit: Emit<T>, lates: Map<string, unknown>): void {
  const { run } = w;
  if (run.how.accepts && !run.how.accepts(t)) return;
  const reports = run.findings(t);
  if (run.lastLate) lates.set(t.lang, run.lastLate.value);
  for (const r of reports) emit(r, t);
}

/** The findings of segment `s`'s texts (its inner segments end before `next`): those kept for it, or found now and kept. */
function block<T extends TextEntry>(w: Walk<T>, s: Segment, next: number, emit: Emit<T>, lates: Map<string, unknown>): void {
  const { run, blocks } = w;
  const count = s.texts1 - s.texts0;
  const kept = blocks.get(s.node);
  if (kept && kept.stamp === s.stamp && kept.count === count && kept.shared === run.shared && latesHold(run, kept.lates)) {
    for (const [lang, value] of kept.lates) lates.set(lang, value);
    for (const f of kept.found) emit(moved(f.r, s.start), f.t as T);
    return;
  }
  const found: KeptBlock['found'] = [];
  const own = new Map<string, unknown>();
  const collect = (r: Report, t: T) => {
    found.push({ r: moved(r, -s.start), t });
    emit(r, t);
  };
  inRange(w, s.texts0, s.texts1, s.index + 1, next, collect, own);
  for (const [lang, value] of own) lates.set(lang, value);
  blocks.set(s.node, { stamp: s.stamp, count, shared: run.shared, lates: [...own], found });
}

function latesHold(run: BlockRun<unknown>, lates: [string, unknown][]): boolean {
  for (const [lang, value] of lates) if (run.how.late?.(lang) !== value) return false;
  return true;
}
