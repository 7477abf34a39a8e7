/**
 * Hover while a writer types: each version's hover answers from that version's model (where its
 * keys and values are read once, at the first hover), so after any edit it says what a fresh
 * analysis of the text says, at every offset of the edited region and at offsets all over the text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { generateStandard } from '../../bench/generate';
import { hoverAt } from '../../server/src/core/assist/hover';
import { analyze, type Analysis } from '../../server/src/core/engine';
import { reanalyze } from '../../server/src/core/incremental';
import { FIXED_NOW } from '../helpers';
import { applyRecipe, recipeArb } from '../incremental/edits';

const options = { now: FIXED_NOW };
const BASES = [readFileSync('examples/address-certificate.standard.yaml', 'utf8'), generateStandard({ lines: 200, seed: 5 })];

/** Offsets to hover: every one around the first difference from the version before, and 60 spread over the text. */
function offsets(before: string, text: string): number[] {
  let i = 0;
  while (i < before.length && before[i] === text[i]) i++;
  const near = Array.from({ length: 80 }, (_, k) => i - 20 + k).filter((o) => o >= 0 && o <= text.length);
  const spread = Array.from({ length: 60 }, (_, k) => Math.floor((k * text.length) / 59));
  return [...near, ...spread];
}

function sameHovers(derived: Analysis, text: string, at: number[]): string | undefined {
  const fresh = analyze(text, options);
  for (const o of at) {
    for (const lang of ['en', 'kk'] as const) {
      const got = hoverAt(derived, o, lang);
      const want = hoverAt(fresh, o, lang);
      if (!isDeepStrictEqual(got, want)) return `at ${o} (${lang}): ${JSON.stringify(got)?.slice(0, 120)} instead of ${JSON.stringify(want)?.slice(0, 120)}`;
    }
  }
  return undefined;
}

describe('assist: hover after edits', function () {
  this.timeout(120000);

  it('says at each version what a fresh analysis of its text says', () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(recipeArb, { minLength: 4, maxLength: 8 }), (b, recipes) => {
        let text = BASES[b];
        let prev = analyze(text, options);
        hoverAt(prev, Math.floor(text.length / 2), 'en');
        for (const r of recipes) {
          const next = applyRecipe(text, r);
          const derived = reanalyze(prev, next, options);
          const diff = sameHovers(derived, next, offsets(text, next));
          assert.equal(diff, undefined, `after ${JSON.stringify(r)}: ${diff}`);
          text = next;
          prev = derived;
        }
      }),
      { seed: 20261203, numRuns: 12, endOnFailure: true },
    );
  });

  it('on a key that moved: the help of the key now under the pointer, at its new place', () => {
    const text = BASES[0];
    const first = analyze(text, options);
    const at = text.indexOf('  deadlines:') + 4;
    assert.match(hoverAt(first, at, 'en')!.markdown, /§7\. Deadlines/);
    const next = `# a line above\n${text}`;
    const h = hoverAt(reanalyze(first, next, options), at + '# a line above\n'.length, 'en')!;
    assert.match(h.markdown, /§7\. Deadlines/);
    assert.deepEqual(h.offset, [at + 13, at + 13 + 'deadlines'.length]);
  });
});
