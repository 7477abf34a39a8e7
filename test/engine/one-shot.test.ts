/**
 * `oneShot`: an analysis no next version will be derived from (the CLI, a file read from disk) keeps
 * nothing for one. Its diagnostics and model are those of the default analysis; a version derived
 * from it all the same is right, its model built whole. What is kept by content (the spelling of a
 * text as written) still serves the next file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { generateStandard } from '../../bench/generate';
import { analyze, type Analysis, type AnalyzeOptions } from '../../server/src/core/engine';
import { reanalyze } from '../../server/src/core/incremental';
import { reuseStats } from '../../server/src/core/model/reuse';
import { traceOf } from '../../server/src/core/model/trace';
import type { Speller } from '../../server/src/core/rules/text/speller';
import { FIXED_NOW, replaced } from '../helpers';
import { applyRecipe, recipeArb } from '../incremental/edits';

const options: AnalyzeOptions = { now: FIXED_NOW };
const oneShot: AnalyzeOptions = { ...options, oneShot: true };

const TEXTS = [
  ...['address-certificate', 'pharmacy-licence'].map((n) => readFileSync(`examples/${n}.standard.yaml`, 'utf8')),
  readFileSync('examples/broken/mistakes.standard.yaml', 'utf8'),
  generateStandard({ lines: 300, seed: 3 }),
];

/** What a user sees of an analysis and what the model holds (nodes left out). */
function seen(a: Analysis): unknown {
  const entries = [...a.model.entries.values()].map((e) => [e.path, e.type, e.range, e.keyRange, e.value, e.clause]);
  const texts = a.model.texts.map((t) => [t.path, t.lang, t.value, t.node.range]);
  return { diagnostics: a.diagnostics, entries, texts, findings: a.model.findings };
}

/** A dictionary that knows every word and counts its look-ups. */
function countingSpeller(): Speller & { lookups: number } {
  const s = {
    lookups: 0,
    correct: () => {
      s.lookups++;
      return true;
    },
    suggest: () => [],
  };
  return s;
}

describe('engine: a one-shot analysis', () => {
  it('gives the diagnostics and model of the default analysis', () => {
    for (const text of TEXTS) assert.deepStrictEqual(seen(analyze(text, oneShot)), seen(analyze(text, options)));
    const broken = TEXTS[2];
    assert.ok(analyze(broken, oneShot).diagnostics.length > 10, 'the broken example has its findings');
  });

  it('keeps no log of its model for a next version', () => {
    assert.equal(traceOf(analyze(TEXTS[3], oneShot).model), undefined);
    assert.notEqual(traceOf(analyze(TEXTS[3], options).model), undefined);
  });

  it('a version derived from it is patched, its model built whole, and equals a fresh analysis', () => {
    const next = TEXTS[3].replace('from-documents: 5 working-days', 'from-documents: 15 working-days');
    assert.notEqual(next, TEXTS[3]);
    const before = reuseStats.segments;
    const derived = reanalyze(analyze(TEXTS[3], oneShot), next, options);
    assert.equal(derived.fallback, undefined, 'the Document is patched');
    assert.equal(reuseStats.segments, before, 'nothing of the model is reused');
    assert.deepStrictEqual(seen(derived), seen(analyze(next, options)));
    // The default analysis, derived from, does reuse: the check above is not vacuous.
    reanalyze(analyze(TEXTS[3], options), next, options);
    assert.ok(reuseStats.segments > before);
  });

  it('shares the spelling of texts with the next file that holds them', () => {
    const speller = countingSpeller();
    const text = TEXTS[0];
    const other = replaced('Астана қаласының Халыққа', 'Астана қаласының Орталық Халыққа', text);
    // Own words of each pair of files: texts kept by content in another test do not count here.
    const lookups = (first: AnalyzeOptions, word: string) => {
      const o: AnalyzeOptions = { ...first, speller: () => speller, config: { rules: {}, words: [word] } };
      const whole = speller.lookups;
      const a = analyze(text, o);
      const from = speller.lookups;
      const b = analyze(other, o);
      return { first: from - whole, next: speller.lookups - from, diagnostics: [a.diagnostics, b.diagnostics] };
    };
    const shared = lookups(oneShot, 'біріншісөз');
    assert.ok(shared.next * 5 < shared.first, `${shared.next} look-ups for the next file, ${shared.first} for the first`);
    assert.deepStrictEqual(shared.diagnostics, lookups(options, 'екіншісөз').diagnostics);
  });

  it('random edits from a one-shot analysis give what a fresh analysis gives', () => {
    fc.assert(
      fc.property(fc.nat(TEXTS.length - 1), recipeArb, (b, recipe) => {
        const next = applyRecipe(TEXTS[b], recipe);
        const derived = reanalyze(analyze(TEXTS[b], oneShot), next, options);
        assert.deepStrictEqual(seen(derived), seen(analyze(next, options)));
      }),
      { seed: 20261201, numRuns: 40 },
    );
  });
});
