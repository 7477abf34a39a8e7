/** The language server's settings, its config file and the workspace, through the real protocol. */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD, ROOT } from '../helpers';
import { fileUri, startServer } from '../support/our-server';

describe('language server settings, config and workspace', function () {
  this.timeout(30000);

  it('analyses the open documents again after a settings notification only if the settings changed', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (const pulls of [false, true]) {
      const c = await startServer(pulls ? { configuration: { language: 'en' } } : { settings: { language: 'en' } });
      try {
        const u = `file:///tmp/same-settings-${pulls}.standard.yaml`;
        await c.open(u, DIALECT_STANDARD);
        await sleep(300);
        const count = () => c.published.get(u)?.length ?? 0;
        const before = count();
        c.notify('workspace/didChangeConfiguration', { settings: { serviceStandard: { language: 'en' } } });
        await sleep(500);
        assert.equal(count(), before, `nothing published again (${pulls ? 'pulled' : 'pushed'} settings)`);
        c.configuration = () => ({ language: 'kk' });
        const changed = c.diagnostics(u);
        c.notify('workspace/didChangeConfiguration', { settings: { serviceStandard: { language: 'kk' } } });
        await changed; // a change is published
      } finally {
        await c.stop();
      }
    }
  });

  it('speaks the client locale, and the language setting wins when it changes', async () => {
    const c = await startServer({ locale: 'ru-RU', configuration: { language: 'auto' } });
    try {
      const u = 'file:///tmp/locale.standard.yaml';
      const text = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:');
      const diags = (await c.open(u, text)).publish.diagnostics;
      assert.match(String(diags.find((d) => d.code === 'unknown-key')!.message), /Неизвестный ключ/);
      // The server pulls the configuration after a change: answer with kk from now on.
      c.configuration = () => ({ language: 'kk' });
      const again = c.diagnostics(u);
      c.notify('workspace/didChangeConfiguration', { settings: null });
      assert.match(String((await again).find((d) => d.code === 'unknown-key')!.message), /Белгісіз кілт/);
    } finally {
      await c.stop();
    }
    const k = await startServer({ locale: 'ru', settings: { language: 'kk' } });
    try {
      const diags = (await k.open('file:///tmp/kk.standard.yaml', DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:'))).publish.diagnostics;
      assert.match(String(diags.find((d) => d.code === 'unknown-key')!.message), /Белгісіз кілт/);
    } finally {
      await k.stop();
    }
  });

  it('honours .service-standard.yaml and reloads it when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-cfg-'));
    mkdirSync(join(dir, '.git'));
    const cfg = join(dir, '.service-standard.yaml');
    writeFileSync(cfg, 'rules:\n  on-the-spot-time: error\n');
    const c = await startServer({ root: dir });
    try {
      const u = fileUri(join(dir, 'a.standard.yaml'));
      const text = DIALECT_STANDARD.replace(/(max-service: )\S+ \S+/, '$19 hours');
      const first = (await c.open(u, text)).publish.diagnostics;
      assert.equal(first.find((d) => d.code === 'on-the-spot-time')!.severity, 1);
      writeFileSync(cfg, 'rules:\n  on-the-spot-time: off\n');
      const next = c.diagnostics(u);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg), type: 2 }] });
      assert.deepEqual((await next).map((d) => d.code), []);
    } finally {
      await c.stop();
    }
  });

  it('warns on both standards of a workspace that share a service code, and clears when one changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-ws-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'disk.standard.yaml'), DIALECT_STANDARD);
    const c = await startServer({ root: dir });
    try {
      const u = fileUri(join(dir, 'open.standard.yaml'));
      let diags: Diagnostic[] = (await c.open(u, DIALECT_STANDARD)).publish.diagnostics;
      // The workspace scan may land just after the first publish.
      for (let i = 0; i < 20 && !diags.some((d) => d.code === 'duplicate-service-code'); i++) diags = await c.diagnostics(u);
      const dup = diags.find((d) => d.code === 'duplicate-service-code')!;
      assert.ok(dup);
      assert.equal(dup.relatedInformation![0].location.uri, fileUri(join(dir, 'disk.standard.yaml')));
      const changed = (await c.change(u, 2, [{ text: DIALECT_STANDARD.replace(/code: .*/, 'code: "99999999"') }])).publish.diagnostics;
      assert.deepEqual(changed.map((d) => d.code), []);
      // A document that is closed without being saved no longer counts.
      const unsaved = fileUri(join(dir, 'unsaved.standard.yaml'));
      await c.change(u, 3, [{ text: DIALECT_STANDARD }]);
      const both = (await c.open(unsaved, DIALECT_STANDARD.replace(/code: .*/, 'code: "99999999"'))).publish.diagnostics;
      assert.deepEqual(both.map((d) => d.code), []);
      const mine = (await c.change(u, 4, [{ text: DIALECT_STANDARD.replace(/code: .*/, 'code: "99999999"') }])).publish.diagnostics;
      assert.ok(mine.some((d) => d.code === 'duplicate-service-code'));
      const after = c.diagnostics(u);
      c.notify('textDocument/didClose', { textDocument: { uri: unsaved } });
      assert.deepEqual((await after).map((d) => d.code), []);
    } finally {
      await c.stop();
    }
  });

  it('exits when its parent process dies', async () => {
    const { spawn } = await import('node:child_process');
    const parent = spawn(process.execPath, ['-e', `
      const { spawn } = require('node:child_process');
      const s = spawn(process.execPath, [${JSON.stringify(join(ROOT, 'dist/server.js'))}, '--stdio', '--clientProcessId=' + process.pid], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
      console.log(s.pid);
      setTimeout(() => process.exit(0), 300);
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = Number((await new Promise<string>((r) => parent.stdout!.once('data', (d) => r(String(d))))).trim());
    await new Promise((r) => parent.once('exit', r));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(alive(), false, 'the server exited after its parent');
  });
});
