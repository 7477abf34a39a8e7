// Bundles the server, the CLI and (when present) the VS Code client into dist/.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';

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
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst import_meta_url = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
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
