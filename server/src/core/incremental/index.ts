/**
 * Incremental analysis: the next version of a document is parsed from the previous one.
 *
 * The `yaml` Document of the previous text is patched rather than rebuilt: the span where the texts
 * differ (`diff.ts`) is covered by the smallest run of sibling items (pairs of a block map or items
 * of a block sequence, from the top level down, `blocks.ts`); that run's new text is parsed alone by
 * `yaml`, with a sentinel item at the column of the next sibling so that comments between them attach
 * as they would in the whole text (`splice.ts`); its ranges move to its offset, every range after it
 * moves by the length delta (`walk.ts`), and its items take the old ones' place. The model and the
 * rules then run on the patched Document as on a fresh one (`analyzeParsed`).
 *
 * Whenever the bounds of a block are unclear the whole text is parsed again (`guards.ts`): a previous
 * text with errors, warnings, repairs, conflicts, several documents or anchors; a block with tabs,
 * directives or document markers, conflict markers, the `edition` line, syntax errors or warnings, a
 * changed column, a change in the lines before the first item or after the last one of a nested
 * collection. The contract: the analysis equals `analyze()` of the new text.
 *
 * The previous Document is reused in place: after `reanalyze`, the previous analysis is stale.
 */
import { analyze, analyzeParsed, MAX_CHARS, type Analysis, type AnalyzeOptions } from '../engine';
import { linesOf, nestingTooDeep, parse, type Parsed } from '../parse/parse';
import { findBlock } from './blocks';
import { changedSpan } from './diff';
import { baseRefusal, blockRefusal, markClean } from './guards';
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

/** The patched parse, or why there is none (nothing is changed in `prev` then). */
function patchRefusal(prev: Parsed, source: string): Parsed | string {
  if (source.length > MAX_CHARS || prev.source.length > MAX_CHARS) return 'the text is over the size limit';
  const span = changedSpan(prev.source, source);
  if (!span) return { ...prev };
  const base = baseRefusal(prev);
  if (base) return base;
  const block = findBlock(prev.doc, prev.source, span);
  if (!block) return 'no block with clear bounds covers the change';
  const delta = source.length - prev.source.length;
  const before = prev.source.slice(block.start, block.end);
  const after = source.slice(block.start, block.end + delta);
  if (!block.atEnd && !after.endsWith('\n')) return 'the change joins the next line';
  const refused = blockRefusal(block, before, after);
  if (refused) return refused;
  if (nestingTooDeep(source) !== undefined) return 'the text nests too deep';
  const read = readBlock(block, after);
  if ('refused' in read) return read.refused;
  try {
    shiftAfter(prev.doc.contents, block.end, delta, block.start);
    const r = prev.doc.range;
    prev.doc.range = [r[0], r[1] >= block.end ? r[1] + delta : r[1], r[2] >= block.end ? r[2] + delta : r[2]];
    putInPlace(prev.doc, read);
  } catch (err) {
    return `the block could not be put in place: ${String(err)}`;
  }
  const parsed: Parsed = { ...prev, source, lines: linesOf(source) };
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
  return { ...analyzeParsed(parsed, options), fallback };
}

/**
 * The analysis of `source`: derived from `prev` (the previous version's, consumed) when there is one,
 * from scratch otherwise or when deriving fails.
 */
export function derive(prev: Analysis | undefined, source: string, options: AnalyzeOptions = {}): Analysis {
  if (!prev) return analyze(source, options);
  try {
    return reanalyze(prev, source, options);
  } catch {
    return analyze(source, options);
  }
}
