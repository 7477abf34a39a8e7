/**
 * The findings of a check that looks at one text alone, kept per YAML scalar from one version of a
 * document to the next. An edit patches the previous Document in place (`core/incremental`): a
 * scalar outside the edited block stays the same object, with the same content, only moved by the
 * length delta. Its findings are then those found before, moved to where it starts now: they are
 * kept with every offset relative to the scalar's start (the finding's, its related places' and
 * its fixes' edits).
 *
 * What else the findings depend on is the key: the text's language and clause, and what is the same
 * for every text of one run of the check (the catalog, a dictionary, `words:`), compared part by
 * part (`===`) once per run. A part a check needs for a few texts only (a dictionary loaded on first
 * use) is read late: only for the texts whose check asked for it.
 *
 * A check whose findings depend on the scalar as written alone (its source and style) may keep
 * them by that text too, for a document parsed again whole (a version with a syntax error, the
 * same file opened again): `TextCheck.source`.
 *
 * A run over a model's texts (`Run.each`) also keeps the findings of a whole subtree the model took
 * from the previous build (`per-block.ts`): one look for thousands of texts.
 */
import type { Scalar } from 'yaml';
import type { Model, TextEntry } from '../../model/model';
import type { Report } from '../rule';
import { traceOf } from '../../model/trace';
import { eachInBlocks, moved, type BlockRun, type Blocks } from './per-block';

export type Key = readonly unknown[];

/** What a check is given of a text: its scalar, language and clause (a text entry of the model). */
export interface Text {
  node: Scalar;
  lang: string;
  clause?: number;
}

/** Takes the findings of one text. */
export interface Found {
  /** A finding, its offsets in the file. */
  report(r: Report): void;
  /** The late part of the key: the findings then depend on it. */
  late(): unknown;
}

/** A check of one text `T`; made once per run, not per text. */
export interface TextCheck<T extends Text> {
  check(t: T, found: Found): void;
  /** The texts of a model the check looks at: a choice made from the text and the shared key alone. */
  accepts?(t: TextEntry): boolean;
  /** The late part of the key for texts in `lang`, read only when a check asked for it then. */
  late?(lang: string): unknown;
  /** The document's text, when the findings are also kept by the scalar as written. */
  source?: string;
}

/** Flat, one object per text: read at every version for every text. */
interface Kept {
  /** The scalar's length when it was checked. */
  length: number;
  /** The run's shared key, by number. */
  shared: number;
  lang: string;
  clause: number | undefined;
  /** The late part of the key, when the check asked for it. */
  late: { value: unknown } | undefined;
  /** Offsets relative to the scalar's start. */
  reports: readonly Report[];
}

const NONE: readonly Report[] = [];

function sameKey(a: Key, b: Key): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What was kept holds for `t` in the run with shared key `shared`. */
function fits<T extends Text>(k: Kept | undefined, shared: number, how: TextCheck<T>, t: T): k is Kept {
  return !!k && k.shared === shared && k.lang === t.lang && k.clause === t.clause && (!k.late || k.late.value === how.late?.(t.lang));
}

/** The findings of one check of one text, and whether it read the late part of the key; one per run, used for each text in turn. */
class Collected<T extends Text> implements Found {
  reports: Report[] | undefined;
  read: { value: unknown } | undefined;
  private t: T | undefined;

  constructor(private readonly how: TextCheck<T>) {}

  /** Checks `t`; its findings are then in `reports`, if any. */
  collect(t: T): void {
    this.t = t;
    this.reports = undefined;
    this.read = undefined;
    this.how.check(t, this);
  }

  report(r: Report): void {
    (this.reports ??= []).push(r);
  }

  late(): unknown {
    this.read ??= { value: this.how.late?.(this.t!.lang) };
    return this.read.value;
  }
}

/** Texts kept by content, at most this many per generation (two generations: the last ones stay). */
const BY_CONTENT_MAX = 20_000;

/** Findings by the scalar as written: its style and source. */
class ByContent {
  private recent = new Map<string, Kept>();
  private older = new Map<string, Kept>();

  get(text: string): Kept | undefined {
    return this.recent.get(text) ?? this.older.get(text);
  }

  set(text: string, kept: Kept): void {
    if (this.recent.size >= BY_CONTENT_MAX) {
      this.older = this.recent;
      this.recent = new Map();
    }
    // A copy: a text cut from a document would keep the whole document alive.
    this.recent.set(JSON.parse(JSON.stringify(text)) as string, kept);
  }
}

/** Shared keys told apart by number: the last few (documents with other settings take turns). */
const SHARED_KEPT = 16;

/** One memory per rule: the findings of its check for each scalar it looked at. */
export class PerText {
  private readonly kept = new WeakMap<Scalar, Kept>();
  private readonly blocks: Blocks = new WeakMap();
  private byContent?: ByContent;
  private shared: { key: Key; id: number }[] = [];
  private nextId = 0;

  /**
   * One run of `how` over a document's texts; `shared`: the part of the key the same for all of them.
   * `oneShot`: no next version comes, so nothing is kept per scalar; findings kept by the text as
   * written (`TextCheck.source`) are still looked up and kept, as another file may hold the same text.
   */
  run<T extends Text>(shared: Key, how: TextCheck<T>, oneShot = false): Run<T> {
    let known = this.shared.find((s) => sameKey(s.key, shared));
    if (!known) {
      known = { key: shared, id: this.nextId++ };
      this.shared = [known, ...this.shared.slice(0, SHARED_KEPT - 1)];
    }
    const byContent = how.source === undefined ? undefined : (this.byContent ??= new ByContent());
    return oneShot ? new Run(undefined, undefined, known.id, how, byContent) : new Run(this.kept, this.blocks, known.id, how, byContent);
  }
}

export class Run<T extends Text> {
  private readonly found: Collected<T>;
  /** The late part of the key the last `findings` depended on. */
  lastLate: { value: unknown } | undefined;

  constructor(
    private readonly kept: WeakMap<Scalar, Kept> | undefined,
    private readonly blocks: Blocks | undefined,
    readonly shared: number,
    readonly how: TextCheck<T>,
    private readonly byContent: ByContent | undefined,
  ) {
    this.found = new Collected(how);
  }

  /**
   * The findings of every text of the model the check accepts, in order, each given to `emit` with
   * its text; those of a subtree the model took unchanged from the previous build are those found
   * then (see `per-block.ts`).
   */
  each(model: Model, emit: (r: Report, t: T) => void): void {
    const texts = model.texts as unknown as (T & TextEntry)[];
    const trace = this.blocks && traceOf(model);
    if (trace) return eachInBlocks({ run: this as BlockRun<T & TextEntry>, blocks: this.blocks!, trace, texts, emit });
    const accepts = this.how.accepts;
    for (const t of texts) if (!accepts || accepts(t)) for (const r of this.findings(t)) emit(r, t);
  }

  /**
   * The findings for the text `t`, at its current offsets: those kept when its scalar and length,
   * language, clause and the shared key (and the late part, if the check read it) are the same as
   * then, else those of the check, kept for the next version (in a one-shot run, by content only).
   */
  findings(t: T): readonly Report[] {
    const { node } = t;
    const range = node.range;
    this.lastLate = undefined;
    if (!range) return NONE;
    const start = range[0];
    const length = range[1] - start;
    const kept = this.kept;
    const was = kept?.get(node);
    if (was && was.length === length && fits(was, this.shared, this.how, t)) {
      this.lastLate = was.late;
      return was.reports.length === 0 ? NONE : was.reports.map((r) => moved(r, start));
    }
    const source = this.how.source;
    const text = source === undefined ? undefined : `${node.type ?? ''}\n${source.slice(start, range[1])}`;
    const same = text === undefined ? undefined : this.byContent?.get(text);
    if (fits(same, this.shared, this.how, t)) {
      this.lastLate = same.late;
      kept?.set(node, same);
      return same.reports.length === 0 ? NONE : same.reports.map((r) => moved(r, start));
    }
    const found = this.found;
    found.collect(t);
    this.lastLate = found.read;
    // A one-shot run of a check that keeps nothing by content: nothing to keep.
    if (!kept && text === undefined) return found.reports ?? NONE;
    const reports = found.reports ? found.reports.map((r) => moved(r, -start)) : NONE;
    // Made whole at once: an object spread from another one reads its fields slowly.
    const now: Kept = { length, shared: this.shared, lang: t.lang, clause: t.clause, late: found.read, reports };
    kept?.set(node, now);
    if (text !== undefined) this.byContent?.set(text, now);
    return found.reports ?? NONE;
  }
}
