/**
 * The published-text requests (Word, HTML and text exports, the standalone HTML page, compare,
 * import) are in `official.ts`. Its Word, HTML and zip libraries are about half of the server's
 * code and no diagnostics, completion or preview needs them: the bundle keeps them in
 * `dist/server-heavy.js`, required when the first of these requests arrives, so that every start
 * of the server goes without compiling them. The two files share one instance of the engine, the
 * catalogs and every other module of the server (see `serverSplit` in `scripts/build.mjs`).
 */
let loaded: typeof import('./official') | undefined;

export function official(): typeof import('./official') {
  return (loaded ??= require('./official') as typeof import('./official'));
}
