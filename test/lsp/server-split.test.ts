/**
 * The server starts without its Word, HTML and zip libraries: `dist/server.js` leaves them to
 * `dist/server-heavy.js`, which the process loads when the first export, compare or import
 * arrives, not for diagnostics, completion, hover or the preview.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompareRequest, ExportOfficialRequest, PreviewRequest } from '../../server/src/protocol';
import { fixture } from '../helpers';
import { LspClient } from '../support/lsp-client';
import { fileUri, SERVER, testServer } from '../support/our-server';

const WORD_HTML = ['docx', 'mammoth', 'jszip', 'pako', 'htmlparser2', '@xmldom/xmldom'];

/** The packages whose code a bundle carries, from its source map. */
function packagesOf(bundle: string): Set<string> {
  const { sources } = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };
  return new Set(sources.map((s) => /node_modules\/((@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter((p): p is string => !!p));
}

describe('the server in two files', function () {
  this.timeout(30000);

  it('keeps the Word, HTML and zip libraries out of dist/server.js, in dist/server-heavy.js', () => {
    const main = packagesOf(SERVER);
    const heavy = packagesOf(SERVER.replace(/server\.js$/, 'server-heavy.js'));
    assert.deepEqual(WORD_HTML.filter((p) => main.has(p)), []);
    assert.deepEqual(WORD_HTML.filter((p) => !heavy.has(p)), []);
    // The heavy file takes the engine from the server's one instance instead of a copy of it.
    assert.ok(!heavy.has('vscode-languageserver') && !heavy.has('nspell'), [...heavy].join(', '));
  });

  it('loads dist/server-heavy.js at the first export, not to analyse, complete, hover or preview', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-split-'));
    // Reports each file of the server that the process compiles.
    const report = join(dir, 'report-loads.js');
    writeFileSync(report, `const M = require('module'); const compile = M.prototype._compile;
M.prototype._compile = function (code, file) { if (/server-heavy\\.js$/.test(file)) process.stderr.write('compiled server-heavy.js\\n'); return compile.call(this, code, file); };`);
    const spec = testServer({ locale: 'en' });
    const c = await LspClient.start({ ...spec, args: ['-r', report, SERVER, '--stdio'] });
    const loads = () => c.stderr.join('').split('\n').filter((l) => l === 'compiled server-heavy.js').length;
    try {
      const uri = fileUri(join(dir, 'address-certificate.standard.yaml'));
      const text = fixture('examples/address-certificate.standard.yaml');
      await c.open(uri, text);
      const at = { textDocument: { uri }, position: { line: 2, character: 3 } };
      await c.conn.sendRequest('textDocument/hover', at);
      await c.conn.sendRequest('textDocument/completion', at);
      const preview = await c.conn.sendRequest(PreviewRequest, { uri });
      assert.match(preview!.body, /^<article class="official" lang="kk">/);
      assert.equal(loads(), 0, c.stderr.join(''));

      const exported = await c.conn.sendRequest(ExportOfficialRequest, { uri, format: 'txt', lang: 'ru' });
      assert.ok(exported && 'data' in exported, JSON.stringify(exported));
      assert.match(exported.data, /Государственную услугу оказывает/);
      const compared = await c.conn.sendRequest(CompareRequest, { uri, oldText: text.replace(/\n$/, '\n# unchanged\n') });
      assert.deepEqual(compared, { unchanged: true });
      assert.equal(loads(), 1, c.stderr.join(''));
    } finally {
      await c.stop();
    }
  });
});
