/**
 * `lint --cache` on the CLI corpus (1,000 generated standards of ~300 lines): cold (no cache file),
 * warm (every file unchanged since the last run: not even read) and warm after a checkout (every
 * modification time changed: each file hashed, none parsed), against ajv-cli on the same files.
 * Part of `npm run bench`; standalone: `npx tsx bench/cli-cache.ts [FILES] [--runs N]` (needs a build).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStandard } from './generate';
import { ROOT, SCHEMA } from './servers';
import { median, round } from './stats';

const CLI = join(ROOT, 'dist', 'cli.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const COUNTS = /cache: (\d+) analysed, (\d+) from cache, (\d+) hashed/;

/** The corpus of the CLI figure (the same seeds and quoting as `run.ts`). */
export function writeCorpus(dir: string, files: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    writeFileSync(join(dir, `s${String(i).padStart(4, '0')}.standard.yaml`), generateStandard({ lines: 300, seed: 2000 + i, quoteDates: true }));
  }
}

function timed(args: string[]): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, SERVICE_STANDARD_DEBUG_CACHE: '1' } });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** ajv-cli on the YAML files, as the CLI figure runs it. */
export function ajvYaml(dir: string): string[] {
  return [AJV, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-c', join(__dirname, 'ajv-formats.cjs'), '-s', SCHEMA, '-d', join(dir, '*.standard.yaml')];
}

/** Cold, warm and warm-after-checkout `lint --cache` on `dir`; `ajvMs` when the caller has measured ajv-cli already. */
export function cliCache(dir: string, runs: number, ajvMs?: number) {
  const cacheFile = join(mkdtempSync(join(tmpdir(), 'ss-bench-cache-')), 'lint.cache');
  const lint = [CLI, 'lint', dir, '--format', 'json', '--cache', '--cache-location', cacheFile];
  const times = { cold: [] as number[], warm: [] as number[], checkout: [] as number[], ajv: [] as number[] };
  const counts: Record<string, string> = {};
  let reference: string | undefined;
  const once = (kind: 'cold' | 'warm' | 'checkout') => {
    if (kind === 'cold') rmSync(cacheFile, { force: true });
    if (kind === 'checkout') readdirSync(dir).forEach((f, i) => utimesSync(join(dir, f), new Date(), new Date(Date.now() - 3_600_000 - i)));
    const r = timed(lint);
    if (r.status !== 0) throw new Error(`lint --cache (${kind}) exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    if ((reference ??= r.stdout) !== r.stdout) throw new Error(`lint --cache (${kind}) printed another report than the cold run`);
    counts[kind] = COUNTS.exec(r.stderr)?.[0] ?? '?';
    if (kind !== 'cold' && !/^cache: 0 analysed/.test(counts[kind])) throw new Error(`lint --cache (${kind}) analysed files again: ${counts[kind]}`);
    times[kind].push(r.ms);
  };
  for (let i = 0; i < runs; i++) {
    once('cold');
    once('warm'); // files written within 2 s of the cache are hashed on this one; the figure is the next
    times.warm = times.warm.slice(0, -1);
    once('warm');
    once('checkout');
    if (ajvMs === undefined) times.ajv.push(timed(ajvYaml(dir)).ms);
  }
  rmSync(cacheFile, { force: true });
  const ajv = ajvMs ?? median(times.ajv);
  const warm = median(times.warm);
  return {
    files: readdirSync(dir).length,
    runs,
    coldMs: round(median(times.cold)),
    warmMs: round(warm),
    warmAfterCheckoutMs: round(median(times.checkout)),
    ajvYamlMs: round(ajv),
    cliCachedOverValidator: round(warm / ajv, 3),
    checkoutOverValidator: round(median(times.checkout) / ajv, 3),
    counts,
    samples: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((x) => round(x))])),
  };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const files = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const work = mkdtempSync(join(tmpdir(), 'ss-bench-cache-corpus-'));
  try {
    writeCorpus(work, files);
    const res = cliCache(work, runs);
    process.stdout.write(`${JSON.stringify(res, null, 2)}\n`);
    process.stdout.write(`lint --cache, ${res.files} files: cold ${res.coldMs} ms, warm ${res.warmMs} ms, warm after checkout ${res.warmAfterCheckoutMs} ms; ajv-cli ${res.ajvYamlMs} ms; cliCachedOverValidator ${res.cliCachedOverValidator}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
