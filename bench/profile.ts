/**
 * Where the time goes. Not part of `npm run bench`; run by hand:
 *
 *   npx tsx bench/profile.ts analyze [lines]   phases of analyze() in-process: parse, model, each rule
 *   npx tsx bench/profile.ts server  [lines]   CPU profile of dist/server.js over opens and edits
 *   npx tsx bench/profile.ts cli     [files]   CPU profile of `dist/cli.js lint` over generated files
 *   npx tsx bench/profile.ts cold    [lines] [samples] [modes]   the first analyze() of a fresh process
 *                                   (bundled as dist/ is), whole, by phase and after a warm-up (see `coldOnce`)
 *
 * The CPU profiles (.cpuprofile, for Chrome DevTools) are written to $TMPDIR/ss-profile-*; the top
 * functions by self and by inclusive time are printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { analyze, readEdition } from '../server/src/core/engine';
import { buildModel } from '../server/src/core/model/build';
import { findConflicts, findLoneMarkers, maskConflicts } from '../server/src/core/parse/conflicts';
import { linesOf, loneCrAsLf, nestingTooDeep, parse, parseQuietly, PARSE_OPTIONS } from '../server/src/core/parse/parse';
import { rules } from '../server/src/core/rules';
import { spellingContext } from '../server/src/core/rules/text/speller';
import { nodeSpellers } from '../server/src/node/spell/speller';
import type { RuleContext } from '../server/src/core/rules/rule';
import { makeEdits } from './edits';
import { generateStandard } from './generate';
import { LspClient as BenchClient } from '../test/support/lsp-client';
import { OUR_SERVER, ROOT } from './servers';
import { median, round } from './stats';

const log = (s = '') => process.stdout.write(`${s}\n`);

function phases(lines: number, reps = 15) {
  const text = generateStandard({ lines, seed: lines });
  // Every rule on, as the CLI and the server run them: the spelling rule with its dictionaries.
  const speller = nodeSpellers();
  const spelling = spellingContext(speller);
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const acc = new Map<string, number[]>();
  const add = (k: string, v: number) => acc.set(k, [...(acc.get(k) ?? []), v]);
  for (let i = 0; i < reps + 3; i++) {
    const warm = i < 3;
    const rec = (k: string, v: number) => !warm && add(k, v);
    rec('bare parseDocument(text)', time(() => parseDocument(text)));
    rec('parseDocument + LineCounter + our options', time(() => parseDocument(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() })));
    let parsed!: ReturnType<typeof parse>;
    rec('parse() (conflicts, masking, extra documents)', time(() => (parsed = parse(text))));
    const { edition, catalog } = readEdition(parsed);
    let model!: ReturnType<typeof buildModel>;
    rec('buildModel()', time(() => (model = buildModel(parsed.doc, catalog, edition))));
    const ctx: RuleContext = { parsed, source: text, model, catalog, now: new Date(), report: () => undefined, findings: (kind) => model.find(kind), spelling };
    let all = 0;
    for (const rule of rules) {
      const t = time(() => rule.check(ctx));
      all += t;
      rec(`  rule ${rule.code}`, t);
    }
    rec('all rules', all);
    rec('analyze() total', time(() => analyze(text, { speller })));
  }
  log(`analyze() phases, ${lines}-line standard (${text.length} chars), median of ${reps}:`);
  const total = median(acc.get('analyze() total')!);
  for (const [k, v] of acc) {
    const m = median(v);
    if (k.startsWith('  rule') && m < 0.05) continue;
    log(`  ${k.padEnd(50)} ${m.toFixed(2).padStart(8)} ms  ${((100 * m) / total).toFixed(0).padStart(3)}%`);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Top functions of a .cpuprofile by self and by inclusive time (recursion counted once per sample). */
export function summariseProfile(path: string, top = 25): void {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    let n = byId.get(p.samples[i]);
    if (!n) continue;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      n = byId.get(id)!;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  }
  const show = (title: string, m: Map<string, number>) => {
    log(`  ${title}:`);
    for (const [k, v] of [...m].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
      log(`    ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
    }
  };
  log(`  profile ${path}: ${total.toFixed(0)} ms sampled`);
  show('self time', self);
  show('inclusive time', incl);
}

async function serverProfile(lines: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ss-profile-'));
  const client = await BenchClient.start({
    name: 'service-standard (profiled)',
    command: process.execPath,
    args: ['--cpu-prof', '--cpu-prof-dir', dir, OUR_SERVER, '--stdio'],
    languageId: 'service-standard',
    initializationOptions: { settings: { debounceMs: 0 } },
    configuration: (s) => (s === 'serviceStandard' ? {} : null),
    settingsSection: 'serviceStandard',
  });
  await client.settled();
  const text = generateStandard({ lines, seed: lines });
  const open: number[] = [];
  for (let i = 0; i < 10; i++) {
    const uri = pathToFileURL(join(dir, `open-${i}.standard.yaml`)).href;
    open.push((await client.open(uri, text.replace(/code: "\d+"/, `code: "${70000000 + i}"`))).ms);
    client.close(uri);
  }
  const uri = pathToFileURL(join(dir, 'edited.standard.yaml')).href;
  await client.open(uri, text);
  const { edits } = makeEdits(text, 100);
  const edit: number[] = [];
  let v = 1;
  for (const e of edits) edit.push((await client.change(uri, ++v, [{ range: e.range, text: e.text }])).ms);
  await client.stop();
  log(`server, ${lines} lines: first diagnostics median ${round(median(open))} ms (10 opens), edit -> diagnostics median ${round(median(edit))} ms (100 edits)`);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) summariseProfile(join(dir, f));
}

function cliProfile(files: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ss-profile-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < files; i++) writeFileSync(join(corpus, `s${i}.standard.yaml`), generateStandard({ lines: 300, seed: 2000 + i, quoteDates: true }));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(ROOT, 'dist', 'cli.js'), 'lint', corpus, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  log(`cli lint of ${files} files: ${round(performance.now() - t0)} ms (profiled), exit ${r.status}`);
  const t1 = performance.now();
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' });
  log(`  node dist/cli.js --version (start-up alone): ${round(performance.now() - t1)} ms`);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) summariseProfile(join(dir, f));
}

const timed = (out: Record<string, number>, k: string, fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  out[k] = (out[k] ?? 0) + performance.now() - t0;
};

/**
 * In a fresh process (run in the project's folder): the first analysis of a standard, whole
 * (`total`), by phase (`phases`), or after the warm-up's examples (`warm`); with `-one-shot`, as the
 * CLI runs it (`oneShot`). Without the spelling rule, whose first run is the loading of its dictionaries.
 */
function coldOnce(lines: number, how: string): Record<string, number> {
  const text = generateStandard({ lines, seed: lines });
  const oneShot = how.endsWith('-one-shot');
  const mode = how.replace(/-one-shot$/, '');
  const out: Record<string, number> = {};
  if (mode === 'total') timed(out, 'analyze() total', () => analyze(text, { oneShot }));
  if (mode === 'warm') {
    const examples = readdirSync('examples').filter((f) => f.endsWith('.standard.yaml')).map((f) => readFileSync(join('examples', f), 'utf8'));
    for (let i = 0; i < 20; i++) for (const e of examples) analyze(e);
    timed(out, 'analyze() after warm-up', () => analyze(text, { oneShot }));
  }
  if (mode !== 'phases') return out;
  const lf = loneCrAsLf(text);
  let conflicts!: ReturnType<typeof findConflicts>;
  timed(out, 'conflict scans', () => maskConflicts(lf, (conflicts = findConflicts(lf)), findLoneMarkers(lf, conflicts)));
  timed(out, 'nestingScan', () => nestingTooDeep(lf));
  timed(out, 'yaml parseDocument', () => parseQuietly(lf));
  timed(out, 'linesOf', () => linesOf(lf));
  let parsed!: ReturnType<typeof parse>;
  timed(out, 'parse() again (warmer)', () => (parsed = parse(text)));
  const { edition, catalog } = readEdition(parsed);
  let model!: ReturnType<typeof buildModel>;
  timed(out, 'buildModel()', () => (model = buildModel(parsed.doc, catalog, edition, [], undefined, !oneShot)));
  const ctx: RuleContext = { parsed, source: text, model, catalog, now: new Date(), report: () => undefined, findings: (kind) => model.find(kind), oneShot };
  for (const rule of rules) timed(out, `  rule ${rule.code}`, () => rule.check(ctx));
  return out;
}

/** `coldOnce` in `samples` fresh processes each, from a bundle made as `scripts/build.mjs` makes dist/. */
function cold(lines: number, samples = 9, modes = ['total', 'total-one-shot', 'phases', 'phases-one-shot', 'warm', 'warm-one-shot']) {
  const dir = mkdtempSync(join(tmpdir(), 'ss-profile-cold-'));
  const bundle = join(dir, 'profile.js');
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  const built = spawnSync(esbuild, [join(__dirname, 'profile.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--alias:yaml=./node_modules/yaml/browser/index.js', '--define:require.main=null', '--log-level=warning'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  for (const how of modes) {
    const acc = new Map<string, number[]>();
    for (let i = 0; i < samples; i++) {
      // The bundle's modules each see themselves as the main one unless `require.main` is defined away.
      const r = spawnSync(process.execPath, [bundle, String(lines), how], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SS_PROFILE_COLD: '1' } });
      if (r.status !== 0) throw new Error(r.stderr);
      for (const [k, v] of Object.entries(JSON.parse(r.stdout) as Record<string, number>)) acc.set(k, [...(acc.get(k) ?? []), v]);
    }
    log(`${how}, ${lines} lines, median of ${samples} fresh processes:`);
    for (const [k, v] of acc) if (median(v) >= 0.5) log(`  ${k.padEnd(40)} ${median(v).toFixed(1).padStart(8)} ms`);
  }
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.SS_PROFILE_COLD) {
  const [n, how] = process.argv.slice(2);
  log(JSON.stringify(coldOnce(Number(n), how)));
} else if (require.main === module) {
  const [mode = 'analyze', n, how] = process.argv.slice(2);
  if (mode === 'analyze') phases(Number(n ?? 3000));
  else if (mode === 'cold') cold(Number(n ?? 3000), Number(how ?? 9), process.argv[5]?.split(','));
  else if (mode === 'server') void serverProfile(Number(n ?? 3000));
  else if (mode === 'cli') cliProfile(Number(n ?? 1000));
  else log('usage: tsx bench/profile.ts analyze|server|cli|cold [size]');
}
