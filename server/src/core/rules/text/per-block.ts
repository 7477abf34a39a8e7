/**
 * The findings of a text check kept per subtree of the model. A build of the model takes a subtree
 * the edit left alone from the previous build whole, with the same text entries (`model/reuse.ts`),
 * and its segment keeps the stamp of the walk that wrote it (`model/trace.ts`). The findings of the
 * texts of such a subtree are then those found for it before, moved to where it starts now, when
 * the run's shared key and the late parts its checks read (per language) are the same: one look for
 * the thousands of texts of a section, instead of one per text.
 *
 * A subtree walked anew in this build (on the path to the edit) is looked into: its inner subtrees
 * may be kept ones. A subtree taken from before with nothing kept for it yet has its texts checked
 * one by one (through their own kept findings) and its findings kept for the next version.
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
  const { texts, trace } = w;
  const segments = trace.segments;
  let i = 0;
  for (let j = 0; j < segments.length; ) {
    const s = segments[j];
    if (s.texts0 < i || s.texts1 === s.texts0) {
      j = s.texts1 === s.texts0 ? s.index + s.count : j + 1;
      continue;
    }
    for (; i < s.texts0; i++) one(w, texts[i]);
    if (block(w, s)) {
      i = s.texts1;
      j = s.index + s.count;
    } else j++;
  }
  for (; i < texts.length; i++) one(w, texts[i]);
}

function one<T extends TextEntry>(w: Walk<T>, t: T): void {
  const accepts = w.run.how.accepts;
  if (accepts && !accepts(t)) return;
  for (const r of w.run.findings(t)) w.emit(r, t);
}

/** The findings of segment `s`'s texts, when they are kept or it was taken from before; false when it must be looked into. */
function block<T extends TextEntry>(w: Walk<T>, s: Segment): boolean {
  const { run, blocks } = w;
  const kept = blocks.get(s.node);
  if (kept && kept.stamp === s.stamp && kept.count === s.texts1 - s.texts0 && kept.shared === run.shared && latesHold(run, kept.lates)) {
    for (const f of kept.found) w.emit(moved(f.r, s.start), f.t as T);
    return true;
  }
  if (s.stamp >= w.trace.firstStamp) return false;
  const found: KeptBlock['found'] = [];
  const lates = new Map<string, unknown>();
  const accepts = run.how.accepts;
  for (let i = s.texts0; i < s.texts1; i++) {
    const t = w.texts[i];
    if (accepts && !accepts(t)) continue;
    const reports = run.findings(t);
    const late = run.lastLate;
    if (late) lates.set(t.lang, late.value);
    for (const r of reports) {
      found.push({ r: moved(r, -s.start), t });
      w.emit(r, t);
    }
  }
  blocks.set(s.node, { stamp: s.stamp, count: s.texts1 - s.texts0, shared: run.shared, lates: [...lates], found });
  return true;
}

function latesHold(run: BlockRun<unknown>, lates: [string, unknown][]): boolean {
  for (const [lang, value] of lates) if (run.how.late?.(lang) !== value) return false;
  return true;
}
