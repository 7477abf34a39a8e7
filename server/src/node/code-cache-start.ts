/**
 * Preloaded by the VS Code client before the server (`node --require dist/code-cache.js
 * dist/server.js --code-cache=DIR`): `dist/server.js`, beside this file, is compiled through V8's
 * code cache in DIR (`code-cache.ts`). Without `--code-cache` it does nothing.
 */
import { join } from 'node:path';
import { cacheDirOf, installCodeCache } from './code-cache';
import { setStartFlags } from './v8-flags';

const dir = cacheDirOf(process.argv);
if (dir) {
  setStartFlags();
  installCodeCache(join(__dirname, 'server.js'), dir);
}
