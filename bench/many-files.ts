/**
 * The CLI on a large folder: N small standards (default 20,000), each with a few findings, linted
 * in a fresh process; prints the wall time and the peak RSS (`npx tsx bench/many-files.ts [N] [--threads T]`).
 * Needs a build (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 20_000);
const threads = args.includes('--threads') ? args[args.indexOf('--threads') + 1] : undefined;

const dir = mkdtempSync(join(tmpdir(), 'ss-bench-many-'));
const base = readFileSync(join(ROOT, 'test/fixtures/from-dialect.standard.yaml'), 'utf8').replace(/^(\s+)recipients:/m, '$1recipents:');
for (let i = 0; i < n; i++) writeFileSync(join(dir, `s${i}.standard.yaml`), base.replace(/code: .*/, `code: "C${i}"`));
const rssFile = join(dir, '.rss');
const probe = join(dir, '.probe.cjs');
writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.SS_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
const t0 = performance.now();
const r = spawnSync(process.execPath, ['-r', probe, join(ROOT, 'dist/cli.js'), 'lint', '.', '--format', 'sarif', ...(threads ? ['--threads', threads] : [])], {
  cwd: dir,
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
  env: { ...process.env, SS_RSS_FILE: rssFile },
});
const s = (performance.now() - t0) / 1000;
const rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
console.log(`${n} files${threads ? `, ${threads} thread(s)` : ''}: ${s.toFixed(1)} s, peak RSS of the main process ${Math.round(rss)} MB, exit ${r.status}, report ${Math.round(r.stdout.length / 1e6)} MB`);
rmSync(dir, { recursive: true, force: true });
