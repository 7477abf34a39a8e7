/**
 * The engine's properties on hostile input (run case by case in a worker by
 * engine.property.test.ts), and the checks they make, shared with the tests there.
 */
import fc from 'fast-check';
import { complete } from '../../../server/src/core/assist/completion';
import { fixAll } from '../../../server/src/core/assist/fix-all';
import { hoverAt } from '../../../server/src/core/assist/hover';
import { orderClauses } from '../../../server/src/core/assist/order';
import { analyze, type Analysis } from '../../../server/src/core/engine';
import type { Lang } from '../../../server/src/core/types';
import { FIXED_NOW } from '../../helpers';
import { caseProperty, type PropertySet } from '../../support/case-property';
import { anyInputArb, mutatedStandardArb } from '../generators';
import { editProblems, ruleFailures } from '../invariants';
import { runs } from '../settings';

export const LANGS: Lang[] = ['kk', 'ru', 'en'];

/** Line starts after each line end: `\r\n`, `\n`, or a `\r` alone (as the LSP counts lines). */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) out.push(i + 1);
  }
  return out;
}

export function positionOf(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** The problems of one analysis, as readable lines (empty when all is well). */
export function analysisProblems(text: string, a: Analysis): string[] {
  const out: string[] = [];
  const starts = lineStarts(text);
  const inText = (o: number) => Number.isInteger(o) && o >= 0 && o <= text.length;
  for (const f of ruleFailures(a)) out.push(`a rule failed inside the engine: ${f.message.en}`);
  for (const d of a.diagnostics) {
    const what = `${d.code} [${d.offset}] ${d.message.en.slice(0, 80)}`;
    if (!(inText(d.offset[0]) && inText(d.offset[1]) && d.offset[0] <= d.offset[1])) out.push(`offsets outside the text: ${what}`);
    for (const l of LANGS) if (typeof d.message[l] !== 'string' || d.message[l].trim() === '') out.push(`empty ${l} message: ${what}`);
    const { start, end } = d.range;
    if (!(start.line < starts.length && end.line < starts.length && (start.line < end.line || (start.line === end.line && start.character <= end.character)))) out.push(`range outside the text: ${what} ${JSON.stringify(d.range)}`);
    const expected = [positionOf(starts, d.offset[0]), positionOf(starts, Math.max(d.offset[0], d.offset[1]))];
    if (JSON.stringify([start, end]) !== JSON.stringify(expected)) out.push(`range ${JSON.stringify(d.range)} does not match offsets ${JSON.stringify(expected)}: ${what}`);
    for (const r of d.related ?? []) if (!(inText(r.offset[0]) && inText(r.offset[1]))) out.push(`related offsets outside the text: ${what}`);
    for (const fix of d.fixes ?? []) {
      for (const p of editProblems(text, fix.edits)) out.push(`fix "${fix.title.en}" of ${what}: ${p}`);
      for (const l of LANGS) if (!fix.title[l]) out.push(`fix without a ${l} title: ${what}`);
    }
  }
  return out;
}

/** Known open bugs (each has a skipped test at the end): a failure with exactly this signature is counted, not thrown. */
const KNOWN = {
  /** The nesting guard before `yaml` can be walked around with a quote that is not one (see the skipped test). */
  nestingGuardBypassed: (err: unknown) => err instanceof RangeError && /Maximum call stack/.test(err.message) && /yaml[\\/]dist[\\/]parse[\\/]parser/.test(err.stack ?? ''),
};
export const met = new Map<keyof typeof KNOWN, number>();

export function analyzeOrKnown(text: string): Analysis | undefined {
  try {
    return analyze(text, { now: FIXED_NOW });
  } catch (err) {
    if (!KNOWN.nestingGuardBypassed(err)) throw err;
    met.set('nestingGuardBypassed', (met.get('nestingGuardBypassed') ?? 0) + 1);
    return undefined;
  }
}

/** Completion and hover at `offset`, and their ranges. */
export function assistProblems(text: string, a: Analysis, offset: number, lang: Lang): string[] {
  const out: string[] = [];
  for (const c of complete({ text, offset, catalog: a.catalog, lang, languages: a.model.languages })) {
    const [s, e] = c.replace;
    if (!(0 <= s && s <= e && e <= text.length)) out.push(`completion ${c.label} replaces [${s}, ${e}] of a text of ${text.length}`);
    if (typeof c.insertText !== 'string' || !c.label) out.push(`completion without label or text at ${offset}`);
  }
  const h = hoverAt(a, offset, lang);
  if (h && !(0 <= h.offset[0] && h.offset[0] <= h.offset[1] && h.offset[1] <= text.length)) out.push(`hover range [${h.offset}] outside the text`);
  if (h && !h.markdown) out.push(`empty hover at ${offset}`);
  return out;
}

/** The known open bugs met so far in this process, for the suite's summary. */
function known(): string | void {
  if (met.size) return `known open bugs met (skipped tests in engine.property.test.ts): ${[...met].map(([k, n]) => `${k} ×${n}`).join(', ')}`;
}

function analysed(text: string): void {
  const a = analyzeOrKnown(text);
  if (!a) return;
  const problems = analysisProblems(text, a);
  if (problems.length) throw new Error(problems.slice(0, 8).join('\n'));
}

export const properties: PropertySet = {
  analyze: caseProperty([anyInputArb], analysed, { runs: runs(400), msPerRun: 100, finish: known }),
  mutated: caseProperty([mutatedStandardArb], analysed, { runs: runs(250), msPerRun: 100, finish: known }),
  assist: caseProperty(
    [anyInputArb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.constantFrom(...LANGS)],
    (text, offsets, lang) => {
      const a = analyzeOrKnown(text);
      if (!a) return;
      const problems: string[] = [];
      for (const o of [...offsets.map((x) => x % (text.length + 1)), 0, text.length]) problems.push(...assistProblems(text, a, o, lang));
      for (const e of orderClauses(a)) if (!(0 <= e.start && e.start <= e.end && e.end <= text.length)) problems.push(`"order clauses" edit outside the text: [${e.start}, ${e.end}]`);
      problems.push(...editProblems(text, fixAll(a.diagnostics, ['orthography', 'text-hygiene'])));
      if (problems.length) throw new Error(problems.slice(0, 8).join('\n'));
    },
    { runs: runs(250), msPerRun: 100, finish: known },
  ),
};
