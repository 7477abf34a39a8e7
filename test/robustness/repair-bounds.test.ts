/**
 * A broken file costs a bounded number of parses. After a YAML error the engine re-reads the text
 * with candidate lines mended (`parse/repair.ts`); on a file with errors everywhere that search
 * must stay a handful of parses, so that typing in a broken file never makes hover or the
 * diagnostics wait. The parses are counted, not timed; a generous total time is a second guard.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/engine';
import { parseCount } from '../../server/src/core/parse/parse';
import { budget } from '../../server/src/core/parse/repair';
import { FIXED_NOW } from '../helpers';
import { Rng, brokenStandard } from '../fuzz/generators';
import { finiteStackTraces, SEED } from '../fuzz/settings';

/** The parses one analysis makes. */
function parsesOf(text: string): { parses: number; repairs: number } {
  const before = parseCount.n;
  const a = analyze(text, { now: FIXED_NOW });
  return { parses: parseCount.n - before, repairs: a.parsed.repairs?.length ?? 0 };
}

const FILES = 300;

describe(`repair of a broken file stays bounded (seed ${SEED})`, function () {
  this.timeout(300_000);
  finiteStackTraces();
  const rng = new Rng(SEED);
  const files = Array.from({ length: FILES }, () => brokenStandard(rng));
  /** At most this many parses per analysis: the text as written, then the search's budget. */
  const most = 1 + budget(10_000);

  it(`a broken 10 KB file is parsed at most ${most} times`, () => {
    let repaired = 0;
    for (const text of files) {
      const { parses, repairs } = parsesOf(text);
      assert.ok(parses <= most, `${parses} parses (at most ${most}) of:\n${text.slice(0, 400)}`);
      if (repairs) repaired++;
    }
    // The files are broken the way that sends the engine searching for the slip.
    assert.ok(repaired >= FILES / 10, `only ${repaired} of ${FILES} files needed a repair`);
  });

  it('a file with an error on every line is parsed a handful of times', () => {
    const texts = [
      'edition: kz-2010\n' + 'general:\n   provider: [x\n  form: "a\n\tterm: 1\n'.repeat(300),
      'edition: kz-2010\nservice:\n' + '  name: {kk: а\n    ru: б\n'.repeat(500),
      '- a: b\n c: d\n'.repeat(700),
    ];
    for (const text of texts) {
      const { parses } = parsesOf(text);
      assert.ok(parses <= most, `${parses} parses of a ${text.length}-character file`);
    }
  });

  it('a large file with thousands of errors is re-read about 400,000 characters at most', () => {
    const text = `edition: kz-2010\n${Array.from({ length: 8000 }, (_, i) => `m${i}:\n  a: 1\n   b: 2\n`).join('')}`;
    const { parses } = parsesOf(text);
    assert.ok(parses >= 2, 'it is still searched');
    assert.ok((parses - 1) * text.length <= 400_000, `${parses} parses of a ${text.length}-character file`);
    const huge = text.repeat(3);
    assert.equal(parsesOf(huge).parses, 1, 'a file over 400,000 characters is read once');
  });

  it(`${FILES} broken 10 KB files are analysed within 60 s in all`, () => {
    const t0 = performance.now();
    for (const text of files) analyze(text, { now: FIXED_NOW });
    const ms = performance.now() - t0;
    console.log(`      ${FILES} broken files: ${Math.round(ms)} ms`);
    assert.ok(ms < 60_000, `${Math.round(ms)} ms`);
  });
});
