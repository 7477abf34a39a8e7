/**
 * The language server under input it must survive or refuse: a corrupt frame, a preview request
 * with a hostile language, a 50 MB document. Spawned from dist/server.js, spoken to over stdio.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/engine';
import { renderHtml } from '../../server/src/core/render/html';
import type { Lang } from '../../server/src/core/types';
import { ExportHtmlRequest, ExportOfficialRequest, PreviewRequest } from '../../server/src/protocol';
import { DIALECT_STANDARD } from '../helpers';
import type { LspClient } from '../support/lsp-client';
import { SERVER, startServer } from '../support/our-server';

/** Resolves with the exit code (or the signal) of `proc`, or 'alive' after `ms`. */
function exited(proc: ChildProcess, ms: number): Promise<number | string> {
  if (proc.exitCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve('alive'), ms);
    proc.once('exit', (code, signal) => {
      clearTimeout(t);
      resolve(code ?? signal ?? 'unknown');
    });
  });
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const HOSTILE = '"><script>x</script>';

describe('language server robustness', function () {
  this.timeout(60000);

  describe('a corrupt frame ends the server, so that the client starts a new one', () => {
    const cases: [string, (initialize: string) => string][] = [
      ['a Content-Length that is not a number', () => 'Content-Length: abc\r\n\r\n{}'],
      ['a frame without Content-Length', () => 'Content-Type: application/json\r\n\r\n{}'],
      ['a body that is not JSON', (init) => init + frame('{"jsonrpc": "2.0", "method": oops')],
    ];
    for (const [name, bytes] of cases) {
      it(name, async () => {
        const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        proc.stderr!.on('data', (d) => (stderr += String(d)));
        proc.stdout!.resume();
        const init = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
        proc.stdin!.write(bytes(init));
        const code = await exited(proc, 5000);
        if (code === 'alive') proc.kill('SIGKILL');
        assert.notEqual(code, 'alive', 'the server exits within 5 s');
        assert.notEqual(code, 0);
        const lines = stderr.trim().split('\n');
        assert.match(lines.at(-1)!, /^service-standard: the client sent a message that cannot be read/);
      });
    }

    it('also after initialization, with the exit code the client sees', async () => {
      const client = await startServer({ locale: 'ru' });
      client.proc.stdin!.write('Content-Length: abc\r\n\r\n{"a": 1}');
      const code = await exited(client.proc, 5000);
      assert.equal(code, 2);
      assert.match(client.stderr.join('').trim().split('\n').at(-1)!, /нечитаемое сообщение/);
    });
  });

  describe('preview and export take only a known language', () => {
    let client: LspClient;
    const uri = 'file:///tmp/ss-robust/hostile.standard.yaml';
    before(async () => {
      client = await startServer({ locale: 'en' });
      await client.open(uri, DIALECT_STANDARD);
    });
    after(() => client.stop());

    it('a hostile `lang` falls back to the default and injects no markup', async () => {
      const preview = await client.conn.sendRequest(PreviewRequest, { uri, lang: HOSTILE as Lang, view: 'data' });
      assert.equal(preview!.lang, 'en');
      assert.ok(!preview!.body.includes('<script'), preview!.body.slice(0, 300));
      assert.match(preview!.body, /^<main class="standard" lang="en">/);
      // The published text falls back to the standard's first language; an unknown view is the document view.
      const doc = await client.conn.sendRequest(PreviewRequest, { uri, lang: HOSTILE as Lang, view: HOSTILE as 'data' });
      assert.equal(doc!.view, 'document');
      assert.match(doc!.body, /^<article class="official" lang="kk">/);
      assert.ok(!doc!.body.includes('<script'));
      const word = await client.conn.sendRequest(ExportOfficialRequest, { uri, lang: HOSTILE as Lang, format: HOSTILE as 'docx' });
      assert.ok(word && !('error' in word) && word.format === 'html' && word.lang === 'kk' && !word.data.includes('<script>x'));
      const exported = (await client.conn.sendRequest(ExportHtmlRequest, { uri, lang: HOSTILE as Lang }))!;
      assert.ok(!exported.html.includes('<script>x'), exported.html.slice(0, 300));
      assert.match(exported.html, /<html lang="en">/);
      const ru = await client.conn.sendRequest(PreviewRequest, { uri, lang: 'ru' });
      assert.equal(ru!.lang, 'ru');
    });

    it('the renderer escapes the language it is given anyway', () => {
      const html = renderHtml(analyze(DIALECT_STANDARD), { lang: HOSTILE as Lang, showModelText: false });
      assert.ok(!html.includes('<script>x'));
      assert.match(html, /<html lang="&quot;&gt;&lt;script&gt;/);
    });
  });

  describe('a 50 MB document', () => {
    it('gets one "too large" diagnostic, empty assists, and the server stays responsive', async () => {
      const client = await startServer({ locale: 'en' });
      try {
        const filler = '# Қосымша түсініктеме / Дополнительный комментарий / padding\n';
        const text = DIALECT_STANDARD + filler.repeat(Math.ceil((50_000_000 - DIALECT_STANDARD.length) / filler.length));
        const uri = 'file:///tmp/ss-robust/huge.standard.yaml';
        const t0 = performance.now();
        const opened = client.diagnostics(uri, 1, 30000);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'service-standard', version: 1, text } });
        const diags: Diagnostic[] = await opened;
        const tOpen = performance.now() - t0;
        assert.equal(diags.length, 1, diags.map((d) => d.message).join('\n'));
        assert.match(String(diags[0].message), /too large/);

        const end = { line: text.split('\n').length - 1, character: 0 };
        const doc = { textDocument: { uri } };
        const t1 = performance.now();
        assert.deepEqual(await client.request<CompletionItem[]>('textDocument/completion', { ...doc, position: end }), []);
        assert.deepEqual(await client.request('textDocument/documentSymbol', doc), []);
        assert.deepEqual(await client.request('textDocument/foldingRange', doc), []);
        assert.deepEqual(await client.request('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end } }), []);
        assert.equal(await client.request('textDocument/hover', { ...doc, position: { line: 3, character: 2 } }), null);
        const tAssists = performance.now() - t1;

        const changed = client.diagnostics(uri, 2, 30000);
        client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: '# one more line\n' }] });
        assert.equal((await changed).length, 1);
        const tChange = performance.now() - t0 - tOpen - tAssists;

        const small = (await client.open('file:///tmp/ss-robust/small.standard.yaml', DIALECT_STANDARD)).publish.diagnostics;
        assert.deepEqual(small, []);
        const total = performance.now() - t0;
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${client.proc.pid}/status`, 'utf8'))?.[1];
        console.log(`      50 MB: diagnostics in ${Math.round(tOpen)} ms, assists in ${Math.round(tAssists)} ms, an edit in ${Math.round(tChange)} ms; server RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB`);
        assert.ok(total < 30000, `${Math.round(total)} ms`);
      } finally {
        await client.stop();
      }
    });
  });
});
