/**
 * Incremental analysis: the next version of a document is parsed from the previous one.
 *
 * The `yaml` Document of the previous text is patched rather than rebuilt: the span where the texts
 * differ (`diff.ts`) is covered by the smallest run of sibling items (pairs of a block map or items
 * of a block sequence, from the top level down, `blocks.ts`); that run's new text is parsed alone by
 * `yaml`, with a sentinel item at the column of the next sibling so that comments between them attach
 * as they would in the whole text (`splice.ts`); its ranges move to its offset, every range after it
 * moves by the length delta (`walk.ts`), and its items take the old ones' place. The last items of
 * a nested collection are read under a header line standing for the item holding them, with the
 * sentinel at that item's column; the holder's end and trailing comments come from that reading.
 * A change the common prefix puts at the start of a line is also tried at the end of the line
 * before. The nesting limit is checked from the bracket depth kept at each line start (`nesting.ts`).
 * The model and the rules then run on the patched Document as on a fresh one (`analyzeParsed`); the
 * model takes the parts of the previous one built from subtrees the patch left alone (`model/reuse.ts`).
 *
 * Whenever the bounds of a block are unclear the whole text is parsed again (`guards.ts`): a previous
 * text with errors, warnings, repairs, conflicts, several documents or anchors; a block with tabs,
 * directives or document markers, conflict markers, the `edition` line, syntax errors or warnings, a
 * changed column, a change in the lines before the first item or after the last one of a nested
 * collection. The contract: the analysis equals `analyze()` of the new text.
 *
 * The previous Document is reused in place: after `reanalyze`, the previous analysis is stale.
 */
import type { Config } from '../config/config';
import { analyze, analyzeParsed, MAX_CHARS, type Analysis, type AnalyzeOptions } from '../engine';
import { linesOf, parse, type Parsed } from '../parse/parse';
import { findBlock } from './blocks';
import { changedSpan, slidLeft, type Span } from './diff';
import { baseRefusal, blockRefusal, markClean } from './guards';
import { nestingAfter } from './nesting';
import { putInPlace, readBlock } from './splice';
import { shiftAfter } from './walk';

export interface Reparsed {
  parsed: Parsed;
  /** Why the whole text was parsed again (`undefined`: the previous Document was patched). */
  fallback?: string;
}

/** The parse of `source`, patched from `prev` when it can be, else parsed from scratch. */
export function reparse(prev: Parsed, source: string): Reparsed {
  const refusal = patchRefusal(prev, source);
  if (typeof refusal !== 'string') return { parsed: refusal };
  return { parsed: parse(source), fallback: refusal };
}

const BROKEN = 'the block could not be put in place';

/** The patched parse, or why there is none (nothing is changed in `prev` then). */
function patchRefusal(prev: Parsed, source: string): Parsed | string {
  if (source.length > MAX_CHARS || prev.source.length > MAX_CHARS) return 'the text is over the size limit';
  const span = changedSpan(prev.source, source);
  if (!span) return { ...prev, touched: new Set() };
  const base = baseRefusal(prev);
  if (base) return base;
  const first = patchAt(prev, source, span);
  if (typeof first !== 'string' || first.startsWith(BROKEN)) return first;
  const left = slidLeft(prev.source, source, span);
  return left ? patchAt(prev, source, left) : first;
}

/** The patched parse for the change at `span`, or why there is none (nothing is changed in `prev` then). */
function patchAt(prev: Parsed, source: string, span: Span): Parsed | string {
  const block = findBlock(prev.doc, prev.source, span);
  if (!block) return 'no block with clear bounds covers the change';
  const delta = source.length - prev.source.length;
  const before = prev.source.slice(block.start, block.end);
  const after = source.slice(block.start, block.end + delta);
  if (!block.atEnd && !after.endsWith('\n')) return 'the change joins the next line';
  const refused = blockRefusal(block, before, after);
  if (refused) return refused;
  const nesting = nestingAfter(prev, source, block.start, block.end, block.end + delta);
  if (!nesting.depths) return nesting.refused!;
  const read = readBlock(block, after);
  if ('refused' in read) return read.refused;
  try {
    shiftAfter(prev.doc.contents, block.end, delta, block.start);
    const r = prev.doc.range;
    prev.doc.range = [r[0], r[1] >= block.end ? r[1] + delta : r[1], r[2] >= block.end ? r[2] + delta : r[2]];
    putInPlace(prev.doc, read);
  } catch (err) {
    return `${BROKEN}: ${String(err)}`;
  }
  const parsed: Parsed = { ...prev, source, lines: linesOf(source), touched: new Set(block.path), lineDepths: nesting.depths };
  markClean(parsed);
  return parsed;
}

/** Counts of the incremental path, for the bench. */
export const reparseStats = { patched: 0, parsed: 0, reasons: new Map<string, number>() };

/**
 * The analysis of `source`, derived from the previous version's. `prev` is consumed: its Document
 * is patched in place when it can be.
 */
export function reanalyze(prev: Analysis, source: string, options: AnalyzeOptions = {}): Analysis & { fallback?: string } {
  const { parsed, fallback } = reparse(prev.parsed, source);
  if (fallback === undefined) reparseStats.patched++;
  else {
    reparseStats.parsed++;
    reparseStats.reasons.set(fallback, (reparseStats.reasons.get(fallback) ?? 0) + 1);
  }
  // The model is built from the previous one where the Document is unchanged (see `model/reuse.ts`).
  const previous = parsed.touched ? { model: prev.model, touched: parsed.touched } : undefined;
  return { ...analyzeParsed(parsed, options, previous), fallback };
}

/**
 * The analysis of `source`: derived from `prev` (the previous version's, consumed) when there is one,
 * from scratch otherwise or when deriving fails.
 */
export function derive(prev: Analysis | undefined, source: string, options: AnalyzeOptions = {}): Analysis {
  if (!prev) return analyze(source, options);
  try {
    return unchanged(prev, source, options) ?? reanalyze(prev, source, options);
  } catch {
    return analyze(source, options);
  }
}

/**
 * The analysis of the very text `prev` was made of, under an equal config (the dictionaries were
 * read meanwhile, or the date changed): its parse and model as they are (the same objects), and
 * the findings of every rule but those that read the dictionaries or the date (`Rule.reads`).
 * None for anything else.
 */
function unchanged(prev: Analysis, source: string, options: AnalyzeOptions): Analysis | undefined {
  const { parsed, basis } = prev;
  if (!basis || parsed.source !== source || parsed.tooDeep !== undefined || source.length > MAX_CHARS) return undefined;
  // After the text: a keystroke (another text) never compares the configs.
  if (!sameConfig(basis.config, options.config)) return undefined;
  return analyzeParsed({ ...parsed, touched: new Set() }, options, undefined, { model: prev.model, findings: basis.findings });
}

/** Configs with the same settings (a server makes a config object anew for each analysis; it is plain data). */
function sameConfig(a: Config | undefined, b: Config | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
