/**
 * Property tests of the engine on hostile input: random YAML punctuation, tabs, deep nesting,
 * very long lines, Cyrillic/Latin/Kazakh letters, emoji and lone surrogates, conflict markers,
 * duplicate keys, alias bombs and mutated real standards.
 *
 * - `analyze` never throws and no rule fails inside it;
 * - every diagnostic's offsets and range lie in the text, agree with each other, and its fixes
 *   are edits inside the text;
 * - completion, hover, "order clauses" and "fix all" at random offsets never throw, and their
 *   ranges lie in the text;
 * - a 5 MB document is analysed within 10 s: one size diagnostic plus syntax checks;
 * - alias bombs finish within 2 s.
 *
 * The properties (properties/engine.ts) run in a worker, each case within `FUZZ_CASE_SECONDS`
 * (default 10): a case that never ends fails with the seed, its index and a file holding its input.
 * The seed is in the suite title; `FUZZ_SEED=<seed>` replays a run, `FUZZ_CASE=<n>` one case of
 * it, `FUZZ_RUNS=<n>` sets the number of generated inputs per property.
 *
 * Inputs that once broke the engine are kept at the end, with their minimal form, as regression
 * tests; bugs still open are skipped tests there. While one is open, the properties recognise
 * exactly its signature (see KNOWN in properties/engine.ts) and count it instead of failing, so that anything else still
 * stops the run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { complete } from '../../server/src/core/assist/completion';
import { fixAll } from '../../server/src/core/assist/fix-all';
import { hoverAt } from '../../server/src/core/assist/hover';
import { orderClauses } from '../../server/src/core/assist/order';
import { MAX_CHARS, analyze } from '../../server/src/core/engine';
import { FIXED_NOW, ROOT } from '../helpers';
import { boundedProperties } from '../support/bounded-property';
import { aliasBomb, aliasBombStandard, hugeDocument } from './generators';
import { editProblems } from './invariants';
import { analysisProblems, analyzeOrKnown, assistProblems, lineStarts, positionOf } from './properties/engine';
import { SEED, bounded as boundedOptions, finiteStackTraces } from './settings';

describe(`engine properties on hostile input (seed ${SEED})`, function () {
  this.timeout(0);
  finiteStackTraces();

  const bounded = boundedProperties(join(__dirname, 'properties', 'engine.ts'), boundedOptions(__filename));
  bounded.it('analyze never throws; diagnostics, ranges and fixes lie in the text', 'analyze');
  bounded.it('the same on mutated real standards', 'mutated');
  bounded.it('completion and hover at random offsets, "order clauses" and "fix all" never throw', 'assist');

  it(`a 5 MB document: within 10 s, one diagnostic about the size (limit ${MAX_CHARS}), nothing parsed`, () => {
    // Real standards, copied until 5 MB, with a structural mistake (an unknown key), a YAML error and a conflict.
    const big = `${hugeDocument(5_000_000)}\ngeneral-x:\n  form: partialy-automated\n\tbad: [unclosed\n<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> other\n`;
    assert.ok(big.length > 5_000_000);
    const t0 = performance.now();
    const a = analyze(big, { now: FIXED_NOW });
    const ms = performance.now() - t0;
    assert.ok(ms < 10_000, `analysed in ${Math.round(ms)} ms`);
    const size = a.diagnostics.filter((d) => d.message.en.includes('too large'));
    assert.equal(size.length, 1, 'one size diagnostic');
    assert.match(size[0].message.en, new RegExp(`${big.length} characters`));
    assert.equal(a.diagnostics.length, 1, 'not parsed: the size diagnostic alone');
    assert.deepEqual(analysisProblems(big, a), []);
    // Hover and completion stay quick on it.
    const t1 = performance.now();
    for (const o of [0, 1000, big.length >> 1, big.length - 5, big.length]) assistProblems(big, a, o, 'en');
    assert.ok(performance.now() - t1 < 10_000, `hover and completion took ${Math.round(performance.now() - t1)} ms`);
  });

  for (const [name, text] of [
    ['billion laughs, 9 levels of 9', aliasBomb(9, 9)],
    ['billion laughs wired into every clause of a standard', aliasBombStandard(9, 9)],
    ['12 levels of 12, with merge keys', aliasBombStandard(12, 12)],
  ] as const) {
    it(`alias bomb (${name}) is analysed within 2 s, and hover and completion stay quick`, () => {
      const t0 = performance.now();
      const a = analyzeOrKnown(text);
      const ms = performance.now() - t0;
      assert.ok(a, 'analysed');
      assert.ok(ms < 2000, `analysed in ${Math.round(ms)} ms`);
      assert.deepEqual(analysisProblems(text, a), []);
      const t1 = performance.now();
      const starts = lineStarts(text);
      for (const s of starts) {
        for (const o of [s, Math.min(text.length, s + 5), Math.max(0, s - 1)]) {
          for (const p of assistProblems(text, a, o, 'ru')) assert.fail(p);
        }
      }
      orderClauses(a);
      fixAll(a.diagnostics, ['orthography', 'text-hygiene']);
      assert.ok(performance.now() - t1 < 2000, `hover and completion on every line took ${Math.round(performance.now() - t1)} ms`);
    });
  }

  // Bugs this fuzzing found, fixed since: kept as regression tests with their minimal input.
  describe('regressions found by this fuzzing', () => {
    // Was: completion threw on every line of a file with Windows line endings (CRLF), and
    // wherever a line holds U+2028 or U+2029 (Word's line separator, pasted into a text).
    // `info()` and `contextAt()` (assist/context.ts) split lines on `\n` only and match them
    // with /^(\s*)((?:-\s+)*)(.*)$/.exec(...)!, whose `.` does not match `\r`, U+2028 or
    // U+2029: "TypeError: Cannot read properties of null (reading '1')"; the server caught it
    // and answered no completion at all. Minimal inputs: "edition: kz-2010\r\ngeneral:\r\n  form: \r\n"
    // (threw at every offset), "4\r" at offset 2, "edition:\u2028 " at offset 0.
    it('completion works in a CRLF file', () => {
      const text = 'edition: kz-2010\r\ngeneral:\r\n  form: \r\n';
      const a = analyze(text);
      const offset = text.indexOf('form: ') + 6;
      const items = complete({ text, offset, catalog: a.catalog, lang: 'en', languages: a.model.languages });
      assert.deepEqual(
        items.map((i) => i.label),
        ['fully-automated', 'partially-automated', 'non-automated'],
      );
      for (let o = 0; o <= text.length; o++) complete({ text, offset: o, catalog: a.catalog, lang: 'en', languages: a.model.languages });
      for (const t of ['4\r', 'edition:\u2028 ', 'edition: kz-2010\ngeneral:\n  premises: {kk: а\u2029б}\n  form: ']) {
        const b = analyze(t);
        for (let o = 0; o <= t.length; o++) complete({ text: t, offset: o, catalog: b.catalog, lang: 'en', languages: b.model.languages });
      }
    });

    // Was: hover threw on an amount written without a space before the unit: `amount: 1MCI`
    // (also found through `general: fee: amount: 1MCI`). `isMoney('1MCI')` is true but
    // `readMoney` gives no reading, and `readingHelp` reads `undefined.ru`: "TypeError: Cannot
    // read properties of undefined (reading 'ru')" (hover.ts -> help.ts readingHelp).
    it('hover on `amount: 1MCI` does not throw', () => {
      const text = 'edition: kz-2010\ngeneral:\n  fee:\n    amount: 1MCI\n';
      const a = analyze(text);
      for (let o = 0; o <= text.length; o++) hoverAt(a, o, 'ru');
    });

    // Was: the "Remove the `en` text" fix of undeclared-language was an edit that ends before it
    // starts when the text's value is an alias of an anchor written earlier: the removal span
    // is [key start, end of the *anchored* node]. Input:
    //   edition: kz-2010\nlanguages: [kk]\na: &v b\nservice:\n  name: {kk: a, en: *v}\n
    // gave {start: 64, end: 40}; an editor applying it duplicates or garbles text.
    it('the undeclared-language removal of an aliased value is a proper edit', () => {
      const text = 'edition: kz-2010\nlanguages: [kk]\na: &v b\nservice:\n  name: {kk: a, en: *v}\n';
      const d = analyze(text).diagnostics.find((x) => x.code === 'undeclared-language')!;
      assert.ok(d);
      for (const fix of d.fixes ?? []) assert.deepEqual(editProblems(text, fix.edits), [], fix.title.en);
    });

    // Was: after some YAML syntax errors the `yaml` LineCounter misses line breaks, so the
    // engine's `Diagnostic.range` (what the CLI and its json/sarif/github formats print) no
    // longer matches the diagnostic's offset: later findings are reported on the wrong line
    // and at columns past the end of the line. (The language server converts offsets itself
    // and is right.) Minimal input: "{}а\nr: :" — the syntax error at offset 7 (line 2,
    // column 6) was reported at line 1, column 8; also "\"\"\u3000\na: -" and " :\n\tа\nk:".
    it('diagnostic ranges agree with their offsets after a syntax error', () => {
      for (const text of ['{}а\nr: :', '""\u3000\na: -', ' :\n\tа\nk:']) {
        const a = analyze(text);
        const starts = lineStarts(text);
        for (const d of a.diagnostics) assert.deepEqual(d.range.start, positionOf(starts, d.offset[0]), `${JSON.stringify(text)}: ${d.code} at ${d.offset[0]}`);
      }
    });
    // A carriage return alone ends a line (old Mac files; the LSP counts it so): the engine reads
    // it as a line break, so a diagnostic after one is on the next line, at its own column.
    it('a lone carriage return ends a line in diagnostic ranges', () => {
      const text = '\redition: kz-2010\rgeneral:\r  form: wrong\r';
      for (const t of [text, 'edition: kz-2010\r\ngeneral:\r  fomr: x\n', '\r:', '\r\r\n\ra: [']) assert.deepEqual(analysisProblems(t, analyze(t)), [], JSON.stringify(t));
      const d = analyze(text).diagnostics.find((x) => x.offset[0] === text.indexOf('wrong'));
      assert.deepEqual(d?.range.start, { line: 3, character: 8 }, 'the wrong value is reported on its line');
    });
    // Was: an endless loop. In a file opening with a blank line, the comment lines above the
    // first key are the heading of its block (core/edit/blocks.ts headingStart); walking up
    // them, the start of the line before offset 1 was 1 again (`lastIndexOf('\n', -1)` finds
    // the break at 0), so "add the missing clause" never returned: the whole analysis hung.
    // Minimal input: "\n# a\nedition: kz-2010\nservice:\n  name:". Run in a child process,
    // so that a hang fails the test instead of stopping the run.
    it('a file opening with a blank line and comment lines above its first key is analysed, with the inserts below them', () => {
      const text = '\n# «Выдача лицензии»\n# heading\nedition: kz-2010\nlanguages: [kk, ru]\nservice:\n  name:';
      const script = `const { analyze } = require('./server/src/core/engine'); const a = analyze(${JSON.stringify(text)}); process.stdout.write(JSON.stringify(a.diagnostics.filter((d) => d.code === 'missing-required').map((d) => d.fixes[0].edits[0].start)))`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      assert.equal(r.signal, null, 'the analysis did not end within half a minute');
      assert.equal(r.status, 0, r.stderr);
      const starts = JSON.parse(r.stdout) as number[];
      assert.ok(starts.length >= 5, r.stdout);
      for (const at of starts) assert.equal(at, text.length, 'each missing clause is added after the last key');
    });
  });

  describe('inputs that once broke the engine', () => {
    it('the diagnostics of a text do not depend on the stack depth of the caller', () => {
      const deep = (depth: number, f: () => string): string => (depth > 0 ? deep(depth - 1, f) : f());
      for (const text of [`- a: b${': '.repeat(1000)}`, '['.repeat(500) + ']'.repeat(500)]) {
        const codes = () => JSON.stringify(analyze(text).diagnostics.map((d) => [d.code, d.offset, d.message.en]));
        assert.equal(deep(3000, codes), codes(), text.slice(0, 12));
      }
    });
  });
  describe('bugs found by this fuzzing (skipped until fixed)', () => {
    // BUG: the nesting guard that now runs before `yaml` (parse.ts, nestingTooDeep) stops
    // counting at a quote character that `yaml` does not read as a quote: after `"` or `'`
    // preceded by a space or `:` it skips the rest of the line, but inside a plain scalar
    // (`a "b`, `:'`) the quote is an ordinary character for `yaml`. A chain of `: ` after it is
    // then nested without bound and `analyze` throws again "RangeError: Maximum call stack size
    // exceeded" (yaml/dist/parse/parser.js, Parser.pop / blockMap). Found in a mutated example:
    // the line ` :': : : : …` (1,800 `: `) under `general:`. Minimal input (6 KB):
    //   "- k: a \"b" + ": " × 3000 + "\n- c\n"
    it('a quote inside a plain scalar does not hide deep nesting from the guard', () => {
      for (const text of [`- k: a "b${': '.repeat(3000)}\n- c\n`, `general:\n  - x :'${': '.repeat(3000)}\n  - y\n`]) {
        const a = analyze(text, { now: FIXED_NOW });
        assert.deepEqual(analysisProblems(text, a), []);
      }
    });
  });
});
