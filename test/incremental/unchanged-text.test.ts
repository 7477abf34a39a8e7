/**
 * A document analysed anew with its text unchanged (the dictionaries were read after the first
 * diagnostics, or the date moved on): only the rules that read the dictionaries or the date run
 * again, and the diagnostics are those of a fresh analysis.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions } from '../../server/src/core/engine';
import { derive } from '../../server/src/core/incremental';
import { rules } from '../../server/src/core/rules';
import { nodeSpellers } from '../../server/src/node/spell/speller';
import { FIXED_NOW, replaced } from '../helpers';

const spellers = nodeSpellers();
const BEFORE_ACTS = new Date('2000-01-01T12:00:00Z');
const MISSPELT = replaced('    kk: Құжаттардың қабылданғаны туралы қолхат', '    kk: Құжаттардың қабылданғаны туралы қолхат, мәрзімдер');
/** A misspelt word behind a disable comment: before the dictionaries are read the comment silences nothing (it is reported unused), after they are it silences the word. */
const SILENCED = replaced(
  '    kk: Құжаттардың қабылданғаны туралы қолхат',
  '    kk: Құжаттардың қабылданғаны туралы қолхат, мәрзімдер # service-standard-disable-line spelling',
);

const texts: [string, string][] = [
  ['misspelt', MISSPELT],
  ['silenced', SILENCED],
  ['with a syntax error', `${MISSPELT}\nbroken: [unclosed\n`],
  ...readdirSync('examples')
    .filter((f) => f.endsWith('.standard.yaml'))
    .map((f): [string, string] => [f, readFileSync(join('examples', f), 'utf8')]),
];

describe('incremental: the same text analysed again', () => {
  for (const [name, text] of texts) {
    it(`${name}: once the dictionaries are read and the date has moved on, the diagnostics are a fresh analysis's`, () => {
      const config = { rules: { 'text-hygiene': 'off' as const } };
      const first = derive(undefined, text, { now: BEFORE_ACTS, config });
      const now: AnalyzeOptions = { now: FIXED_NOW, config, speller: spellers };
      const again = derive(first, text, now);
      assert.deepEqual(again.diagnostics, analyze(text, now).diagnostics);
    });
  }

  it('finds what changed: the misspelt word, the acts no longer dated in the future', () => {
    const first = derive(undefined, MISSPELT, { now: BEFORE_ACTS });
    const again = derive(first, MISSPELT, { now: FIXED_NOW, speller: spellers });
    const count = (ds: { code: string }[], code: string) => ds.filter((d) => d.code === code).length;
    assert.equal(count(first.diagnostics, 'spelling'), 0);
    assert.ok(count(again.diagnostics, 'spelling') > 0, 'the unknown word is reported');
    assert.ok(count(first.diagnostics, 'legal-basis') > 0, 'the acts are after 2000-01-01');
    assert.equal(count(again.diagnostics, 'legal-basis'), 0);
  });

  it('runs every rule again under another config', () => {
    const text = `${MISSPELT}bogus-key: 1\n`;
    const first = derive(undefined, text, { now: FIXED_NOW, config: { rules: { 'unknown-key': 'off' } } });
    assert.ok(!first.diagnostics.some((d) => d.code === 'unknown-key'));
    const again = derive(first, text, { now: FIXED_NOW, config: { rules: {} } });
    assert.ok(again.diagnostics.some((d) => d.code === 'unknown-key'), 'the rule turned on again reports');
  });

  it('declares, in each rule that reads the dictionaries or the date, that it does (`reads`)', () => {
    const dir = 'server/src/core/rules';
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const rule of rules) {
      const src = sources.find((s) => s.includes(`code: '${rule.code}'`));
      assert.ok(src, `the module of ${rule.code}`);
      const reads = [/\bctx\.spelling\b/.test(src) && 'speller', /\bctx\.now\b/.test(src) && 'today'].filter(Boolean);
      assert.deepEqual([...(rule.reads ?? [])].sort(), reads.sort(), rule.code);
    }
  });
});
