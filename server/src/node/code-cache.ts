/**
 * V8's code cache for the server's bundle. Without it every start of the server parses and compiles
 * `dist/server.js` again, and then compiles each function the warm-up and the first analysis call.
 * The VS Code client preloads this module (`node --require dist/code-cache.js dist/server.js
 * --code-cache=DIR`, DIR being the extension's global storage): the bundle is then compiled from
 * the code V8 kept of it at the previous start, the functions the warm-up compiled included.
 *
 * The cache file is named after the bundle's content and the Node version, so that another build
 * never reads the cache of this one (V8 itself only compares the length of the source): by the id
 * the build writes on the bundle's last line (the hash of the rest, `scripts/build.mjs`) with the
 * file's modification time, or, without an id, by the hash of the source. It is written once the
 * warm-up is over (V8 keeps every function's bytecode until then), under the V8 flags of a start
 * (V8 refuses a cache made under other flags; `v8-flags.ts`), to a temporary file renamed into
 * place; one that is absent, unreadable, unwritable or that V8 rejects is ignored, and then the
 * bundle is compiled as usual (and the cache written again). The compiled script keeps the bundle's own path, so stack traces
 * and source maps point at `dist/server.js`, line for line.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';
import { setV8Flag, underStartFlags } from './v8-flags';
import marks from './build-marks.json';

/** How long after the start the cache is written: the warm-up (`warm-up.ts`) is over by then. */
export const WRITE_AFTER_MS = 3000;

/** `--code-cache=DIR` among the server's arguments. */
export function cacheDirOf(argv: readonly string[]): string | undefined {
  const arg = argv.find((a) => a.startsWith('--code-cache='));
  return arg ? arg.slice('--code-cache='.length) || undefined : undefined;
}

/** What became of the cache: none was there, V8 took it, or V8 refused it. */
export type CacheUse = 'absent' | 'accepted' | 'rejected';

export interface Compiled {
  /** The module's function, as Node's own loader makes it: (exports, require, module, __filename, __dirname). */
  fn: (...args: unknown[]) => unknown;
  use: CacheUse;
  /** The cache file of this source in the directory. */
  file: string;
}

const PREFIX = 'server-';
const FLUSH = 'flush-bytecode';
const SUFFIX = '.cache';

/** The bundle's last line: `//# build-id=` and the hash of what comes before it (written by `scripts/build.mjs`). */
const BUILD_ID = `\n${marks.buildId}`;

/** The id of the source: the build's (no need to hash 1.6 MB at each start), or its hash. */
function sourceId(source: string, filename: string): string {
  const at = source.lastIndexOf(BUILD_ID);
  const id = at < 0 ? '' : source.slice(at + BUILD_ID.length).trim();
  if (/^[0-9a-f]{32,}$/.test(id)) {
    try {
      return `${id.slice(0, 32)}-${Math.floor(statSync(filename).mtimeMs)}`;
    } catch {
      // No file to date (a source compiled from memory): named by its content below.
    }
  }
  const crypto = require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(source).digest('hex').slice(0, 32);
}

function cacheFile(dir: string, source: string, filename: string): string {
  return join(dir, `${PREFIX}${sourceId(source, filename)}-${process.version}-${process.arch}${SUFFIX}`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the script's code (with every function compiled so far) in place of older caches. */
function writeCache(script: Script, file: string): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, underStartFlags(() => script.createCachedData()));
    renameSync(temp, file);
    for (const f of readdirSync(dir)) {
      const other = join(dir, f);
      if (other !== file && f.startsWith(PREFIX) && (f.endsWith(SUFFIX) || f.endsWith('.tmp'))) rmSync(other, { force: true });
    }
  } catch {
    // No cache this time: the next start compiles the bundle as usual.
  }
}

/** Compiles a CommonJS module's source with the cache of `dir`, and writes the cache when it was not used. */
export function compileCached(source: string, filename: string, dir: string, writeAfterMs = WRITE_AFTER_MS): Compiled {
  const file = cacheFile(dir, source, filename);
  const cachedData = readCache(file);
  const script = new Script(Module.wrap(source), { filename, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const use: CacheUse = !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  if (use !== 'accepted') {
    // Until the cache is written V8 keeps the bytecode of every function compiled so far: at a busy
    // start (large documents, many collections) it would otherwise drop that of the functions only
    // the start ran, and the cache, without them, would make every later start compile them again.
    setV8Flag(FLUSH, '--no-flush-bytecode', '--flush-bytecode');
    setTimeout(() => {
      writeCache(script, file);
      setV8Flag(FLUSH, '--flush-bytecode', '--flush-bytecode');
    }, writeAfterMs).unref();
  }
  return { fn: script.runInThisContext() as Compiled['fn'], use, file };
}

/**
 * Compiles the process's main module, `main`, through the cache of `dir`; every other module is
 * compiled by Node as usual.
 */
export function installCodeCache(main: string, dir: string): void {
  const proto = Module.prototype as unknown as { _compile(content: string, filename: string, ...rest: unknown[]): unknown };
  const compile = proto._compile;
  proto._compile = function (this: Module, content: string, filename: string, ...rest: unknown[]) {
    if (filename !== main) return compile.call(this, content, filename, ...rest);
    proto._compile = compile;
    const require = createRequire(filename);
    require.main = this;
    return compileCached(content, filename, dir).fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
}
