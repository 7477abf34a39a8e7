/**
 * "Add all missing clauses": every fix of `missing-required` at once, each clause (or required key)
 * in its catalog place, as the one-clause fix puts it. The fixes are applied one after another, the
 * text analysed again after each (so that each insertion sees the clauses added before it), and
 * the result is given as edits of the original text that only insert lines: every value and comment
 * stays where it was. Refused (no edits, a reason) when an insertion could not be kept apart from
 * the writer's text or the result would not parse as cleanly.
 */
import { analyze, type Analysis } from '../engine';
import type { Diagnostic, Localized, TextEdit } from '../types';

export interface AddMissingResult {
  edits: TextEdit[];
  /** How many clauses and keys the edits add. */
  added: number;
  refused?: Localized;
}

/** At most this many insertions (26 clauses and their required keys, with room to spare). */
const MAX_STEPS = 200;

const REFUSED: Localized = {
  kk: 'Жоқ тармақтарды қауіпсіз қосу мүмкін емес: оларды бір-бірден қосыңыз.',
  ru: 'Недостающие пункты нельзя добавить безопасно: добавьте их по одному.',
  en: 'The missing clauses cannot be added safely: add them one at a time.',
};

/** The insertions of the missing-required findings of an analysis (those with a fix). */
function missingFixes(analysis: Analysis): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.code === 'missing-required' && d.fixes?.length);
}

export function hasMissingClauses(analysis: Analysis): boolean {
  return missingFixes(analysis).length > 0;
}

/**
 * Folds an edit of the current text into the edits of the original: inside or at the ends of an
 * inserted text it is spliced into that text; elsewhere it must lie in the original text.
 */
function fold(edits: TextEdit[], e: TextEdit): TextEdit[] | undefined {
  let shift = 0;
  for (let i = 0; i < edits.length; i++) {
    const x = edits[i];
    const from = x.start + shift;
    const to = from + x.newText.length;
    if (e.start >= from && e.end <= to) {
      const text = x.newText.slice(0, e.start - from) + e.newText + x.newText.slice(e.end - from);
      return edits.map((y, j) => (j === i ? { ...y, newText: text } : y));
    }
    if (e.end <= from) break;
    if (e.start < to) return undefined; // straddles an inserted text
    shift += x.newText.length - (x.end - x.start);
  }
  const edit = { start: e.start - shift, end: e.end - shift, newText: e.newText };
  return [...edits, edit].sort((a, b) => a.start - b.start);
}

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function addMissingClauses(analysis: Analysis): AddMissingResult {
  const original = analysis.parsed.source;
  const errorsBefore = analysis.parsed.doc.errors.length;
  let edits: TextEdit[] = [];
  let current = analysis;
  let added = 0;
  const seen = new Set<string>();
  for (let step = 0; step < MAX_STEPS; step++) {
    const d = missingFixes(current).find((x) => !seen.has(x.message.en));
    if (!d) break;
    seen.add(d.message.en);
    let next: TextEdit[] | undefined = edits;
    for (const e of d.fixes![0].edits) next = next && fold(next, e);
    if (!next) return { edits: [], added: 0, refused: REFUSED };
    edits = next;
    added++;
    current = analyze(apply(original, edits));
  }
  if (!added) return { edits: [], added: 0 };
  if (current.parsed.doc.errors.length > errorsBefore || apply(original, edits) !== current.parsed.source) return { edits: [], added: 0, refused: REFUSED };
  return { edits, added };
}
