/**
 * What the tools read from disk: only regular files, never out of the linted folder through a
 * link, each file once; the output is never written over an input; odd encodings get one clear line.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_STANDARD } from '../helpers';
import { fileUri, startServer } from '../support/our-server';
import { cli, errLines, noTrace, tmp } from './cli-run';

const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function folder(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'a.standard.yaml'), DIALECT_STANDARD);
  return dir;
}

describe('files the tools read', function () {
  this.timeout(60_000);

  describe('the output is never one of the inputs', () => {
    for (const [name, output] of [
      ['the same path', (d: string) => join(d, 'a.standard.yaml')],
      ['a symbolic link to it', (d: string) => (symlinkSync(join(d, 'a.standard.yaml'), join(d, 'out.html')), join(d, 'out.html'))],
      ['a hard link to it', (d: string) => (linkSync(join(d, 'a.standard.yaml'), join(d, 'hard.html')), join(d, 'hard.html'))],
    ] as const) {
      for (const command of ['render', 'lint'] as const) {
        it(`${command} F -o ${name}: refused in one line, exit 2, the standard unchanged`, () => {
          const dir = folder();
          const out = output(dir);
          const r = cli([command, 'a.standard.yaml', '-o', out], dir);
          assert.equal(r.code, 2, r.err);
          assert.equal(errLines(r).length, 1, r.err);
          assert.match(r.err, /^service-standard: .*one of the input files/);
          assert.equal(readFileSync(join(dir, 'a.standard.yaml'), 'utf8'), DIALECT_STANDARD);
        });
      }
    }

    it('new does not write through a link to a missing file', () => {
      const dir = tmp();
      symlinkSync(join(dir, 'elsewhere', 'x.yaml'), join(dir, 'n.standard.yaml'));
      for (const args of [['new', 'n.standard.yaml'], ['new', 'n.standard.yaml', '--force']]) {
        const r = cli(args, dir);
        assert.equal(r.code, 2, r.err);
        assert.match(r.err, /^service-standard: n\.standard\.yaml is a link to a missing file; not written\n$/);
      }
      assert.ok(!existsSync(join(dir, 'elsewhere')));
    });

    it('render -o into a folder that cannot be made: one line, exit 2, at once', () => {
      const r = cli(['render', 'a.standard.yaml', '-o', '/proc/nope/x.html'], folder(), 10_000);
      assert.equal(r.signal, null, 'no hang');
      assert.equal(r.code, 2);
      assert.deepEqual(errLines(r), ['service-standard: /proc/nope/x.html: cannot be written (ENOENT)']);
    });
  });

  describe('special files', () => {
    it('a link to /dev/zero and a FIFO in a linted folder: linted at once, one line each', () => {
      const dir = folder();
      mkdirSync(join(dir, 'sub'));
      symlinkSync('/dev/zero', join(dir, 'zero.standard.yaml'));
      execFileSync('mkfifo', [join(dir, 'sub', 'pipe.standard.yaml')]);
      symlinkSync(join(dir, 'sub', 'pipe.standard.yaml'), join(dir, 'pipe-link.standard.yaml'));
      const r = cli(['lint', '.'], dir, 15_000);
      assert.equal(r.signal, null, 'no hang');
      assert.equal(r.code, 2, r.err);
      noTrace(r);
      assert.match(r.err, /zero\.standard\.yaml: a link that leads outside \.; not followed/);
      assert.match(r.err, /pipe(-link)?\.standard\.yaml: a named pipe \(FIFO\), not a file; not read/);
      assert.equal(errLines(r).length, 2, 'the link to the FIFO is the FIFO itself, listed once');
    });

    it('render of a FIFO, a directory, /dev/zero: one line, exit 2, at once', () => {
      const dir = folder();
      execFileSync('mkfifo', [join(dir, 'pipe.standard.yaml')]);
      for (const [file, what] of [
        ['pipe.standard.yaml', /a named pipe \(FIFO\)/],
        ['.', /a directory/],
        ['/dev/zero', /a device/],
      ] as const) {
        const r = cli(['render', file], dir, 10_000);
        assert.equal(r.signal, null, `${file}: no hang`);
        assert.equal(r.code, 2);
        assert.equal(errLines(r).length, 1, r.err);
        assert.match(r.err, what);
      }
    });
  });

  describe('links', () => {
    it('a link out of the linted folder is not followed, and its content is never quoted', () => {
      const outside = tmp();
      writeFileSync(join(outside, '.env'), `FOO=bar\n${SECRET}\nDB: postgres\n`);
      const dir = folder();
      symlinkSync(join(outside, '.env'), join(dir, 'secret.standard.yaml'));
      symlinkSync(outside, join(dir, 'elsewhere'));
      for (const format of ['json', 'sarif', 'stylish']) {
        const r = cli(['lint', '.', '--format', format], dir);
        assert.doesNotMatch(r.out + r.err, /AWS_SECRET|wJalr/, format);
        assert.equal(r.code, 0, r.err);
        assert.deepEqual(errLines(r), [
          'service-standard: elsewhere: a link that leads outside .; not followed',
          'service-standard: secret.standard.yaml: a link that leads outside .; not followed',
        ]);
      }
    });

    it('a glob is searched like a folder: links inside it are followed, links out of it are not', () => {
      const outside = tmp();
      writeFileSync(join(outside, 'other.standard.yaml'), DIALECT_STANDARD.replace(/code: .*/, 'code: "outside"'));
      const dir = folder();
      mkdirSync(join(dir, 'std', 'shared'), { recursive: true });
      writeFileSync(join(dir, 'std', 'shared', 's.standard.yaml'), 'edition: kz-2010\n');
      symlinkSync(join(dir, 'std', 'shared', 's.standard.yaml'), join(dir, 'std', 'in.standard.yaml'));
      symlinkSync(join(dir, 'a.standard.yaml'), join(dir, 'std', 'up.standard.yaml'));
      symlinkSync(join(outside, 'other.standard.yaml'), join(dir, 'std', 'out.standard.yaml'));
      symlinkSync('/', join(dir, 'std', 'root'));
      const r = cli(['lint', 'std/**/*.standard.yaml', '--format', 'json'], dir, 15_000);
      assert.equal(r.signal, null, 'no hang');
      assert.deepEqual(errLines(r), [
        'service-standard: std/out.standard.yaml: a link that leads outside std; not followed',
        'service-standard: std/root: a link that leads outside std; not followed',
        'service-standard: std/up.standard.yaml: a link that leads outside std; not followed',
      ]);
      assert.deepEqual([...new Set((JSON.parse(r.out) as { file: string }[]).map((x) => x.file))], ['std/in.standard.yaml'], 'the file and the link to it, once');
    });

    it('the unknown-key message quotes only the first line of the key, cut to 40 characters', () => {
      const dir = tmp();
      writeFileSync(join(dir, 'env.standard.yaml'), `FOO=bar\n${SECRET}\nDB: postgres\n`);
      writeFileSync(join(dir, 'long.standard.yaml'), `edition: kz-2010\n${'k'.repeat(500)}: 1\n`);
      const r = cli(['lint', '.', '--format', 'json'], dir);
      assert.doesNotMatch(r.out, /AWS_SECRET|wJalr/);
      const keys = (JSON.parse(r.out) as { code: string; message: string }[]).filter((x) => x.code === 'unknown-key');
      assert.ok(keys.length >= 1);
      for (const k of keys) assert.ok(k.message.length < 120, k.message);
      assert.ok(keys.some((k) => k.message.includes(`\`${'k'.repeat(39)}…\``)), keys.map((k) => k.message).join('\n'));
    });

    it('a link loop and a second path to the same file: each file is linted once (no false duplicate code)', () => {
      const dir = folder();
      mkdirSync(join(dir, 'sub'));
      symlinkSync(dir, join(dir, 'sub', 'loop'));
      symlinkSync(join(dir, 'a.standard.yaml'), join(dir, 'sub', 'same.standard.yaml'));
      linkSync(join(dir, 'a.standard.yaml'), join(dir, 'sub', 'hard.standard.yaml'));
      const r = cli(['lint', '.', 'a.standard.yaml', '--format', 'json'], dir, 15_000);
      assert.equal(r.signal, null, 'no hang');
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(JSON.parse(r.out), [], 'no duplicate-service-code');
    });
  });

  describe('encodings and line ends', () => {
    it('CR-only line ends are line ends: the standard is checked as with LF', () => {
      const dir = tmp();
      writeFileSync(join(dir, 'cr.standard.yaml'), DIALECT_STANDARD.replace(/\r?\n/g, '\r'));
      writeFileSync(join(dir, 'lf.standard.yaml'), DIALECT_STANDARD.replace(/code: .*/, 'code: "other"'));
      const r = cli(['lint', '.', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.out);
      assert.deepEqual(JSON.parse(r.out), []);
      const broken = cli(['lint', '.', '--format', 'json'], (writeFileSync(join(dir, 'cr.standard.yaml'), '# a comment\redition: kz-2010\rlanguages: [kk]\rservice: 1\r'), dir));
      const rows = JSON.parse(broken.out) as { file: string; line: number; message: string }[];
      assert.ok(!rows.some((x) => /empty/.test(x.message)), 'not "the file is empty"');
      assert.ok(rows.some((x) => x.file === 'cr.standard.yaml' && x.line === 4 && /`service`: expected a mapping/.test(x.message)), 'a finding on the fourth line');
    });

    it('UTF-16 (with or without a byte order mark) gets one line asking for UTF-8', () => {
      const dir = tmp();
      const text = DIALECT_STANDARD.slice(0, 2000);
      writeFileSync(join(dir, 'le.standard.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      writeFileSync(join(dir, 'be.standard.yaml'), Buffer.from(text, 'utf16le').swap16());
      writeFileSync(join(dir, 'nobom.standard.yaml'), Buffer.from(text, 'utf16le'));
      writeFileSync(join(dir, 'bin.standard.yaml'), Buffer.from([0x65, 0x00, 0x01, 0x02, 0x00, 0x00, 0x07, 0x08]));
      const r = cli(['lint', '.'], dir);
      assert.equal(r.code, 2);
      assert.deepEqual(errLines(r), [
        'service-standard: be.standard.yaml: UTF-16 text; save the file as UTF-8',
        'service-standard: bin.standard.yaml: binary file (it contains NUL bytes), not a YAML standard',
        'service-standard: le.standard.yaml: UTF-16 text; save the file as UTF-8',
        'service-standard: nobom.standard.yaml: UTF-16 text; save the file as UTF-8',
      ]);
    });
  });

  describe('the language server', () => {
    it('its workspace scan skips /dev/zero, FIFOs and links out of the folder; closing a FIFO does not block it', async () => {
      const dir = folder();
      mkdirSync(join(dir, '.git'));
      const outside = tmp();
      writeFileSync(join(outside, 'other.standard.yaml'), DIALECT_STANDARD);
      symlinkSync(join(outside, 'other.standard.yaml'), join(dir, 'out.standard.yaml'));
      symlinkSync('/dev/zero', join(dir, 'zero.standard.yaml'));
      execFileSync('mkfifo', [join(dir, 'pipe.standard.yaml')]);
      const c = await startServer({ root: dir });
      try {
        const u = fileUri(join(dir, 'open.standard.yaml'));
        let diags = (await c.open(u, DIALECT_STANDARD)).publish.diagnostics;
        for (let i = 0; i < 20 && !diags.some((d) => d.code === 'duplicate-service-code'); i++) diags = await c.diagnostics(u);
        const dup = diags.find((d) => d.code === 'duplicate-service-code');
        assert.ok(dup, 'the standard on disk shares the code');
        assert.deepEqual(dup.relatedInformation?.map((r) => r.location.uri), [fileUri(join(dir, 'a.standard.yaml'))], 'not the file out of the folder');
        const fifo = fileUri(join(dir, 'pipe.standard.yaml'));
        await c.open(fifo, DIALECT_STANDARD.replace(/code: .*/, 'code: "fifo"'));
        c.notify('textDocument/didClose', { textDocument: { uri: fifo } });
        const t0 = performance.now();
        const hover = await Promise.race([c.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } }), new Promise((r) => setTimeout(() => r('timeout'), 5000))]);
        assert.notEqual(hover, 'timeout', 'the server answers after closing a FIFO');
        assert.ok(performance.now() - t0 < 5000);
        assert.ok(c.alive());
      } finally {
        await c.stop();
      }
    });
  });
});
