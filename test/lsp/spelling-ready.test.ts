/** The server does not wait for the dictionaries: the open documents are checked again once they are read. */
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { DIALECT_STANDARD } from '../helpers';
import { LspClient } from '../support/lsp-client';
import { testServer } from '../support/our-server';
import type { SpellLang, Speller } from '../../server/src/core/rules/text/speller';
import { backgroundSpellers } from '../../server/src/node/spell/speller';

const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат';
/** The standard under its own service code (documents that share one are published again together). */
const withCode = (text: string, n: number) => text.replace(/^( {2}code: ")\d{8}"/m, `$1${String(10000000 + n)}"`);
const CLEAN = withCode(DIALECT_STANDARD, 0);
const MISSPELT = DIALECT_STANDARD.replace(KK, `${KK}, мәрзімдер`);
const uri = (name: string) => pathToFileURL(`/tmp/spelling-ready/${name}`).href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('language server: the spelling dictionaries read after the first diagnostics', function () {
  this.timeout(30000);

  it('shows the unknown word of each open document once they are read, answers requests meanwhile, and sends a document without one only once', async () => {
    assert.notEqual(MISSPELT, DIALECT_STANDARD);
    assert.notEqual(CLEAN, DIALECT_STANDARD);
    const c = await LspClient.start(testServer({ configuration: {} }));
    try {
      await c.settled();
      const names = ['a', 'b', 'c', 'd'].map((n) => uri(`${n}.standard.yaml`));
      const clean = uri('clean.standard.yaml');
      await Promise.all([...names.map((u, i) => c.open(u, withCode(MISSPELT, i + 1))), c.open(clean, CLEAN)]);
      const hover = await c.request('textDocument/hover', { textDocument: { uri: clean }, position: { line: 0, character: 1 } });
      assert.notEqual(hover, undefined);
      const spelt = (u: string) => (c.published.get(u) ?? []).some((p) => p.diagnostics.some((d) => d.code === 'spelling'));
      for (let i = 0; i < 200 && !names.every(spelt); i++) await sleep(50);
      for (const u of names) assert.ok(spelt(u), `${u}: the unknown word is shown`);
      const word = c.published.get(names[0])!.at(-1)!.diagnostics.find((d) => d.code === 'spelling')!;
      assert.match(typeof word.message === 'string' ? word.message : word.message.value, /мәрзімдер/);
      await sleep(300);
      assert.equal(c.published.get(clean)!.length, 1, 'the clean document is not sent again');
    } finally {
      await c.stop();
    }
  });
});

describe('language server: a long report unchanged by the dictionaries', function () {
  this.timeout(30000);

  it('is sent once (kept as a digest, not as its text)', async () => {
    const keys = Array.from({ length: 600 }, (_, i) => `bogus-key-${i}: 1`).join('\n');
    const text = `${withCode(DIALECT_STANDARD, 99)}\n${keys}\n`;
    const c = await LspClient.start(testServer({ configuration: {} }));
    try {
      await c.settled();
      const u = uri('long.standard.yaml');
      await c.open(u, text);
      const first = c.published.get(u)![0];
      assert.ok(JSON.stringify(first.diagnostics).length > 64 * 1024, 'a report longer than what is kept as it was sent');
      await sleep(1500);
      assert.equal(c.published.get(u)!.length, 1, 'not sent again once the dictionaries are read');
    } finally {
      await c.stop();
    }
  });
});

/** Holds the thread for `ms` milliseconds, as a dictionary's reading or a first look-up does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('language server: how the dictionaries are read in the background', () => {
  it('reads one language per turn of the event loop and looks the open documents\' words up ahead in slices, so that requests get turns in between; `ready` comes once, after every word', async () => {
    const looked: string[] = [];
    const fake = (lang: SpellLang): Speller => {
      busy(20);
      return { correct: (w) => (looked.push(`${lang}:${w}`), busy(0.05), true), suggest: () => [] };
    };
    const words = (lang: SpellLang) => Array.from({ length: 2000 }, (_, i) => `${lang}${i}`);
    let readyAt = -1;
    const lookedAtReady: number[] = [];
    let turns = 0;
    const ready = new Promise<void>((resolve) => {
      const provider = backgroundSpellers(() => (lookedAtReady.push(looked.length), (readyAt = turns), resolve()), words, fake);
      assert.equal(provider('kk'), undefined, 'no speller before the dictionary is read');
      assert.equal(provider('ru'), undefined);
      // A request arriving meanwhile: one turn of the event loop after another, counted until `ready`.
      const tick = () => {
        turns++;
        if (readyAt < 0) setImmediate(tick);
      };
      setImmediate(tick);
    });
    await ready;
    assert.deepEqual(lookedAtReady, [4000], 'every word of both languages was looked up before `ready`, once');
    // Two dictionaries of 20 ms and 4,000 look-ups of 0.05 ms in slices of 8 ms: some thirty turns.
    assert.ok(readyAt >= 10, `other work had ${readyAt} turns while the dictionaries were read`);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(lookedAtReady, [4000], '`ready` is called once');
  });

  it('gives a language\'s speller as soon as it is read, and reads a language asked for later in a new round', async () => {
    const read: SpellLang[] = [];
    let readies = 0;
    const provider = backgroundSpellers(() => readies++, () => [], (lang) => (read.push(lang), { correct: () => true, suggest: () => [] }));
    assert.equal(provider('kk'), undefined);
    for (let i = 0; i < 100 && readies === 0; i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(provider('kk'), 'the Kazakh speller once read');
    assert.equal(provider('ru'), undefined, 'Russian was not asked for: not read');
    for (let i = 0; i < 100 && readies === 1; i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(provider('ru'));
    assert.deepEqual(read, ['kk', 'ru']);
    assert.equal(readies, 2);
  });

  it('reads on when looking ahead fails: the spellers are given and `ready` still comes', async () => {
    let readies = 0;
    const failing = function* (): Generator<string> {
      yield 'бір';
      throw new Error('a document in an unexpected state');
    };
    const provider = backgroundSpellers(() => readies++, failing, () => ({ correct: () => true, suggest: () => [] }));
    provider('kk');
    provider('ru');
    for (let i = 0; i < 100 && readies === 0; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(readies, 1);
    assert.ok(provider('kk') && provider('ru'));
  });
});
