/**
 * The incremental analysis equals a fresh one: after each edit of a random sequence (values, lines
 * inserted and deleted, edits across blocks, indentation, comments, anchors, conflict markers,
 * syntax errors and their repair), the analysis derived from the previous version has the same
 * diagnostics as `analyze()` of the text, and its Document the same nodes, ranges and comments.
 *
 * `INCREMENTAL_SEED=<n>` replays a run, `INCREMENTAL_RUNS=<n>` sets the number of sequences.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { generateStandard } from '../../bench/generate';
import { analyze, type Analysis } from '../../server/src/core/engine';
import { reanalyze } from '../../server/src/core/incremental';
import { FIXED_NOW } from '../helpers';
import { applyRecipe, recipeArb, type Recipe } from './edits';
import { snapshot } from './snapshot';

const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261201);
const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 60);

const BASES = [
  ...['address-certificate', 'childbirth-allowance', 'pharmacy-licence'].map((n) => readFileSync(`examples/${n}.standard.yaml`, 'utf8')),
  readFileSync('examples/broken/mistakes.standard.yaml', 'utf8'),
  generateStandard({ lines: 300, seed: 3 }),
  generateStandard({ lines: 150, seed: 8 }),
];

const options = { now: FIXED_NOW };

interface Tally {
  edits: number;
  patched: number;
  reasons: Map<string, number>;
}

/** The model's facts: entries with their ranges and values, texts, findings (nodes left out). */
function facts(a: Analysis): unknown {
  const entries = [...a.model.entries.values()].map((e) => [e.path, e.type, e.range, e.keyRange, e.value, e.clause]);
  const texts = a.model.texts.map((t) => [t.path, t.lang, t.value, t.node.range]);
  return { entries, texts, findings: a.model.findings };
}

/** The first difference between the derived analysis and a fresh one, or undefined. */
function difference(text: string, derived: Analysis): string | undefined {
  const fresh = analyze(text, options);
  if (!isDeepStrictEqual(derived.diagnostics, fresh.diagnostics)) {
    return `diagnostics differ:\n  derived ${JSON.stringify(derived.diagnostics.map((d) => [d.code, d.offset]))}\n  fresh   ${JSON.stringify(fresh.diagnostics.map((d) => [d.code, d.offset]))}`;
  }
  const a = JSON.stringify(snapshot(derived.parsed.doc));
  const b = JSON.stringify(snapshot(fresh.parsed.doc));
  if (a !== b) {
    let i = 0;
    while (a[i] === b[i]) i++;
    return `documents differ:\n  derived …${a.slice(Math.max(0, i - 300), i + 200)}\n  fresh   …${b.slice(Math.max(0, i - 300), i + 200)}`;
  }
  if (!isDeepStrictEqual(facts(derived), facts(fresh))) return 'model facts differ';
  return undefined;
}

/** Runs a sequence of edits, each analysed from the previous version; undo steps back to the last clean text. */
function replay(base: string, recipes: Recipe[], undo: boolean[], tally: Tally): void {
  let text = base;
  let clean = base;
  let prev = analyze(text, options);
  recipes.forEach((r, i) => {
    const next = undo[i] && text !== clean ? clean : applyRecipe(text, r);
    const derived = reanalyze(prev, next, options);
    tally.edits++;
    if (derived.fallback === undefined) tally.patched++;
    else tally.reasons.set(derived.fallback, (tally.reasons.get(derived.fallback) ?? 0) + 1);
    const diff = difference(next, derived);
    assert.equal(diff, undefined, `edit ${i} (${JSON.stringify(r)}) of ${JSON.stringify(text.slice(0, 60))}…: ${diff}`);
    if (!derived.diagnostics.some((d) => d.code === 'syntax' || d.code === 'merge-conflict')) clean = next;
    text = next;
    prev = derived;
  });
}

describe('incremental analysis equals a fresh analyze() after random edits', function () {
  this.timeout(300000);
  const tally: Tally = { edits: 0, patched: 0, reasons: new Map() };
  after(() => {
    if (process.env.INCREMENTAL_REASONS) console.log(tally.patched, 'of', tally.edits, 'patched;', tally.reasons);
  });

  it(`sequences of edits on the examples and generated standards (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(fc.tuple(recipeArb, fc.boolean()), { minLength: 6, maxLength: 24 }), (b, steps) => {
        replay(BASES[b], steps.map((s) => s[0]), steps.map((s) => s[1] || s[0].pick % 2 === 0), tally);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Most edits take the incremental path: the property is not only about fallbacks.
    assert.ok(tally.patched > tally.edits * 0.2, `only ${tally.patched} of ${tally.edits} edits were patched`);
  });
});
