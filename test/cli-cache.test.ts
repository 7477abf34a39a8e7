/** `lint --cache`, run as a user runs it (the built dist/cli.js): the same report warm and cold, without parsing again. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECT_STANDARD, ROOT } from './helpers';

const CLI = join(ROOT, 'dist/cli.js');
const CACHE = '.service-standard-cache';

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A run with the cache's counts on stderr: `{ analysed, cached }` and the other stderr lines. */
function counted(args: string[], cwd: string) {
  const r = run(['lint', '--cache', ...args], cwd, { SERVICE_STANDARD_DEBUG_CACHE: '1' });
  const m = /^service-standard: cache: (\d+) analysed, (\d+) from cache, (\d+) hashed\n/m.exec(r.err);
  assert.ok(m, `no cache counts in: ${r.err}`);
  return { ...r, err: r.err.replace(m[0], ''), analysed: Number(m[1]), cached: Number(m[2]), hashed: Number(m[3]) };
}

/** A repository of four standards: planted mistakes, a clean one, and two sharing a service code. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ss-cache-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'std'));
  copyFileSync(join(ROOT, 'examples/broken/mistakes.standard.yaml'), join(dir, 'std/mistakes.standard.yaml'));
  writeFileSync(join(dir, 'std/clean.standard.yaml'), DIALECT_STANDARD);
  const typo = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:');
  writeFileSync(join(dir, 'std/same-code-a.standard.yaml'), typo);
  writeFileSync(join(dir, 'std/same-code-b.standard.yaml'), typo);
  return dir;
}

const FILES = 4;

describe('lint --cache', function () {
  this.timeout(120000);

  for (const format of ['stylish', 'json', 'sarif', 'gitlab']) {
    it(`${format}: the warm run analyses nothing and prints byte for byte what an uncached run prints`, () => {
      const dir = repo();
      const plain = run(['lint', 'std', '--format', format, '--lang', 'ru'], dir);
      assert.equal(plain.code, 1);
      const cold = counted(['std', '--format', format, '--lang', 'ru'], dir);
      assert.deepEqual([cold.analysed, cold.cached], [FILES, 0]);
      assert.ok(existsSync(join(dir, CACHE)), 'the cache is written in the working directory');
      const warm = counted(['std', '--format', format, '--lang', 'ru'], dir);
      assert.deepEqual([warm.analysed, warm.cached], [0, FILES], 'no standard parsed on the warm run');
      for (const r of [cold, warm]) assert.deepEqual([r.out, r.err, r.code], [plain.out, plain.err, plain.code]);
      if (format === 'json') assert.ok(JSON.parse(warm.out).some((row: { code: string }) => row.code === 'duplicate-service-code'), 'workspace findings from cached facts');
    });
  }

  it('a changed file is linted again, the others come from the cache', () => {
    const dir = repo();
    counted(['std', '--format', 'json'], dir);
    const file = join(dir, 'std/clean.standard.yaml');
    writeFileSync(file, DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:').replace('code: "00201004"', 'code: "00201099"'));
    const warm = counted(['std', '--format', 'json'], dir);
    assert.deepEqual([warm.analysed, warm.cached], [1, FILES - 1]);
    assert.equal(warm.out, run(['lint', 'std', '--format', 'json'], dir).out);
    const rows = JSON.parse(warm.out) as { file: string; code: string; message: string }[];
    assert.ok(rows.some((r) => r.file === 'std/clean.standard.yaml' && r.code === 'unknown-key'));
    assert.ok(rows.some((r) => r.file === 'std/same-code-a.standard.yaml' && / 1 other/.test(r.message)), 'a cached file sees that its code is now shared by one fewer');
  });

  it('files unchanged since well before the last run are not even read; a fresh checkout of them is hashed, not parsed', () => {
    const dir = repo();
    const past = new Date(Date.now() - 3600_000);
    for (const f of readdirSync(join(dir, 'std'))) utimesSync(join(dir, 'std', f), past, past);
    counted(['std'], dir);
    const warm = counted(['std'], dir);
    assert.deepEqual([warm.analysed, warm.hashed], [0, 0]);
    for (const f of readdirSync(join(dir, 'std'))) writeFileSync(join(dir, 'std', f), readFileSync(join(dir, 'std', f)));
    const checkout = counted(['std'], dir);
    assert.deepEqual([checkout.analysed, checkout.hashed], [0, FILES]);
  });

  it('an edit that keeps the size and the modification time is still seen', () => {
    const dir = repo();
    const file = join(dir, 'std/clean.standard.yaml');
    const { atime, mtime } = statSync(file);
    counted(['std', '--format', 'json'], dir);
    writeFileSync(file, DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipientz:'));
    utimesSync(file, atime, mtime);
    const warm = counted(['std', '--format', 'json'], dir);
    assert.equal(warm.analysed, 1);
    assert.match(warm.out, /recipientz/);
  });

  it('a word added to the dictionaries lints every file again', () => {
    const tool = mkdtempSync(join(tmpdir(), 'ss-tool-'));
    for (const f of ['cli.js', 'cli-heavy.js']) copyFileSync(join(ROOT, 'dist', f), join(tool, f));
    cpSync(join(ROOT, 'dist/dictionaries'), join(tool, 'dictionaries'), { recursive: true });
    const dir = repo();
    const lint = () => {
      const r = spawnSync(process.execPath, [join(tool, 'cli.js'), 'lint', '--cache', 'std'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SERVICE_STANDARD_DEBUG_CACHE: '1' } });
      return /cache: (\d+) analysed/.exec(r.stderr)?.[1];
    };
    assert.equal(lint(), String(FILES));
    assert.equal(lint(), '0');
    appendFileSync(join(tool, 'dictionaries/kk/extra.dic'), 'жаңасөз\n');
    assert.equal(lint(), String(FILES));
  });

  it('a changed config lints every file it governs again', () => {
    const dir = repo();
    counted(['std', '--format', 'json'], dir);
    writeFileSync(join(dir, '.service-standard.yaml'), 'rules:\n  unknown-key: off\n');
    const warm = counted(['std', '--format', 'json'], dir);
    assert.deepEqual([warm.analysed, warm.cached], [FILES, 0]);
    assert.equal(warm.out, run(['lint', 'std', '--format', 'json'], dir).out);
    assert.ok(!/unknown-key/.test(warm.out));
  });

  it('--fix changes the file, so the report after it is of the fixed text', () => {
    const dir = repo();
    counted(['std', '--format', 'json'], dir);
    const fixed = counted(['std', '--format', 'json', '--fix'], dir);
    assert.match(fixed.err, /fixed \d+ problem\(s\) in std\/mistakes\.standard\.yaml/);
    assert.equal(fixed.analysed, 1);
    assert.equal(fixed.out, run(['lint', 'std', '--format', 'json'], dir).out);
  });

  const damaged: Record<string, (text: string) => string> = {
    'a truncated cache': (t) => t.slice(0, Math.floor(t.length / 2)),
    'a cache from another program': () => '{"version":1,"results":{}}\n',
    'a cache whose findings were edited': (t) => t.replace(/"code":"unknown-key"/, '"code":"syntax"'),
    'binary bytes': () => '\u0000\u0001\u00ff garbage',
  };
  for (const [what, damage] of Object.entries(damaged)) {
    it(`${what} is ignored with one line, the results are right, and it is written anew`, () => {
      const dir = repo();
      counted(['std', '--format', 'json'], dir);
      const path = join(dir, CACHE);
      writeFileSync(path, damage(readFileSync(path, 'utf8')));
      const r = counted(['std', '--format', 'json'], dir);
      assert.match(r.err, /^service-standard: cache .*\.service-standard-cache .*ignored.*\n$/);
      assert.equal(r.err.split('\n').length, 2, 'one line');
      assert.equal(r.analysed, FILES);
      assert.equal(r.out, run(['lint', 'std', '--format', 'json'], dir).out);
      const again = counted(['std', '--format', 'json'], dir);
      assert.deepEqual([again.err, again.analysed], ['', 0]);
    });
  }

  it('a named pipe as the cache is not read (the run never blocks): one line, then a real cache in its place', function () {
    if (process.platform === 'win32') this.skip();
    const dir = repo();
    spawnSync('mkfifo', [join(dir, CACHE)]);
    const r = counted(['std'], dir);
    assert.match(r.err, /^service-standard: cache .* ignored, and written anew\n$/);
    assert.ok(statSync(join(dir, CACHE)).isFile());
  });

  it('a cache written by another version of the tool is discarded silently', () => {
    const dir = repo();
    counted(['std'], dir);
    const path = join(dir, CACHE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"version":"[^"]*"/, '"version":"0.0.1+old"'));
    const r = counted(['std'], dir);
    assert.deepEqual([r.err, r.analysed], ['', FILES]);
    assert.equal(counted(['std'], dir).analysed, 0);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"format":1/, '"format":2'));
    const later = counted(['std'], dir);
    assert.deepEqual([later.err, later.analysed], ['', FILES], 'a later format too');
  });

  it('--cache-location puts the cache where it says, written atomically (no temporary file left)', () => {
    const dir = repo();
    mkdirSync(join(dir, 'tmp'));
    counted(['std', '--cache-location', 'tmp/lint.cache'], dir);
    assert.ok(existsSync(join(dir, 'tmp/lint.cache')));
    assert.ok(!existsSync(join(dir, CACHE)));
    assert.deepEqual(readdirSync(join(dir, 'tmp')), ['lint.cache']);
    assert.equal(counted(['std', '--cache-location', 'tmp/lint.cache'], dir).analysed, 0);
    assert.equal(counted(['std', '--cache-location', 'tmp'], dir).analysed, FILES, 'a directory gets the default name inside it');
    assert.ok(existsSync(join(dir, 'tmp', CACHE)));
  });

  it('a cache that cannot be written is one line; the report and the exit code are as without it', () => {
    const dir = repo();
    const r = counted(['std', '--format', 'json', '--cache-location', 'std/clean.standard.yaml/lint.cache'], dir);
    assert.match(r.err, /^service-standard: cache .*lint\.cache not written \(E[A-Z]+\)\n$/);
    const plain = run(['lint', 'std', '--format', 'json'], dir);
    assert.deepEqual([r.out, r.code], [plain.out, plain.code]);
    assert.equal(counted(['std', '--cache-location', 'new/dir/lint.cache'], dir).err, '', 'missing folders are made');
    assert.ok(existsSync(join(dir, 'new/dir/lint.cache')));
  });

  it('--cache-location without --cache is a usage error; -o never writes over the cache', () => {
    const dir = repo();
    const r = run(['lint', 'std', '--cache-location', 'x'], dir);
    assert.deepEqual([r.code, r.err], [2, 'service-standard: --cache-location needs --cache\n']);
    counted(['std'], dir);
    const o = run(['lint', 'std', '--cache', '-o', CACHE], dir);
    assert.deepEqual([o.code, o.err], [2, `service-standard: ${CACHE} is one of the input files; choose another output file\n`]);
    assert.equal(counted(['std'], dir).analysed, 0, 'still the cache');
  });
});
