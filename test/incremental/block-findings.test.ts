/**
 * The text rules keep the findings of a whole section the model took unchanged from the previous
 * version: they come back at the section's new place, and are found anew when what they depended
 * on changed (a dictionary loaded since, the languages spell-checked, an edit inside the section).
 * Each version is compared with a fresh analysis of its text.
 */
import assert from 'node:assert/strict';
import { analyze, type Analysis, type AnalyzeOptions } from '../../server/src/core/engine';
import { derive } from '../../server/src/core/incremental';
import type { Speller, SpellerProvider } from '../../server/src/core/rules/text/speller';
import { FIXED_NOW, replaced } from '../helpers';

/** A legacy-font letter (`Њ`: `ғ` or `ң`) and a zero-width space, in a section after the one edited. */
const CLEAN = '    kk: Құжаттардың қабылданғаны туралы қолхат';
const SPOILT = '    kk: Құжаттарды тапсыраЊан кездегі\u200B қолхат';
const BASE = replaced(CLEAN, SPOILT);
/** Edits in the first section, which move the later ones by 11 characters and back. */
const LONGER = ['анықтама беру', 'анықтама беру және алу'];

/** A dictionary that knows every word but `тапсыраңан` and the Russian `расписка`. */
const speller: Speller = { correct: (w) => !['тапсыраңан', 'расписка'].includes(w.toLowerCase()), suggest: () => [] };

interface Step {
  text: string;
  options: AnalyzeOptions;
}

/** Each version derived from the one before (patched, never parsed again whole), checked against a fresh analysis. */
function versions(steps: Step[]): Analysis[] {
  let a = analyze(steps[0].text, steps[0].options);
  const out = [a];
  for (const { text, options } of steps.slice(1)) {
    a = derive(a, text, options);
    assert.equal((a as Analysis & { fallback?: string }).fallback, undefined, 'the version is patched');
    assert.deepEqual(a.diagnostics, analyze(text, options).diagnostics);
    out.push(a);
  }
  return out;
}

const longer = (text: string) => text.replace(LONGER[0], LONGER[1]);
const shown = (a: Analysis, code: string) => a.diagnostics.filter((d) => d.code === code).map((d) => a.parsed.source.slice(d.offset[0], d.offset[1]));

describe('text rules: findings kept per section', () => {
  it('a section left alone by several edits keeps its findings, each time at its new place', () => {
    const options = { now: FIXED_NOW, speller: () => speller };
    const all = versions([BASE, longer(BASE), BASE, longer(BASE), BASE].map((text) => ({ text, options })));
    for (const a of all) {
      assert.deepEqual(shown(a, 'orthography'), ['тапсыраЊан']);
      assert.deepEqual(shown(a, 'text-hygiene'), [SPOILT.slice(8)]);
      assert.deepEqual(shown(a, 'spelling'), ['Расписка']);
    }
  });

  it('a dictionary loaded after a section was kept ranks the readings of its texts', () => {
    let loaded = false;
    const provider: SpellerProvider = () => (loaded ? speller : undefined);
    const options = { now: FIXED_NOW, speller: provider };
    const orthography = (a: Analysis) => a.diagnostics.find((d) => d.code === 'orthography')!.message.en;
    const [, second] = versions([{ text: BASE, options }, { text: longer(BASE), options }]);
    assert.match(orthography(second), /Could be `тапсыраған` or `тапсыраңан`/);
    assert.deepEqual(shown(second, 'spelling'), []);
    loaded = true;
    const third = derive(second, BASE, options);
    assert.deepEqual(third.diagnostics, analyze(BASE, options).diagnostics);
    assert.match(orthography(third), /Should be `тапсыраған`\.$/);
    assert.deepEqual(shown(third, 'spelling'), ['Расписка']);
  });

  it('the languages spell-checked change: a kept section is checked in the new ones', () => {
    const kk = { now: FIXED_NOW, speller: () => speller, config: { rules: {}, spelling: { languages: ['kk' as const] } } };
    const both = { now: FIXED_NOW, speller: () => speller };
    const all = versions([
      { text: BASE, options: kk },
      { text: longer(BASE), options: kk },
      { text: BASE, options: both },
      { text: longer(BASE), options: kk },
    ]);
    assert.deepEqual(all.map((a) => shown(a, 'spelling')), [[], [], ['Расписка'], []]);
  });

  it('an edit inside a kept section finds its texts anew, and the next edits elsewhere keep what was found then', () => {
    const options = { now: FIXED_NOW, speller: () => speller };
    const fixed = BASE.replace('тапсыраЊан', 'тапсырған');
    const all = versions([BASE, longer(BASE), longer(fixed), fixed, longer(fixed)].map((text) => ({ text, options })));
    assert.deepEqual(all.map((a) => shown(a, 'orthography')), [['тапсыраЊан'], ['тапсыраЊан'], [], [], []]);
  });
});
