/**
 * The findings of a check that looks at one text alone, kept per YAML scalar from one version of a
 * document to the next. An edit patches the previous Document in place (`core/incremental`): a
 * scalar outside the edited block stays the same object, with the same content, only moved by the
 * length delta. Its findings are then those found before, moved to where it starts now: they are
 * kept with every offset relative to the scalar's start (the finding's, its related places' and
 * its fixes' edits).
 *
 * What else the findings depend on (the language, the clause, the catalog, a dictionary) is the
 * key, compared part by part (`===`). A part a check needs for a few texts only (a dictionary
 * loaded on first use) is read late: only for the texts whose check asked for it.
 *
 * A check whose findings depend on the scalar as written alone (its source and style) may keep
 * them by that text too, for a document parsed again whole (a version with a syntax error, the
 * same file opened again): `TextCheck.source`.
 */
import type { Scalar } from 'yaml';
import type { Fix } from '../../types';
import type { Report } from '../rule';

export type Key = readonly unknown[];

/** Takes the findings of one text. */
export interface Found {
  /** A finding, its offsets in the file. */
  report(r: Report): void;
  /** The late part of the key: the findings then depend on it. */
  late(): unknown;
}

/** A check of one text `T` (a rule's text entry); made once per analysis, not per text. */
export interface TextCheck<T> {
  check(t: T, found: Found): void;
  /** The late part of the key for `t`, read only when its check asked for it then. */
  late?(t: T): unknown;
  /** The document's text, when the findings are also kept by the scalar as written. */
  source?: string;
}

interface Kept {
  /** The scalar's length when it was checked. */
  length: number;
  key: Key;
  /** The late part of the key, when the check asked for it. */
  late?: { value: unknown };
  /** Offsets relative to the scalar's start. */
  reports: readonly Report[];
}

const NONE: readonly Report[] = [];

function sameKey(a: Key, b: Key): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What was kept holds for `key` and `t`. */
function fits<T>(k: Kept | undefined, key: Key, how: TextCheck<T>, t: T): k is Kept {
  return !!k && sameKey(k.key, key) && (!k.late || k.late.value === how.late?.(t));
}

/** `r` with every offset moved by `by`. */
function moved(r: Report, by: number): Report {
  const out: Report = { ...r, offset: [r.offset[0] + by, r.offset[1] + by] };
  if (r.related) out.related = r.related.map((x) => ({ ...x, offset: [x.offset[0] + by, x.offset[1] + by] }));
  if (r.fixes) out.fixes = r.fixes.map((f): Fix => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }));
  return out;
}

/** The findings of one check of one text, and whether it read the late part of the key. */
class Collected<T> implements Found {
  readonly reports: Report[] = [];
  read?: { value: unknown };

  constructor(
    private readonly how: TextCheck<T>,
    private readonly t: T,
  ) {}

  report(r: Report): void {
    this.reports.push(r);
  }

  late(): unknown {
    this.read ??= { value: this.how.late?.(this.t) };
    return this.read.value;
  }
}

/** Texts kept by content, at most this many per generation (two generations: the recent ones stay). */
const BY_CONTENT_MAX = 20_000;

/** Findings by the scalar as written: its style and source. */
class ByContent {
  private recent = new Map<string, Kept>();
  private older = new Map<string, Kept>();

  get(text: string): Kept | undefined {
    const hit = this.recent.get(text);
    if (hit) return hit;
    const old = this.older.get(text);
    if (old) this.set(text, old);
    return old;
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

/** One memory per rule: the findings of its check for each scalar it looked at. */
export class PerText {
  private readonly kept = new WeakMap<Scalar, Kept>();
  private byContent?: ByContent;

  /**
   * The findings for the text `t` held by `node`, at its current offsets: those kept when the
   * scalar, its length and `key` (and the late part, if the check read it) are the same as then,
   * else those of `how.check`, kept for the next version.
   */
  findings<T>(node: Scalar, key: Key, how: TextCheck<T>, t: T): readonly Report[] {
    const range = node.range;
    if (!range) return NONE;
    const start = range[0];
    const length = range[1] - start;
    const was = this.kept.get(node);
    if (was && was.length === length && fits(was, key, how, t)) return was.reports.length === 0 ? NONE : was.reports.map((r) => moved(r, start));
    const text = how.source === undefined ? undefined : `${node.type ?? ''}\n${how.source.slice(start, range[1])}`;
    const same = text === undefined ? undefined : this.byContent?.get(text);
    if (fits(same, key, how, t)) {
      this.kept.set(node, same);
      return same.reports.length === 0 ? NONE : same.reports.map((r) => moved(r, start));
    }
    const found = new Collected(how, t);
    how.check(t, found);
    const reports = found.reports.length === 0 ? NONE : found.reports.map((r) => moved(r, -start));
    // Made whole at once: an object spread from another one reads its fields slowly.
    const kept: Kept = { length, key, late: found.read, reports };
    this.kept.set(node, kept);
    if (text !== undefined) (this.byContent ??= new ByContent()).set(text, kept);
    return found.reports.length === 0 ? NONE : found.reports;
  }
}
