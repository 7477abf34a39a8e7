/**
 * The CLI's cost is bounded by its limits: a huge file is refused before it is read whole, a
 * hostile config costs linear time, and many files do not keep their sources to the end.
 * Time and peak memory are printed; the bounds asserted are generous (a shared 2-core machine).
 */
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_CHARS } from '../../server/src/core/engine';
import { DIALECT_STANDARD } from '../helpers';
import { cli, errLines, noTrace, tmp, type Run } from './cli-run';

function report(what: string, r: Run): void {
  console.log(`      ${what}: ${Math.round(r.ms)} ms, peak RSS ${Math.round(r.rssMb)} MB, exit ${r.code}`);
}

/** A standard with a YAML error, padded with comment lines to `bytes`, written in 1 MB pieces. */
function bigFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, `${DIALECT_STANDARD}\tbad: [unclosed\n`);
  const line = '# Қосымша түсініктеме / padding\n';
  const piece = line.repeat(Math.ceil(1_000_000 / Buffer.byteLength(line)));
  for (let n = DIALECT_STANDARD.length; n < bytes; n += Buffer.byteLength(piece)) writeSync(fd, piece);
  closeSync(fd);
}

interface Row {
  file: string;
  code: string;
  severity: string;
  message: string;
}

describe('CLI limits', function () {
  this.timeout(180_000);

  it('a 50 MB file: one "too large" error, within 5 s and 600 MB, without reading it whole', () => {
    const dir = tmp();
    bigFile(join(dir, 'big.standard.yaml'), 50_000_000);
    const r = cli(['lint', '.', '--format', 'json'], dir, 60_000);
    report('lint of a 50 MB file', r);
    assert.equal(r.code, 1, r.err);
    const rows = JSON.parse(r.out) as Row[];
    assert.deepEqual(rows.map((x) => `${x.code} ${x.severity}`), ['syntax error']);
    assert.match(rows[0].message, /too large \(\d{8} bytes, limit 2 M characters\): it was not checked/);
    assert.ok(r.ms < 5000, `${Math.round(r.ms)} ms`);
    assert.ok(r.rssMb < 600, `${Math.round(r.rssMb)} MB`);
  });

  it(`a file just over ${MAX_CHARS} characters is read but not parsed: quick and small`, () => {
    const dir = tmp();
    bigFile(join(dir, 'big.standard.yaml'), MAX_CHARS * 2 + 500_000);
    const r = cli(['lint', '.', '--format', 'json'], dir, 60_000);
    report(`lint of a ${MAX_CHARS * 2 + 500_000}-byte file`, r);
    const rows = JSON.parse(r.out) as Row[];
    assert.deepEqual(rows.map((x) => x.code), ['syntax'], 'not parsed: the YAML error is not reported');
    assert.match(rows[0].message, /too large \(\d+ characters, limit 2 M characters\): it was not checked/);
    assert.ok(r.ms < 5000 && r.rssMb < 400, `${Math.round(r.ms)} ms, ${Math.round(r.rssMb)} MB`);
  });

  describe('the config', () => {
    function withConfig(config: string | Buffer | null): string {
      const dir = tmp();
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'a.standard.yaml'), DIALECT_STANDARD.replace(/(max-service: )\S+ \S+/, '$19 hours'));
      if (config === null) mkdirSync(join(dir, '.service-standard.yaml'));
      else writeFileSync(join(dir, '.service-standard.yaml'), config);
      return dir;
    }

    it('20,000 unknown rule names: linear time, a bounded number of lines', () => {
      let text = 'rules:\n';
      for (let i = 0; i < 20_000; i++) text += `  no-such-rule-${i}: error\n`;
      const r = cli(['lint', '.'], withConfig(text), 60_000);
      report('20,000 unknown rules', r);
      noTrace(r);
      assert.equal(r.code, 2);
      assert.ok(errLines(r).length <= 11, `${errLines(r).length} lines`);
      assert.match(r.err, /\.service-standard\.yaml: Unknown rule `no-such-rule-0`/);
      assert.match(r.err, /\.service-standard\.yaml: 19990 more problems in this file/);
      assert.ok(r.ms < 5000, `${Math.round(r.ms)} ms`);
    });

    it('20,000 ignore globs: compiled once, linear time and memory', () => {
      let text = 'ignore:\n';
      for (let i = 0; i < 20_000; i++) text += `  - "drafts-${i}/**/*.standard.yaml"\n`;
      const dir = withConfig(text);
      for (let i = 0; i < 50; i++) writeFileSync(join(dir, `s${i}.standard.yaml`), DIALECT_STANDARD.replace(/code: .*/, `code: "C${i}"`));
      const r = cli(['lint', '.', '--threads', '1'], dir, 60_000);
      report('20,000 ignore globs, 51 files', r);
      assert.equal(r.code, 0, r.err);
      assert.ok(r.ms < 20_000 && r.rssMb < 350, `${Math.round(r.ms)} ms, ${Math.round(r.rssMb)} MB`);
    });

    for (const [name, config, why] of [
      ['a directory', null, /a directory, not a file; not read/],
      ['a sequence', '- language: ru\n- rules: {}\n', /must be a mapping of `language`, `rules` and `ignore`/],
      ['binary', Buffer.from([0x6c, 0x00, 0x01, 0xff, 0x00]), /binary file/],
    ] as const) {
      it(`a config that is ${name}: one line naming it and what is wrong, then the defaults`, () => {
        const r = cli(['lint', '.', '--format', 'json'], withConfig(config), 30_000);
        noTrace(r);
        assert.equal(errLines(r).length, 1, r.err);
        assert.match(r.err, /^service-standard: \S+\.service-standard\.yaml: /);
        assert.match(r.err, why);
        assert.match(r.err, /defaults/);
        const rows = JSON.parse(r.out) as Row[];
        assert.deepEqual(rows.map((x) => `${x.code} ${x.severity}`), ['on-the-spot-time warning'], 'linted with the defaults');
      });
    }
  });

  it('3,000 files within a 48 MB heap: the sources are not kept once reported', () => {
    const dir = tmp();
    const broken = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:');
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `s${i}.standard.yaml`), broken.replace(/code: .*/, `code: "C${i}"`));
    const r = cli(['lint', '.', '--format', 'sarif', '--threads', '1'], dir, 170_000, { extraEnv: { NODE_OPTIONS: '--max-old-space-size=48' } });
    report('3,000 files, heap limit 48 MB', r);
    assert.equal(r.signal, null, r.err.slice(0, 300));
    assert.equal(r.code, 1, r.err.slice(0, 300));
    assert.equal((JSON.parse(r.out) as { runs: { results: unknown[] }[] }).runs[0].results.length, 3000);
  });
});
