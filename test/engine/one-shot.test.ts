/**
 * `oneShot`: an analysis no next version will be derived from (the CLI, a file read from disk) keeps
 * nothing for one. Its diagnostics and model are those of the default analysis; a version derived
 * from it all the same is right, its model built whole and its texts checked again.
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

  it('a version derived from it checks its texts again', () => {
    const speller = countingSpeller();
    const text = TEXTS[0];
    const next = replaced('Астана қаласының Халыққа', 'Астана қаласының Орталық Халыққа', text);
    // Own words of each run: texts kept by their content in another run do not count for it.
    const derivedAfter = (first: AnalyzeOptions, word: string) => {
      const o = (x: AnalyzeOptions): AnalyzeOptions => ({ ...x, speller: () => speller, config: { rules: {}, words: [word] } });
      const prev = analyze(text, o(first));
      const from = speller.lookups;
      const d = reanalyze(prev, next, o(options));
      assert.equal(d.fallback, undefined);
      return { lookups: speller.lookups - from, diagnostics: d.diagnostics };
    };
    const kept = derivedAfter(options, 'біріншісөз');
    const again = derivedAfter(oneShot, 'екіншісөз');
    assert.ok(again.lookups > kept.lookups * 5, `${again.lookups} look-ups after a one-shot analysis, ${kept.lookups} after the default one`);
    assert.deepStrictEqual(again.diagnostics, kept.diagnostics);
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
