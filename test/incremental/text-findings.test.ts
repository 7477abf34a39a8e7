/**
 * The text rules keep the findings of each text from one version of a document to the next: a text
 * that did not change is not looked at again, and its findings move with it when an edit before it
 * changes the length of the file.
 */
import assert from 'node:assert/strict';
import { analyze, type Analysis, type AnalyzeOptions } from '../../server/src/core/engine';
import { derive } from '../../server/src/core/incremental';
import type { Speller, SpellerProvider } from '../../server/src/core/rules/text/speller';
import type { Diagnostic } from '../../server/src/core/types';
import { FIXED_NOW, applyEdits, replaced } from '../helpers';

const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат';
/** A legacy-font letter (`Њ`: `ғ` or `ң`) and a zero-width space: an orthography and a text-hygiene finding. */
const SPOILT = '    kk: Құжаттарды тапсыраЊан кездегі\u200B қолхат';
const BASE = replaced(KK, SPOILT);
/** An edit in a text before the spoilt one, which moves it by 11 characters. */
const EARLIER = ['анықтама беру', 'анықтама беру және алу'];

/** A dictionary that knows every word but the wrong reading `тапсыраңан`, and counts the look-ups of it. */
function countingSpeller(): Speller & { lookups: number } {
  const s = {
    lookups: 0,
    correct: (w: string) => {
      if (w.toLowerCase() !== 'тапсыраңан') return true;
      s.lookups++;
      return false;
    },
    suggest: () => [],
  };
  return s;
}

const found = (a: Analysis, ...codes: string[]) => a.diagnostics.filter((d) => codes.includes(d.code));
const shown = (text: string, d: Diagnostic) => text.slice(d.offset[0], d.offset[1]);

/** The next version, derived from `prev`, which must be patched (not parsed again whole). */
function next(prev: Analysis, text: string, options: AnalyzeOptions): Analysis {
  const a = derive(prev, text, options);
  assert.equal((a as Analysis & { fallback?: string }).fallback, undefined);
  return a;
}

describe('text rules: findings kept per text', () => {
  it('a text after an edit keeps its findings, moved with it: the finding and its fixes land on the moved text', () => {
    const speller = countingSpeller();
    const options = { now: FIXED_NOW, speller: () => speller };
    const first = analyze(BASE, options);
    const text = BASE.replace(EARLIER[0], EARLIER[1]);
    const second = next(first, text, options);
    assert.deepEqual(second.diagnostics, analyze(text, options).diagnostics);
    const [legacy, invisible] = [...found(second, 'orthography'), ...found(second, 'text-hygiene')];
    assert.equal(shown(text, legacy), 'тапсыраЊан');
    assert.equal(legacy.message.en, 'Word `тапсыраЊан` holds a letter that is not in the Kazakh alphabet: `Њ`. Should be `тапсыраған`.');
    assert.equal(applyEdits(text, legacy.fixes![0].edits), text.replace('тапсыраЊан', 'тапсыраған'));
    assert.equal(shown(text, invisible), SPOILT.slice(8));
    assert.equal(applyEdits(text, invisible.fixes![0].edits), text.replace('\u200B', ''));
  });

  it('a text that did not change is not looked at again', () => {
    const speller = countingSpeller();
    const options = { now: FIXED_NOW, speller: () => speller };
    let a = analyze(BASE, options);
    const before = speller.lookups;
    assert.ok(before > 0, 'the spoilt word is ranked with the dictionary');
    let text = BASE;
    for (const [from, to] of [EARLIER, EARLIER.slice().reverse()]) {
      text = text.replace(from, to);
      a = next(a, text, options);
    }
    assert.equal(speller.lookups, before);
    assert.deepEqual(a.diagnostics, analyze(text, options).diagnostics);
  });

  it('a dictionary loaded after the first analysis ranks the readings of a text that did not change', () => {
    const speller = countingSpeller();
    let loaded = false;
    const provider: SpellerProvider = () => (loaded ? speller : undefined);
    const options = { now: FIXED_NOW, speller: provider };
    const first = analyze(BASE, options);
    assert.match(found(first, 'orthography')[0].message.en, /Could be `тапсыраған` or `тапсыраңан`/);
    loaded = true;
    const text = BASE.replace(EARLIER[0], EARLIER[1]);
    const second = next(first, text, options);
    assert.match(found(second, 'orthography')[0].message.en, /Should be `тапсыраған`\.$/);
    assert.deepEqual(second.diagnostics, analyze(text, options).diagnostics);
  });

  it('new `words:` are taken into account for a text that did not change', () => {
    const speller: Speller = { correct: (w) => w !== 'кездегі', suggest: () => [] };
    const options = { now: FIXED_NOW, speller: () => speller };
    const first = analyze(BASE, options);
    assert.deepEqual(found(first, 'spelling').map((d) => shown(BASE, d)), ['кездегі']);
    const text = BASE.replace(EARLIER[0], EARLIER[1]);
    const second = next(first, text, { ...options, config: { rules: {}, words: ['Кездегі'] } });
    assert.deepEqual(found(second, 'spelling'), []);
    const third = next(second, BASE, options);
    assert.deepEqual(found(third, 'spelling').map((d) => shown(BASE, d)), ['кездегі']);
  });
});
