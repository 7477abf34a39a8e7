/**
 * Third-party LSP clients: Neovim's built-in client and Emacs' eglot open the broken example and
 * print the server's diagnostics. Where an editor is not installed the test is skipped, unless
 * SERVICE_STANDARD_REQUIRE_EDITORS is set (as in CI), where it fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const SERVER = join(ROOT, 'dist/server.js');
const required = !!process.env.SERVICE_STANDARD_REQUIRE_EDITORS;

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function brokenCopy(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ss-editor-'));
  const file = join(dir, 'mistakes.standard.yaml');
  copyFileSync(join(ROOT, 'examples/broken/mistakes.standard.yaml'), file);
  return { dir, file };
}

describe('third-party LSP clients', function () {
  this.timeout(60000);

  it('Neovim shows the diagnostics of the broken example', function () {
    if (!has('nvim')) {
      if (required) assert.fail('nvim is not installed');
      this.skip();
    }
    const { dir } = brokenCopy();
    const r = spawnSync('nvim', ['--headless', '--clean', 'mistakes.standard.yaml', '-c', `luafile ${join(ROOT, 'test/editors/neovim-client.lua')}`], {
      cwd: dir,
      env: { ...process.env, SS_SERVER: SERVER },
      encoding: 'utf8',
      timeout: 45000,
    });
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.ok(lines.includes('23:1 missing-required Missing clause 10 (Premises): key `premises` is required in `general`.'), r.stdout + r.stderr);
    // Neovim counts columns in bytes: check the line and the code.
    assert.ok(lines.some((l) => /^106:\d+ orthography .*тапсыраЊан/.test(l)), r.stdout);
  });

  it('Emacs eglot shows the diagnostics of the broken example', function () {
    if (!has('emacs')) {
      if (required) assert.fail('emacs is not installed');
      this.skip();
    }
    const { dir } = brokenCopy();
    const r = spawnSync('emacs', ['--batch', '-Q', '-l', join(ROOT, 'test/editors/emacs-client.el'), 'mistakes.standard.yaml'], {
      cwd: dir,
      env: { ...process.env, SS_SERVER: SERVER },
      encoding: 'utf8',
      timeout: 45000,
    });
    assert.match(r.stdout, /^23 service-standard \[missing-required\]: Missing clause 10 \(Premises\)/m, r.stdout + r.stderr.slice(-2000));
    assert.match(r.stdout, /^71 service-standard \[fee-consistency\]:/m);
  });
});
