/**
 * No data lost: over generated standards (real ones varied: comments everywhere, clauses dropped
 * and reordered, look-alike letters, typos, `paid: true` without an amount, untranslated and
 * padded texts, an undeclared language, a merge conflict...), every quick fix, "fix all" and
 * "order clauses" keep every value and comment they are not about, and the result parses.
 *
 * "Kept" compares the scalars with the keys above them (see invariants.ts):
 * - a quick fix may change only what its edits cover (a renamed key carries its values along);
 *   everything else, and every comment outside its edits, is still there, and nothing else appears;
 * - "fix all" likewise, over the union of its edits;
 * - "order clauses" keeps every value, key and comment exactly: only their order changes.
 * Idempotence: after a quick fix its diagnostic does not come back; a second "fix all" or
 * "order clauses" has nothing left to do.
 *
 * The standards are also written in the shapes YAML allows (anchors and aliases, block scalars
 * and multi-line quoted strings holding `#` lines, flow maps, `? key` keys, CRLF with and without
 * a final line break, a byte order mark, a blank first line, the `...` marker): whatever "order clauses" returns
 * keeps the same data under every key, the same comments, line endings and byte order mark, or
 * it changes nothing and says why.
 *
 * FUZZ_SEED replays a run, FUZZ_RUNS sets the number of generated standards per property.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { fixAll } from '../../server/src/core/assist/fix-all';
import { orderClauses, orderClausesResult } from '../../server/src/core/assist/order';
import { kz2010 } from '../../server/src/core/catalog/kz-2010';
import { analyze } from '../../server/src/core/engine';
import { skeleton } from '../../server/src/core/skeleton/skeleton';
import type { Lang } from '../../server/src/core/types';
import { DIALECT_STANDARD, FIXED_NOW } from '../helpers';
import { buildStandard, standardArb, standardSpecArb, type StandardSpec } from './generators';
import { applyEdits } from '../support/edits';
import { comments, keptProblems, ruleFailures, sameDiagnostic } from './invariants';
import { SEED, finiteStackTraces, runs } from './settings';

const FIX_ALL_CODES = ['orthography', 'text-hygiene'];
const lint = (text: string) => analyze(text, { now: FIXED_NOW });
// Shrinking re-runs every fix of a standard at each step: bound it, the counterexample found so far is reported.
const params = (numRuns: number) => ({ seed: SEED, numRuns: runs(numRuns), interruptAfterTimeLimit: 120_000 + 200 * runs(numRuns) });

function fail(spec: StandardSpec, what: string, problems: string[]): never {
  throw new Error(`${what}:\n  - ${problems.join('\n  - ')}\n  spec: ${JSON.stringify(spec)}`);
}

describe(`no data lost: fixes, fix all, order clauses, new (seed ${SEED})`, function () {
  this.timeout(0);
  finiteStackTraces();

  it('generates standards that parse and that have fixes to try', () => {
    const sample = fc.sample(standardArb, { seed: SEED, numRuns: 40 });
    let fixes = 0;
    for (const { spec, text } of sample) {
      const a = lint(text);
      assert.deepEqual(a.parsed.doc.errors.map((e) => e.message), [], JSON.stringify(spec));
      fixes += a.diagnostics.reduce((n, d) => n + (d.fixes?.length ?? 0), 0);
    }
    assert.ok(fixes > 40, `only ${fixes} fixes in 40 generated standards`);
    const texts = fc.sample(standardArb, { seed: SEED, numRuns: 200 }).map((x) => x.text);
    const shapes: [string, RegExp][] = [
      ['an alias', /: \*a\d+\r?$/m],
      ['a block scalar holding a `#` line', /: [|>][-+]?\r?\n.*\r?\n\s+# /],
      ['a multi-line quoted string holding a `#` line', /^\s+# .*"\r?$/m],
      ['a flow map', /: \{kk: /],
      ['an explicit key', /^\s*\? [a-z]/m],
      ['CRLF without a final line break', /\r\n[^\n]+$/],
      ['a byte order mark', /^\uFEFF/],
      ['a blank first line above the first comments', /^\uFEFF?\r?\n#/],
      ['the `...` marker', /^\.\.\.\r?$/m],
    ];
    for (const [what, re] of shapes) assert.ok(texts.some((t) => re.test(t)), `no standard with ${what} in 200`);
  });

  it('each quick fix keeps every other value and comment, parses, and its diagnostic does not come back', () => {
    fc.assert(
      fc.property(standardSpecArb, (spec) => {
        const text = buildStandard(spec);
        const a = lint(text);
        assert.deepEqual(ruleFailures(a), []);
        for (const d of a.diagnostics) {
          for (const fix of d.fixes ?? []) {
            const what = `fix "${fix.title.en}" of ${d.code} "${d.message.en}"`;
            // "Keep both" sides of a conflict on one line writes the key twice: that is what was asked for.
            const allowErrors = /^Keep both/.test(fix.title.en) ? ['DUPLICATE_KEY', 'DUPLICATE_KEY'] : [];
            const { after, problems } = keptProblems(text, fix.edits, { allowErrors });
            if (problems.length) fail(spec, what, problems);
            const again = lint(after);
            const back = again.diagnostics.filter(sameDiagnostic(fix.edits, d));
            if (back.length) fail(spec, what, [`the diagnostic came back: ${back.map((x) => `${x.code} ${x.message.en}`).join('; ')}`]);
            if (ruleFailures(again).length) fail(spec, what, ruleFailures(again).map((x) => x.message.en));
          }
        }
      }),
      params(30),
    );
  });

  it('"fix all" keeps every other value and comment, and the result parses', () => {
    fc.assert(
      fc.property(standardSpecArb, (spec) => {
        const text = buildStandard(spec);
        const edits = fixAll(lint(text).diagnostics, FIX_ALL_CODES);
        const { problems } = keptProblems(text, edits);
        if (problems.length) fail(spec, '"fix all"', problems);
      }),
      params(50),
    );
  });

  it('"fix all" twice: the second run has nothing to do (one legacy-font word at most: see the skipped test)', () => {
    fc.assert(
      fc.property(standardSpecArb, (s) => {
        const spec = { ...s, legacy: s.legacy.slice(0, 1) };
        const text = buildStandard(spec);
        const after = applyEdits(text, fixAll(lint(text).diagnostics, FIX_ALL_CODES));
        const second = fixAll(lint(after).diagnostics, FIX_ALL_CODES);
        if (second.length) fail(spec, '"fix all" twice', [`a second run still edits: ${second.map((e) => `${JSON.stringify(after.slice(e.start, e.end))} -> ${JSON.stringify(e.newText)}`).join(', ')}`]);
      }),
      params(50),
    );
  });

  // Regression (found by this fuzzing, fixed since): "fix all" skipped a fix that overlaps
  // another one, so a text with spaces at its ends (text-hygiene: trim the whole scalar) and a
  // misspelt word inside (orthography: replace the word) needed two runs. Input:
  // `kk: " Kітап … "` in any text; the first run trimmed, the second still offered `Kітап` -> `Кітап`.
  it('"fix all" fixes a padded text with a look-alike letter in one run', () => {
    const text = DIALECT_STANDARD.replace(/^(\s+- )kk: (Белгіленген нысандағы өтініш)$/m, '$1kk: " Kітап $2 "');
    assert.notEqual(text, DIALECT_STANDARD);
    const after = applyEdits(text, fixAll(lint(text).diagnostics, FIX_ALL_CODES));
    assert.match(after, /kk: "Кітап Белгіленген нысандағы өтініш"/);
    assert.deepEqual(fixAll(lint(after).diagnostics, FIX_ALL_CODES), []);
  });

  it('"fix all" fixes a word with legacy-font and non-Kazakh letters in one run', () => {
    for (const [word, fixed] of [
      ['Шаєымња', 'Шағымға'],
      ['ќаЊаз', 'қағаз'],
    ]) {
      const text = DIALECT_STANDARD.replace('kk: Тұтынушы қол қойған жазбаша шағым', `kk: Тұтынушы қол қойған жазбаша ${word}`);
      assert.notEqual(text, DIALECT_STANDARD);
      const after = applyEdits(text, fixAll(lint(text).diagnostics, FIX_ALL_CODES));
      assert.ok(after.includes(`жазбаша ${fixed}`), after.match(/жазбаша \S+/)?.[0]);
      assert.deepEqual(fixAll(lint(after).diagnostics, FIX_ALL_CODES), []);
    }
  });

  it('"order clauses" keeps every value and comment exactly, puts the root keys in the model\'s order, and is idempotent', () => {
    const order = kz2010.root.fields.map((f) => f.key);
    fc.assert(
      fc.property(standardSpecArb, (spec) => {
        const text = buildStandard(spec);
        const edits = orderClauses(lint(text));
        const { after, problems } = keptProblems(text, edits, { exact: true });
        if (problems.length) fail(spec, '"order clauses"', problems);
        // The byte order mark stays first, before whatever line comes first.
        const sortedLines = (s: string) => s.replace(/^\uFEFF/, '').replace(/\r?\n$/, '').split(/\r?\n/).sort().join('\n');
        if (sortedLines(after) !== sortedLines(text)) fail(spec, '"order clauses"', ['the lines are not the same lines reordered']);
        const a = lint(after);
        // An alias keeps its anchor above it, even where the model's order would put it below.
        if (edits.length && a.parsed.doc.errors.length === 0 && !/\*a\d/.test(text)) {
          const keys = after.split(/\r?\n/).filter((l) => /^[a-z][\w-]*:/.test(l)).map((l) => l.split(':')[0]).filter((k) => order.includes(k));
          const expected = [...keys].sort((x, y) => order.indexOf(x) - order.indexOf(y));
          if (keys.join() !== expected.join()) fail(spec, '"order clauses"', [`root keys not in order: ${keys.join(', ')}`]);
        }
        const second = orderClauses(a);
        if (second.length) fail(spec, '"order clauses" twice', ['a second run still moves blocks']);
      }),
      params(50),
    );
  });

  it('"order clauses" gives the same data under every key, comments, line endings and byte order mark, twice the same; or says why not', () => {
    const data = (t: string) => parseDocument(t, { version: '1.2', uniqueKeys: false }).toJS({ maxAliasCount: 100 });
    const breaks = (t: string) => ({ crlf: t.split('\r\n').length - 1, lf: t.split('\n').length - 1, bom: t.startsWith('\uFEFF'), final: /\n$/.test(t) });
    const commentTexts = (t: string) => comments(t).map((c) => c.text).sort();
    let moved = 0;
    let tried = 0;
    fc.assert(
      fc.property(standardSpecArb, (spec) => {
        const text = buildStandard(spec);
        const r = orderClausesResult(lint(text));
        tried++;
        if (r.refused) {
          if (r.edits.length) fail(spec, '"order clauses"', ['refused, yet edits']);
          for (const lang of ['kk', 'ru', 'en'] as const) if (!r.refused[lang].trim()) fail(spec, '"order clauses"', [`no ${lang} reason`]);
          return;
        }
        if (!r.edits.length) return;
        moved++;
        const after = applyEdits(text, r.edits);
        const problems: string[] = [];
        try {
          assert.deepEqual(data(after), data(text));
        } catch (e) {
          problems.push(`data changed: ${(e as Error).message.slice(0, 400)}`);
        }
        if (commentTexts(after).join('\n') !== commentTexts(text).join('\n')) problems.push('comments changed');
        if (JSON.stringify(breaks(after)) !== JSON.stringify(breaks(text))) problems.push(`line endings or BOM: ${JSON.stringify(breaks(text))} -> ${JSON.stringify(breaks(after))}`);
        const again = orderClausesResult(lint(after));
        if (again.edits.length || again.refused) problems.push(`a second run: ${again.refused?.en ?? 'still moves blocks'}`);
        if (problems.length) fail(spec, '"order clauses"', problems);
      }),
      params(60),
    );
    assert.ok(moved > tried / 5, `"order clauses" moved blocks in only ${moved} of ${tried} standards`);
  });

  // Regression (found by this fuzzing, fixed since): "order clauses" on a file with a merge
  // conflict, when a section and the root are both out of order. The combined edit re-parsed
  // the text without masking the conflict (order.ts, reorderText), so the root block of
  // `service` was cut at the `<<<<<<<` line and its rest (the conflict and `code`) glued under `general.form`:
  //   service:\n  name:\n    kk: а\n<<<<<<< HEAD\n    ru: б\n=======\n    ru: в\n>>>>>>> theirs\n  code: "1"\n\n
  //   languages: [kk, ru]\ngeneral:\n  form: non-automated\n  provider: []\n
  // gave `general:\n  provider: []\n  form: non-automated\n<<<<<<< HEAD\n    ru: б ...  code: "1"`:
  // YAML errors, `service.code` and `service.name.ru` lost, `general.form` spoilt.
  it('"order clauses" keeps a merge conflict inside its block', () => {
    const text = 'service:\n  name:\n    kk: а\n<<<<<<< HEAD\n    ru: б\n=======\n    ru: в\n>>>>>>> theirs\n  code: "1"\n\nlanguages: [kk, ru]\ngeneral:\n  form: non-automated\n  provider: []\n';
    const { problems } = keptProblems(text, orderClauses(lint(text)), { exact: true });
    assert.deepEqual(problems, []);
  });

  it('the generator is deterministic: a spec builds the same text', () => {
    const [{ spec, text }] = fc.sample(standardArb, { seed: SEED, numRuns: 1 });
    assert.equal(buildStandard(spec), text);
  });

  describe('the `new` skeleton', () => {
    const sets: Lang[][] = [];
    const all: Lang[] = ['kk', 'ru', 'en'];
    for (const a of all) {
      sets.push([a]);
      for (const b of all) {
        if (b === a) continue;
        sets.push([a, b]);
        for (const c of all) if (c !== a && c !== b) sets.push([a, b, c]);
      }
    }

    for (const languages of sets) {
      it(`languages [${languages.join(', ')}]: parses, no errors but empty texts, keeps order and fixes`, () => {
        const text = skeleton(kz2010, { languages });
        const a = lint(text);
        assert.deepEqual(a.parsed.doc.errors.map((e) => e.message), []);
        assert.deepEqual(ruleFailures(a), []);
        const emptyText = (en: string) => /text is empty|The text is empty/.test(en);
        const errors = a.diagnostics.filter((d) => d.severity === 'error' && !emptyText(d.message.en));
        assert.deepEqual(errors.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message.en}`), []);
        // Besides the texts to write, only the sample contacts to replace are reported.
        const others = a.diagnostics.filter((d) => !emptyText(d.message.en) && d.code !== 'sample-value');
        assert.deepEqual(others.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message.en}`), [], 'only empty-text and sample-value findings');
        assert.ok(a.diagnostics.some((d) => d.code === 'sample-value'), 'the sample contacts are flagged');
        assert.equal(a.model.languages.join(), languages.join());
        assert.deepEqual(orderClauses(a), [], 'already in the model order');
        for (let n = 1; n <= 26; n++) assert.match(text, new RegExp(`# ${n}\\. `), `clause ${n} labelled`);
        // Its fixes keep every value and comment too.
        for (const d of a.diagnostics) {
          for (const fix of d.fixes ?? []) {
            const { problems } = keptProblems(text, fix.edits);
            assert.deepEqual(problems, [], `fix "${fix.title.en}" of ${d.code}`);
          }
        }
      });
    }
  });
});
