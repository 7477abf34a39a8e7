/**
 * The protocol client of the tests and the bench, when the server it drives dies: whatever waits
 * on it fails at once with the exit code and the server's last words, instead of hanging until its
 * timeout or letting the run end without a word.
 */
import assert from 'node:assert/strict';
import { LspClient } from '../support/lsp-client';
import { DIALECT_STANDARD } from '../helpers';
import { startServer, testServer } from '../support/our-server';

describe('test client: a server that dies', function () {
  this.timeout(30000);

  it('before answering `initialize`: the start fails with its exit code and stderr', async () => {
    const spec = { ...testServer(), command: process.execPath, args: ['-e', "process.stderr.write('cannot start: no catalog'); process.exit(3)"] };
    await assert.rejects(LspClient.start(spec), /exited \(3\); stderr: cannot start: no catalog/);
  });

  it('while diagnostics and requests are awaited: they fail within a second, saying it exited', async () => {
    const c = await startServer();
    const uri = 'file:///tmp/dies.standard.yaml';
    await c.open(uri, DIALECT_STANDARD);
    const waiting = c.nextPublish(uri, 9);
    const t0 = performance.now();
    c.proc.kill('SIGKILL');
    await assert.rejects(waiting, /exited \(SIGKILL\)/);
    assert.ok(performance.now() - t0 < 1000, `the wait ended after ${Math.round(performance.now() - t0)} ms`);
    await assert.rejects(c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), /exited \(SIGKILL\)/);
    await assert.rejects(c.diagnostics(uri, 10), /exited \(SIGKILL\)/);
  });
});
