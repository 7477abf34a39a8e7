/** The server does not wait for the dictionaries: the open documents are checked again once they are read. */
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { DIALECT_STANDARD } from '../helpers';
import { LspClient } from '../support/lsp-client';
import { testServer } from '../support/our-server';

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
