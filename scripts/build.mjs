// Bundles the server, the CLI and (when present) the VS Code client into dist/.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
 * default back when it ends (`server/src/node/warm-up.ts`).
 */
const SERVER_FLAGS = "require('v8').setFlagsFromString('--no-lazy-feedback-allocation');";

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

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [cliSplit], banner: { js: "#!/usr/bin/env node\nconst import_meta_url = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['server/src/cli/heavy.ts'], outfile: 'dist/cli-heavy.js', plugins: [cliSplit] },
  {
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.js',
    define: { ...common.define, SERVICE_STANDARD_WARM_UP: JSON.stringify(JSON.stringify(warmUpTexts)) },
    banner: { js: `${SERVER_FLAGS}\n${common.banner.js}` },
  },
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
}
