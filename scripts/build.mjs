// Bundles the server, the CLI and (when present) the VS Code client into dist/.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** What the build writes into the server bundle and the server reads back (`server/src/node/build-marks.json`). */
const MARKS = JSON.parse(readFileSync('server/src/node/build-marks.json', 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some dependencies ship ES modules that read import.meta.url; give the CommonJS bundle one.
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: "const import_meta_url = require('url').pathToFileURL(__filename).href;" },
  // `yaml` as ES modules (its browser build, the same code): bundled in scope, its functions are
  // called directly rather than through the getters of a CommonJS module's exports.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

/**
 * The example standards, which the server analyses once started so that its first diagnostics come
 * from optimised code (`server/src/node/warm-up.ts`).
 */
const warmUpTexts = readdirSync('examples')
  .filter((f) => f.endsWith('.standard.yaml'))
  .sort()
  .map((f) => readFileSync(`examples/${f}`, 'utf8'));

/**
 * Set before any of the server's code runs: each function gets its feedback (the types it has seen)
 * from its first call rather than after several, so that the warm-up's hot functions are optimised
 * sooner (the first analysis of 3,000 lines then takes about a sixth less). The warm-up sets the
 * default back when it ends (`server/src/node/warm-up.ts`). The change is recorded where
 * `server/src/node/v8-flags.ts` records the server's others, so that the code cache is never made
 * under it.
 *
 * Before it, the flags the server keeps for its whole life (`startFlags` in build-marks.json), which
 * the code cache's preload also sets before it compiles the bundle (`server/src/node/v8-flags.ts`,
 * `startFlags()`): a cache is then made and read under the same flags. A larger interrupt budget
 * than V8's default (about 66 KB of bytecode run between two looks at a function's heat): a fresh
 * server spends its first analysis in fewer, later optimisations (3,000 lines, fresh server,
 * didOpen -> diagnostics: 351 ms with it, 430 ms without, the two taking turns on a slow 2-core
 * machine), and the warm code is as fast (hover, completion).
 */
const SERVER_FLAGS = [
  ...MARKS.startFlags.map((f) => `require('v8').setFlagsFromString(${JSON.stringify(f)});`),
  "require('v8').setFlagsFromString('--no-lazy-feedback-allocation');",
  `(globalThis[Symbol.for(${JSON.stringify(MARKS.v8FlagsKey)})] ??= {})['lazy-feedback-allocation'] = ['--no-lazy-feedback-allocation', '--lazy-feedback-allocation'];`,
].join('');

/**
 * The language-server library requires `child_process` (to find global npm and yarn folders) and
 * `crypto` (to name pipes) when it loads; the server over stdio or IPC uses neither, and loading
 * them costs a fresh server some 10 ms before its first answer. In the library they are loaded at
 * their first use instead, through a stand-in whose properties are those of the real module.
 */
const LAZY_BUILTINS = /^(child_process|crypto)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: LAZY_BUILTINS }, (a) => (/[\\/]node_modules[\\/]vscode-/.test(a.importer) ? { path: a.path, namespace: 'lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
      contents: `let m;\nmodule.exports = new Proxy({}, { get: (_, key) => (m ??= require(${JSON.stringify(`node:${a.path}`)}))[key] });\n`,
      loader: 'js',
    }));
  },
};

const CLI_OUTPUT = resolve('server/src/cli/output.ts');

/**
 * The CLI in two files: `cli.js` (lint and the small commands) and `cli-heavy.js` (render, diff,
 * import: Word, HTML and zip libraries), which `cli.js` requires only when one of those runs, so
 * that `lint` (and each of its worker threads) starts without compiling them. The two share
 * `cli.js`'s one `output` module, which it hands over before the require.
 */
const cliSplit = {
  name: 'cli-split',
  setup(b) {
    b.onResolve({ filter: /^\.\/heavy$/ }, (args) => (args.importer.endsWith('server/src/cli/main.ts') ? { path: './cli-heavy.js', external: true } : undefined));
    b.onResolve({ filter: /\/output$/ }, (args) =>
      b.initialOptions.outfile === 'dist/cli-heavy.js' && resolve(args.resolveDir, args.path) + '.ts' === CLI_OUTPUT ? { path: 'cli-output', namespace: 'cli-shared' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cli-shared' }, () => ({ contents: "module.exports = globalThis[Symbol.for('service-standard/cli/output')];", loader: 'js' }));
  },
};

const SERVER_MAIN = 'server/src/lsp/main.ts';
const SERVER_HEAVY = 'server/src/lsp/official.ts';
const HEAVY_LOADER = resolve('server/src/lsp/heavy.ts');
const SHARED = "globalThis[Symbol.for('service-standard/server/shared')]";

/** The Word, HTML and zip libraries, which only the heavy part of the server may load. */
const WORD_HTML = /node_modules\/(docx|mammoth|jszip|pako|htmlparser2|@xmldom)\//;

/** The inputs of a build's metafile that import, directly or not, one that `is`. */
function reaching(inputs, is) {
  const found = new Set(Object.keys(inputs).filter(is));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [f, { imports }] of Object.entries(inputs)) if (!found.has(f) && imports.some((i) => found.has(i.path))) grew = found.add(f);
  }
  return found;
}

/**
 * The server in two files, as the CLI: `server.js` (the LSP, the engine, diagnostics, completion,
 * the preview) and `server-heavy.js` (`official.ts`: exports, compare, import, with the Word, HTML
 * and zip libraries), which `heavy.ts` requires when the first of those requests arrives. The
 * heavy file carries none of the modules `server.js` has: each one it imports (the engine, the
 * catalogs...) is the very module instance of `server.js`, whose `heavy.ts` hands them over by path
 * at start-up, so that state such as the catalogs' identity is one. Copied into it are only the
 * modules that lead to the Word and HTML libraries (`server.js` imports none of them:
 * `test/lsp/server-split.test.ts` checks that the libraries stay out of it) and the CommonJS
 * libraries both use.
 */
async function serverSplit(main) {
  const scan = (entryPoints, plugins) => build({ ...common, ...main, entryPoints, plugins, write: false, metafile: true, sourcemap: false, minify: false });
  const heavyExternal = { name: 'heavy-external', setup: (b) => b.onResolve({ filter: /^\.\/official$/ }, (a) => (a.importer === HEAVY_LOADER ? { path: './server-heavy.js', external: true } : undefined)) };
  const inputs = (await scan([SERVER_MAIN], [heavyExternal])).metafile.inputs;
  const wordHtml = reaching(inputs, (f) => WORD_HTML.test(f));
  const inMain = new Set(Object.keys(inputs).filter((f) => inputs[f].format === 'esm' && !wordHtml.has(f)).map((f) => resolve(f)));
  // Resolves the heavy part's imports: `onMain` decides for each module that server.js has.
  const heavyImports = (onMain, setup = () => {}) => ({
    name: 'heavy-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (a) => {
        if (a.pluginData?.inner || a.kind === 'entry-point') return undefined;
        const r = await b.resolve(a.path, { resolveDir: a.resolveDir, kind: a.kind, importer: a.importer, pluginData: { inner: true } });
        if (!inMain.has(r.path)) return r.errors.length ? { errors: r.errors } : { path: r.path, external: r.external, sideEffects: r.sideEffects };
        return onMain(relative('.', r.path));
      });
      setup(b);
    },
  });
  const shared = new Set();
  await scan([SERVER_HEAVY], [heavyImports((path) => (shared.add(path), { path, external: true }))]);
  const list = [...shared].sort();
  const handOver = list.map((f, i) => `import * as m${i} from ${JSON.stringify(resolve(f))};\n`).join('') +
    `${SHARED} = { ${list.map((f, i) => `${JSON.stringify(f)}: Object.defineProperty(m${i}, '__esModule', { value: true })`).join(', ')} };\n`;
  const mainPlugin = {
    name: 'server-split',
    setup(b) {
      heavyExternal.setup(b);
      b.onLoad({ filter: /[\\/]lsp[\\/]heavy\.ts$/ }, (a) => (a.path === HEAVY_LOADER ? { contents: handOver + readFileSync(a.path, 'utf8'), loader: 'ts' } : undefined));
    },
  };
  const heavyPlugin = heavyImports(
    (path) => (shared.has(path) ? { path, namespace: 'server-shared' } : undefined),
    (b) => b.onLoad({ filter: /.*/, namespace: 'server-shared' }, (a) => ({ contents: `module.exports = ${SHARED}[${JSON.stringify(a.path)}];`, loader: 'js' })),
  );
  return [
    { ...main, plugins: [mainPlugin, lazyBuiltins] },
    { entryPoints: [SERVER_HEAVY], outfile: 'dist/server-heavy.js', plugins: [heavyPlugin] },
  ];
}

const serverMain = {
  entryPoints: [SERVER_MAIN],
  outfile: 'dist/server.js',
  define: { ...common.define, SERVICE_STANDARD_WARM_UP: JSON.stringify(JSON.stringify(warmUpTexts)) },
  banner: { js: `${SERVER_FLAGS}\n${common.banner.js}` },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [cliSplit], banner: { js: "#!/usr/bin/env node\nconst import_meta_url = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['server/src/cli/heavy.ts'], outfile: 'dist/cli-heavy.js', plugins: [cliSplit] },
  ...(await serverSplit(serverMain)),
  // Preloaded by the VS Code client: the server compiled from V8's code cache (`server/src/node/code-cache.ts`).
  { entryPoints: ['server/src/node/code-cache-start.ts'], outfile: 'dist/code-cache.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    entryPoints: ['client/src/preview/webview.ts'],
    outfile: 'media/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    define: {},
    banner: {},
  },
].filter((e) => existsSync(e.entryPoints[0]));

/**
 * The server's last line names its build, `MARKS.buildId` and the SHA-256 of the rest: its code cache
 * is named by it (`server/src/node/code-cache.ts`) rather than by hashing the bundle at each start.
 */
function addBuildId(file) {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.replace(/\n$/, '')}\n${MARKS.buildId}${createHash('sha256').update(text).digest('hex')}\n`);
}

// The spelling dictionaries are data files, read beside the bundle: dist/dictionaries/{kk,ru}/.
function copyDictionaries() {
  for (const [dir, to, files] of [
    ['dictionaries/kk', 'kk', ['kk_KZ.aff', 'kk_KZ.dic', 'extra.dic', 'COPYRIGHT', 'README.md']],
    ['node_modules/dictionary-ru', 'ru', ['index.aff', 'index.dic', 'license']],
    ['dictionaries/ru', 'ru', ['extra.dic', 'README.md']],
  ]) {
    mkdirSync(`dist/dictionaries/${to}`, { recursive: true });
    for (const f of files) if (existsSync(`${dir}/${f}`)) cpSync(`${dir}/${f}`, `dist/dictionaries/${to}/${f}`);
  }
}
copyDictionaries();

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) await (await context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
  addBuildId('dist/server.js');
}
