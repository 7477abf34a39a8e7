/**
 * `npm run fuzz`: the protocol fuzzer for a long run (not a mocha test).
 *
 *   npm run fuzz                        100,000 edits, a fresh seed
 *   npm run fuzz -- --edits 20000       another number of edits
 *   npm run fuzz -- --seed 12345        replay a run (or FUZZ_SEED=12345)
 *   npm run fuzz -- --check-every 1     hover + completion after every edit (default 2)
 *
 * Prints progress every 5,000 edits and ends with `N edits, C crashes, H hangs (seed S)`.
 * Exits 1 on any crash, hang, failed request or diagnostics out of step with the engine; the
 * text of each failure is saved next to the report (its path is printed).
 */
import { tmpdir } from 'node:os';
import { ProtocolFuzzer, type DriveStats } from './protocol-driver';
import { seedFrom } from './generators';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

function int(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`long-run: --${name} must be a positive integer, not ${v}`);
    process.exit(2);
  }
  return n;
}

const edits = int('edits', 100_000);
const seed = seedFrom(arg('seed') ?? process.env.FUZZ_SEED);
const checkEvery = int('check-every', 2);
const started = performance.now();
const secs = () => Math.round((performance.now() - started) / 1000);

function line(s: DriveStats): string {
  return `${s.edits} edits, ${s.crashes} crashes, ${s.hangs} hangs, ${s.checks} hover/completion checks (slowest ${Math.round(s.slowest)} ms), ${s.syncs} diagnostics comparisons, ${s.heavy.length} heavy documents, ${secs()} s`;
}

async function main(): Promise<void> {
  console.log(`fuzzing the language server: ${edits} edits, seed ${seed} (replay with --seed ${seed})`);
  const stats = await new ProtocolFuzzer({
    seed,
    edits,
    checkEvery,
    syncEvery: 1000,
    heavyEvery: 2500,
    progressEvery: 5000,
    saveDir: tmpdir(),
    onProgress: (s) => console.log(`  ${line(s)}`),
  }).run();
  for (const f of stats.failures) console.log(`  FAIL ${f.kind} at edit ${f.edit}: ${f.detail}${f.file ? ` (text: ${f.file})` : ''}`);
  for (const [message, n] of stats.internalErrors) console.log(`  note: the server caught and logged ×${n}: ${message}`);
  console.log(`${stats.edits} edits, ${stats.crashes} crashes, ${stats.hangs} hangs (seed ${seed})`);
  process.exit(stats.failures.length ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(`long-run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  console.log(`0 edits, 1 crashes, 0 hangs (seed ${seed})`);
  process.exit(1);
});
