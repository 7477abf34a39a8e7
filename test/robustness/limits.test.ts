/**
 * Limits: a document over the size limit gets one diagnostic saying so and is not parsed;
 * deep nesting, alias bombs and very many keys are analysed within a bound and never throw.
 * Bugs found here are kept as skipped tests with their minimal input.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { complete } from '../../server/src/core/assist/completion';
import { hoverAt } from '../../server/src/core/assist/hover';
import { outline } from '../../server/src/core/assist/outline';
import { MAX_CHARS, analyze, type Analysis } from '../../server/src/core/engine';
import { renderHtml } from '../../server/src/core/render/html';
import { DIALECT_STANDARD, FIXED_NOW, ROOT } from '../helpers';
import { aliasBomb, aliasBombStandard, deepNesting, manyKeys } from '../fuzz/generators';
import { ruleFailures } from '../fuzz/invariants';
import { finiteStackTraces } from '../fuzz/settings';

/** Analyses `text`, and fails if it takes longer than `ms`. */
function timed(text: string, ms: number, what: string): Analysis {
  const t0 = performance.now();
  const a = analyze(text, { now: FIXED_NOW });
  const took = performance.now() - t0;
  assert.ok(took < ms, `${what}: analysed in ${Math.round(took)} ms (bound ${ms} ms)`);
  assert.deepEqual(ruleFailures(a), [], `${what}: a rule failed`);
  return a;
}

/** Hover and completion at a few places, and the preview: none may throw; all within `ms`. */
function assists(text: string, a: Analysis, ms: number, what: string): void {
  const t0 = performance.now();
  for (const o of [0, 1, text.length >> 1, Math.max(0, text.length - 1), text.length]) {
    complete({ text, offset: o, catalog: a.catalog, lang: 'en', languages: a.model.languages });
    hoverAt(a, o, 'kk');
  }
  outline(a, 'ru');
  renderHtml(a, { lang: 'kk', showModelText: true });
  const took = performance.now() - t0;
  assert.ok(took < ms, `${what}: hover, completion and preview took ${Math.round(took)} ms (bound ${ms} ms)`);
}

/** The dialect standard with a typo in a key and a missing clause, padded with comments to `chars`. */
function withStructuralMistakes(chars: number): string {
  const text = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:').replace(/^  premises:.*\n(?: {4,}.*\n)*/m, '');
  const filler = '# Қосымша түсініктеме / Дополнительный комментарий / padding\n';
  return text + filler.repeat(Math.max(0, Math.ceil((chars - text.length) / filler.length)));
}

const SIZE_WORDS = { kk: /тым үлкен/, ru: /слишком велик/, en: /too large/ } as const;

describe('limits', function () {
  this.timeout(120_000);
  finiteStackTraces();

  describe('size', () => {
    it('over the limit: exactly one diagnostic saying so, in kk, ru and en, with the size and the limit', () => {
      const text = withStructuralMistakes(MAX_CHARS + 1000);
      assert.ok(text.length > MAX_CHARS);
      const a = timed(text, 10_000, 'over the limit');
      assert.equal(a.diagnostics.length, 1, a.diagnostics.map((d) => d.message.en).join('\n'));
      const [size] = a.diagnostics;
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const m = size.message[lang];
        assert.match(m, SIZE_WORDS[lang], `${lang}: ${m}`);
        assert.ok(m.includes(String(text.length)), `${lang} message gives the size: ${m}`);
        assert.ok(m.includes(`${MAX_CHARS / 1_000_000} M`), `${lang} message gives the limit: ${m}`);
      }
      assert.equal(size.code, 'syntax');
      assert.equal(size.severity, 'error', 'an unchecked file does not pass');
      assert.deepEqual(size.offset, [0, 0]);
    });

    it('over the limit: not parsed at all, so a YAML error or a conflict is not reported either', () => {
      const clean = withStructuralMistakes(MAX_CHARS + 1000);
      const broken = `<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> other\n${clean.replace(/^(\s+)form: partially-automated$/m, '$1form: [partially-automated\n\tx: 1')}`;
      for (const text of [clean, broken]) {
        const a = timed(text, 2000, 'over the limit');
        assert.deepEqual(a.diagnostics.map((d) => d.code), ['syntax']);
        assert.match(a.diagnostics[0].message.en, /too large .*: it was not checked/);
      }
    });

    it('50 M characters: refused within 2 s without parsing', () => {
      const text = withStructuralMistakes(MAX_CHARS).repeat(25);
      const t0 = performance.now();
      const a = analyze(text, { now: FIXED_NOW });
      const ms = performance.now() - t0;
      console.log(`      analyze(${text.length} characters): ${Math.round(ms)} ms`);
      assert.ok(ms < 2000, `${Math.round(ms)} ms`);
      assert.equal(a.diagnostics.length, 1);
    });

    it('at the limit: every check runs (the same mistakes are reported)', () => {
      const text = withStructuralMistakes(MAX_CHARS - 200).slice(0, MAX_CHARS);
      assert.ok(text.length <= MAX_CHARS);
      const a = timed(text, 10_000, 'at the limit');
      const codes = new Set(a.diagnostics.map((d) => d.code));
      assert.ok(codes.has('unknown-key') && codes.has('missing-required'), [...codes].join());
      assert.ok(!a.diagnostics.some((d) => SIZE_WORDS.en.test(d.message.en)));
    });
  });

  describe('deep nesting', () => {
    const cases: [string, string][] = [
      ['10,000 `[` left open', deepNesting('flow-seq', 10_000, false)],
      ['10,000 `[` closed', deepNesting('flow-seq', 10_000, true)],
      ['10,000 `{a: ` left open', deepNesting('flow-map', 10_000, false)],
      ['10,000 `{a: ` closed, then a key', `${deepNesting('flow-map', 10_000, true)}\nb: 1\n`],
      ['10,000 `- ` on one line', deepNesting('inline-seq', 10_000)],
      ['10,000 `- ` as the value of a clause', `edition: kz-2010\ngeneral:\n  provider: ${deepNesting('inline-seq', 10_000)}  form: non-automated\n`],
      ['2,000 nested `-` lines, then a key', `${deepNesting('block-seq', 2000)}b: 1\n`],
      ['10,000 mixed `[`, `{a: `, `- `', deepNesting('mixed', 10_000)],
      ['10,000 `k: ` on one line', `${'k: '.repeat(10_000)}x\nb: 1\n`],
    ];
    for (const [name, text] of cases) {
      it(`${name}: no hang, no throw`, () => {
        const a = timed(text, 5000, name);
        assists(text, a, 5000, name);
      });
    }
  });

  describe('aliases', () => {
    for (const [name, text] of [
      ['billion laughs: 9 levels of 9 aliases', aliasBomb(9, 9)],
      ['a bomb wired into every clause of a standard', aliasBombStandard(9, 9)],
      ['20 levels of 20, with merge keys', aliasBombStandard(20, 20)],
    ] as const) {
      it(`${name}: analysed, hovered, completed and previewed within 2 s`, () => {
        const t0 = performance.now();
        const a = timed(text, 2000, name);
        assists(text, a, 2000, name);
        assert.ok(performance.now() - t0 < 2000);
      });
    }
  });

  describe('many keys and values', () => {
    it('100,000 list items within 10 s', () => {
      let text = 'edition: kz-2010\nlanguages: [kk, ru]\nprocedure:\n  documents:\n';
      for (let i = 0; i < 100_000; i++) text += `    - x${i}\n`;
      timed(text, 10_000, '100,000 items');
    });

    it('1,000 mappings of 100 keys within 10 s', () => {
      let text = 'edition: kz-2010\n';
      for (let j = 0; j < 1000; j++) {
        text += `m${j}:\n`;
        for (let i = 0; i < 100; i++) text += `  k${i}: v\n`;
      }
      timed(text, 10_000, '1,000 × 100 keys');
    });

    it('20,000 texts in kk and ru within 10 s', () => {
      let text = 'edition: kz-2010\nlanguages: [kk, ru]\nprocedure:\n  documents:\n';
      for (let i = 0; i < 20_000; i++) text += `    - {kk: Өтініш ${i}, ru: Заявление ${i}}\n`;
      timed(text, 10_000, '20,000 texts');
    });

    it('2,000 keys in one mapping within 5 s', () => {
      timed(manyKeys(2000), 5000, '2,000 keys');
      timed(manyKeys(2000, true), 5000, '2,000 keys under general');
    });
  });

  describe('inputs that once broke the engine', () => {
    it('100,000 keys in one mapping are analysed within 10 s, under and over the size limit', () => {
      let short = 'edition: kz-2010\nlanguages: [kk, ru]\n';
      for (let i = 0; i < 100_000; i++) short += `k${i}: ${i}\n`;
      assert.ok(short.length < MAX_CHARS);
      timed(short, 10_000, '100,000 keys');
      const long = manyKeys(100_000);
      assert.ok(long.length > MAX_CHARS);
      timed(long, 10_000, '100,000 keys over the size limit');
    });

    // Was: minutes. Each unknown key was compared with every other one, to tell a key written a
    // level off (reported once, where it landed) from a new one.
    it('50,000 keys written a level off are analysed within 10 s', () => {
      let text = 'edition: kz-2010\nlanguages: [kk, ru]\ngeneral:\n';
      for (let i = 0; i < 25_000; i++) text += `  service${i % 7 ? i : ''}:\n  name: x${i}\n`;
      const a = timed(text, 10_000, '50,000 keys a level off');
      assert.ok(a.diagnostics.some((d) => d.code === 'unknown-key'));
    });

    it('deep block nesting followed by a key does not throw', () => {
      for (const text of [`${'- '.repeat(10_000)}x\nb: c\n`, `${'? '.repeat(2000)}\nb: 1\n`, `${deepNesting('block-map', 2000)}b: 1\n`]) {
        const a = timed(text, 5000, text.slice(0, 10));
        assists(text, a, 5000, text.slice(0, 10));
      }
    });

    it('the CLI survives deep flow nesting in two files', () => {
      const dir = mkdtempSync(join(tmpdir(), 'ss-deep-'));
      writeFileSync(join(dir, 'a.standard.yaml'), '['.repeat(1000));
      writeFileSync(join(dir, 'b.standard.yaml'), '['.repeat(1000) + ']'.repeat(1000));
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'lint', join(dir, 'a.standard.yaml'), join(dir, 'b.standard.yaml')], { encoding: 'utf8' });
      assert.equal(r.signal, null, r.stderr.slice(0, 300));
      assert.equal(r.status, 1, r.stderr.slice(0, 300));
      assert.doesNotMatch(r.stdout, /call stack/);
    });

    it('a long Latin run in a text is checked within 2 s', () => {
      const base = (v: string) => `edition: kz-2010\nlanguages: [kk, ru]\nservice:\n  name:\n    kk: ${v}\n    ru: текст\n  code: "1"\n`;
      for (const v of [`Аты ${'a-'.repeat(40_000)}`, 'a'.repeat(80_000), `Аты ${'-'.repeat(80_000)}a`]) timed(base(v), 2000, v.slice(0, 12));
    });

    it('completion stays quick next to a long run of spaces', () => {
      const text = `edition: kz-2010\nservice:\n  name: x${' '.repeat(160_000)}y\n`;
      const a = analyze(text);
      const t0 = performance.now();
      complete({ text, offset: 20, catalog: a.catalog, lang: 'en', languages: a.model.languages });
      assert.ok(performance.now() - t0 < 1000, `completion took ${Math.round(performance.now() - t0)} ms`);
    });
  });
});
