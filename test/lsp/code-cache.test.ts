/**
 * The server compiled from V8's code cache, as the VS Code client starts it (`node --require
 * dist/code-cache.js dist/server.js --code-cache=DIR`): the cache is written once, taken at the next
 * start, never taken for another build, and anything wrong with it only means a compile as usual.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheDirOf } from '../../server/src/node/code-cache';
import { fixture } from '../helpers';
import { LspClient } from '../support/lsp-client';
import { fileUri, SERVER, testServer } from '../support/our-server';

const caches = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cache')) : []);

const MODULE = join(__dirname, '..', '..', 'server', 'src', 'node', 'code-cache.ts');
const FLAGS = join(__dirname, '..', '..', 'server', 'src', 'node', 'v8-flags.ts');

/**
 * Compiles and runs a small module through the cache of `dir` in a process of its own, as the
 * preload does the bundle (V8 keeps what one process compiled in memory: a second compile there
 * would not read the file); `probe` is evaluated on its exports, then `after` runs (before the
 * cache is written).
 */
function run(source: string, dir: string, file = join(dir, '..', 'module.js'), probe = 'exports.sum', after = '', nodeArgs: string[] = []) {
  const child = `const { compileCached } = require(${JSON.stringify(MODULE)});
const source = ${JSON.stringify(source)}, file = ${JSON.stringify(file)};
const { fn, use } = compileCached(source, file, ${JSON.stringify(dir)}, 0);
const module = { exports: {} }, exports = module.exports;
fn.call(exports, exports, require, module, file, ${JSON.stringify(dir)});
let value; try { value = ${probe}; } catch (e) { value = e.stack; }
${after};
process.stdout.write(JSON.stringify({ use, value }));
setTimeout(() => {}, 100);`;
  const out = execFileSync(process.execPath, [...nodeArgs, '--require', 'tsx/cjs', '-e', child], { encoding: 'utf8' });
  return JSON.parse(out) as { use: string; value: unknown };
}

describe('the code cache of the server', function () {
  this.timeout(30000);
  const source = 'exports.sum = [1, 2, 3].reduce((a, b) => a + b, 0);\nexports.twice = (x) => 2 * x;\n';

  it('is written at the first start, taken at the next, and the module runs the same', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    assert.deepEqual(run(source, dir), { use: 'absent', value: 6 });
    assert.equal(caches(dir).length, 1);
    assert.deepEqual(run(source, dir), { use: 'accepted', value: 6 });
    assert.deepEqual(run(source, dir, undefined, 'exports.twice(21)'), { use: 'accepted', value: 42 });
  });

  it('is not taken for another build of the same length, and the old one is replaced', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    run(source, dir);
    const before = caches(dir);
    assert.deepEqual(run(source.replace('1, 2, 3', '4, 5, 6'), dir), { use: 'absent', value: 15 });
    assert.equal(caches(dir).length, 1);
    assert.notDeepEqual(caches(dir), before);
  });

  it('is ignored when corrupt or unwritable, and written again when V8 refused it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    run(source, dir);
    writeFileSync(join(dir, caches(dir)[0]), 'not a code cache');
    assert.deepEqual(run(source, dir), { use: 'rejected', value: 6 });
    assert.deepEqual(run(source, dir), { use: 'accepted', value: 6 });

    const file = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'a-file');
    writeFileSync(file, '');
    assert.deepEqual(run(source, join(file, 'cache')), { use: 'absent', value: 6 });
  });

  it('is named by the build id on the last line and the file time, so that a bundle edited by hand is compiled afresh', () => {
    const root = mkdtempSync(join(tmpdir(), 'ss-code-cache-'));
    const dir = join(root, 'cache');
    const file = join(root, 'bundle.js');
    const built = `${source}//# build-id=${'ab12'.repeat(16)}\n`;
    writeFileSync(file, built);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    assert.deepEqual(run(built, dir, file), { use: 'absent', value: 6 });
    assert.deepEqual(run(built, dir, file), { use: 'accepted', value: 6 });
    assert.ok(caches(dir)[0].includes('ab12ab12'), caches(dir)[0]);
    // The same length and id, another content: the edit dated the file anew.
    const edited = built.replace('1, 2, 3', '4, 5, 6');
    writeFileSync(file, edited);
    assert.deepEqual(run(edited, dir, file), { use: 'absent', value: 15 });
  });

  it('keeps the functions only the start ran, however many collections come before it is written', () => {
    // A function run once at the start, then collections that drop the bytecode of functions not run
    // since (as the many collections of a start with large documents do; here V8 is made to drop it
    // at once, `--stress-flush-code`).
    const lines = Array.from({ length: 300 }, (_, i) => `  var v${i} = [${i}, ${i + 1}].map(function (x) { return x * ${i}; });`);
    const source = `exports.start = function () {\n${lines.join('\n')}\n  return 1;\n};\nexports.sum = exports.start() + 5;\n`;
    const size = (dir: string) => statSync(join(dir, caches(dir)[0])).size;
    const quiet = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    const busy = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    assert.equal(run(source, quiet, undefined, 'exports.sum', '', ['--expose-gc', '--stress-flush-code']).value, 6);
    assert.equal(run(source, busy, undefined, 'exports.sum', 'for (let i = 0; i < 12; i++) global.gc()', ['--expose-gc', '--stress-flush-code']).value, 6);
    assert.ok(size(busy) > 0.9 * size(quiet), `${size(busy)} bytes after the collections, ${size(quiet)} without`);
  });

  it('is taken at the next start when it was written while a V8 flag was changed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    const change = `require(${JSON.stringify(FLAGS)}).setV8Flag('heap-growing-percent', '--heap-growing-percent=50', '--heap-growing-percent=0')`;
    assert.deepEqual(run(source, dir, undefined, 'exports.sum', change), { use: 'absent', value: 6 });
    assert.deepEqual(run(source, dir), { use: 'accepted', value: 6 });
  });

  it('keeps the file and line of the source in stack traces', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    const file = join(dir, '..', 'throws.js');
    const thrower = 'exports.f = function () {\n  return 1;\n};\nexports.g = function () { throw new Error("from line 4"); };\n';
    for (const use of ['absent', 'accepted']) {
      const got = run(thrower, dir, file, 'exports.g()');
      assert.equal(got.use, use);
      assert.ok(String(got.value).includes(`${file}:4:`), String(got.value));
    }
  });

  it('is named by `--code-cache=DIR`', () => {
    assert.equal(cacheDirOf(['node', 'server.js', '--stdio', '--code-cache=/tmp/a b']), '/tmp/a b');
    assert.equal(cacheDirOf(['node', 'server.js', '--stdio']), undefined);
    assert.equal(cacheDirOf(['node', 'server.js', '--code-cache=']), undefined);
  });

  it('is written by the server after its warm-up, and the next server starts from it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    const spec = testServer({ locale: 'en' });
    const cached = { ...spec, args: ['--require', SERVER.replace(/server\.js$/, 'code-cache.js'), SERVER, '--stdio', `--code-cache=${dir}`] };
    const uri = fileUri(join(dir, '..', 'broken.standard.yaml'));
    const text = fixture('examples/address-certificate.standard.yaml').replace(/\n$/, '\nnot-a-clause: 1\n');
    const diagnostics: string[][] = [];
    for (let start = 0; start < 2; start++) {
      const c = await LspClient.start(cached);
      try {
        const { publish } = await c.open(uri, text);
        diagnostics.push(publish.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`));
        for (let i = 0; start === 0 && i < 100 && !caches(dir).length; i++) await sleep(100);
        assert.equal(caches(dir).length, 1, c.stderr.join(''));
      } finally {
        await c.stop();
      }
    }
    assert.ok(diagnostics[0].some((d) => d.endsWith(':unknown-key')), diagnostics[0].join(', '));
    assert.deepEqual(diagnostics[1], diagnostics[0]);
  });

  it('written while documents were still opening, is taken by the next server (not written again)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ss-code-cache-')), 'cache');
    const spec = testServer({ locale: 'en' });
    const cached = { ...spec, args: ['--require', SERVER.replace(/server\.js$/, 'code-cache.js'), SERVER, '--stdio', `--code-cache=${dir}`] };
    const text = fixture('examples/address-certificate.standard.yaml');
    const first = await LspClient.start(cached);
    try {
      // Two documents opened within a few seconds: the heap grows slowly until 3 s after the last,
      // which is when the cache is written.
      await first.open(fileUri(join(dir, '..', 'a.standard.yaml')), text);
      await sleep(2000);
      await first.open(fileUri(join(dir, '..', 'b.standard.yaml')), text);
      for (let i = 0; i < 100 && !caches(dir).length; i++) await sleep(100);
    } finally {
      await first.stop();
    }
    assert.equal(caches(dir).length, 1, first.stderr.join(''));
    const written = statSync(join(dir, caches(dir)[0])).mtimeMs;
    const second = await LspClient.start(cached);
    try {
      await second.open(fileUri(join(dir, '..', 'a.standard.yaml')), text);
      await sleep(3500);
    } finally {
      await second.stop();
    }
    // A cache V8 refused would have been written again 3 s after the start.
    assert.equal(statSync(join(dir, caches(dir)[0])).mtimeMs, written);
  });
});
