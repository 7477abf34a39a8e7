/**
 * `npm run bench [-- --quick]`: our language server and CLI measured side by side with what a user
 * would otherwise run: Red Hat's yaml-language-server given our generated JSON Schema, and ajv-cli.
 * Prints a table and writes bench/results.json (and bench/results.md, the table for the README).
 *
 * Every figure is the tools' work alone: our debounce is set to 0 and yaml-language-server's hard-coded
 * validation delay too (bench/yls-delay.cjs); the shipped debounces are reported on their own lines,
 * with the edit-to-diagnostics latency a user sees with them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import type { CompletionItem, CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-protocol';
import { analyze, MAX_CHARS } from '../server/src/core/engine';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { makeEdits, type Edit } from './edits';
import { cliCache } from './cli-cache';
import { compareDiagnostics, directDiagnostics } from './equivalence';
import { generateStandard } from './generate';
import { LspClient as BenchClient, type Memory, type ServerSpec } from '../test/support/lsp-client';
import { ours, PROOF_TEXT, ROOT, SCHEMA, SCHEMA_URI, yamlLanguageServer, ylsShippedDelayMs, ylsVersion } from './servers';
import { median, round, summarize, timeMedian, type Summary } from './stats';

const QUICK = process.argv.includes('--quick');
const started = performance.now();

const P = QUICK
  ? { sizes: [300, 3000], floorReps: { 300: 10, 3000: 3, 30000: 1 } as Record<number, number>, firstWarmup: { 300: 1, 3000: 1, 30000: 0 } as Record<number, number>, firstReps: { 300: 2, 3000: 2, 30000: 1 } as Record<number, number>, coldReps: 2, edits: 20, shippedEdits: 5, assistReps: 5, rssDocs: 10, rssRuns: 1, cliFiles: 100, cliRuns: 1 }
  : { sizes: [300, 3000, 30000], floorReps: { 300: 40, 3000: 10, 30000: 3 } as Record<number, number>, firstWarmup: { 300: 2, 3000: 3, 30000: 1 } as Record<number, number>, firstReps: { 300: 10, 3000: 10, 30000: 2 } as Record<number, number>, coldReps: 7, edits: 200, shippedEdits: 20, assistReps: 40, rssDocs: 100, rssRuns: 3, cliFiles: 1000, cliRuns: 5 };
const MAIN = 3000;

const TARGETS = { editP50: 0.2, completionP95: 0.3, hoverP95: 0.3, firstDiagnostics: 0.5, rss100: 0.5, analysisOverParse: 3, cliOverValidator: 1 };
type RatioKey = keyof typeof TARGETS;

const log = (s = '') => process.stdout.write(`${s}\n`);
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x)} ms`;
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const work = mkdtempSync(join(tmpdir(), 'ss-bench-'));
const uriOf = (name: string) => pathToFileURL(join(work, name)).href;
/** The same standard under another `service.code` (same length), so that documents opened side by side never share a code. */
const withCode = (t: string, code: number) => t.replace(/^( {2}code: ")\d{8}"/m, `$1${String(code).padStart(8, '0')}"`);
const lineCount = (t: string) => t.split('\n').length - (t.endsWith('\n') ? 1 : 0);

// ------------------------------------------------------------------------------------------------
// 1. Documents

function generated() {
  log(`Generating standards (${P.sizes.join(', ')} lines) ...`);
  const texts: Record<number, string> = {};
  const info: Record<number, { lines: number; chars: number; bytes: number; diagnostics: number }> = {};
  for (const size of P.sizes) {
    const text = generateStandard({ lines: size, seed: size });
    texts[size] = text;
    if (text.length > MAX_CHARS) throw new Error(`the ${size}-line standard has ${text.length} characters, over the engine's MAX_CHARS (${MAX_CHARS}): it would be checked for syntax only`);
    const diagnostics = size <= MAIN ? analyze(text).diagnostics : [];
    if (diagnostics.length) throw new Error(`the generated ${size}-line standard is not lint-clean:\n${diagnostics.slice(0, 5).map((d) => `  ${d.range.start.line + 1}: ${d.code} ${d.message.en}`).join('\n')}`);
    info[size] = { lines: lineCount(text), chars: text.length, bytes: Buffer.byteLength(text), diagnostics: diagnostics.length };
  }
  log(`  lint-clean via analyze(): ${P.sizes.filter((s) => s <= MAIN).map((s) => `${info[s].lines} lines`).join(', ')} (0 diagnostics)`);
  return { texts, info };
}

// ------------------------------------------------------------------------------------------------
// 2. Floor: the bare `yaml` parse vs our full analysis, in-process

function floor(texts: Record<number, string>) {
  log('Floor: bare yaml parseDocument vs analyze(), in-process, median ...');
  const out: Record<number, { parseMs: number; analyzeMs: number; ratio: number; reps: number }> = {};
  for (const size of P.sizes) {
    const t = texts[size];
    const reps = P.floorReps[size];
    // Interleaved so that both see the same GC and JIT state.
    for (let i = 0; i < 3; i++) {
      parseDocument(t);
      analyze(t);
    }
    const parse: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < reps; i++) {
      parse.push(timeMedian(() => parseDocument(t), 1, 0).median);
      full.push(timeMedian(() => analyze(t), 1, 0).median);
    }
    out[size] = { parseMs: round(median(parse)), analyzeMs: round(median(full)), ratio: round(median(full) / median(parse)), reps };
    log(`  ${size} lines: parse ${ms(out[size].parseMs)}, analyze ${ms(out[size].analyzeMs)} -> ${out[size].ratio}x`);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// 3. LSP

function lastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i])) return i;
  return -1;
}

interface Positions {
  completion: { name: string; position: Position }[];
  hover: { name: string; position: Position }[];
}

function positionsIn(text: string): Positions {
  const lines = text.split('\n');
  const line = (re: RegExp, last = false) => {
    const idx = last ? lastIndex(lines, (l) => re.test(l)) : lines.findIndex((l) => re.test(l));
    if (idx < 0) throw new Error(`no line matches ${re}`);
    return idx;
  };
  const form = line(/^ {2}form: /);
  const maxWait = line(/^ {4}max-wait: /);
  // The last provider's `email:`: a key deep inside a long list.
  const procedure = line(/^procedure:/);
  const email = lastIndex(lines.slice(0, procedure), (l) => /^ {6}email: /.test(l));
  return {
    completion: [
      { name: 'key in `general` (start of `recipients`)', position: { line: line(/^ {2}recipients:/), character: 2 } },
      { name: 'value of `form`', position: { line: form, character: lines[form].length } },
      { name: 'key in the last provider contact', position: { line: email, character: 6 } },
    ],
    hover: [
      { name: 'clause key `deadlines`', position: { line: line(/^ {2}deadlines:/), character: 4 } },
      { name: 'clause key `internal-order`', position: { line: line(/^ {2}internal-order:/), character: 6 } },
      { name: 'value `max-wait: 30 minutes`', position: { line: maxWait, character: lines[maxWait].indexOf(':') + 3 } },
    ],
  };
}

interface ServerRun {
  name: string;
  proof: { ok: boolean; message?: string; source?: string; code?: string };
  firstDiagnostics: Record<number, { samples: number[]; median: number; diagnostics: number }>;
  cold?: { samples: number[]; median: number; startMs: number };
  schemaCleanOnMain: { diagnostics: number; sample: string[] };
  edits: Summary & { byKind: Record<string, Summary> };
  completion: Summary & { byPosition: Record<string, Summary & { items: number }> };
  hover: Summary & { byPosition: Record<string, Summary & { answered: boolean; chars: number }> };
  equivalence?: { equal: boolean; difference?: string; diagnostics: number };
  memoryAfter: Memory;
}

const text = (m: Diagnostic['message']) => (typeof m === 'string' ? m : m.value);

async function proveConfigured(c: BenchClient): Promise<ServerRun['proof']> {
  const uri = uriOf('proof.standard.yaml');
  let { publish } = await c.open(uri, PROOF_TEXT);
  // yaml-language-server may validate before it has applied the pulled settings: give it a nudge.
  for (let v = 2; v <= 4 && !publish.diagnostics.some((d) => text(d.message).includes('bogus-key')); v++) {
    await new Promise((r) => setTimeout(r, 200));
    ({ publish } = await c.change(uri, v, [{ text: PROOF_TEXT + `# ${v}\n` }]));
  }
  c.close(uri);
  const d = publish.diagnostics.find((x) => text(x.message).includes('bogus-key'));
  return { ok: !!d, message: d ? text(d.message) : undefined, source: d?.source, code: d?.code === undefined ? undefined : String(d.code) };
}

const itemsOf = (r: CompletionItem[] | CompletionList | null) => (!r ? 0 : Array.isArray(r) ? r.length : r.items.length);
const hoverChars = (h: Hover | null) => {
  if (!h) return 0;
  const c = h.contents as unknown;
  if (typeof c === 'string') return c.length;
  if (Array.isArray(c)) return c.reduce((n: number, x: unknown) => n + (typeof x === 'string' ? x.length : String((x as { value?: string }).value ?? '').length), 0);
  return String((c as { value?: string }).value ?? '').length;
};

async function measureServer(spec: ServerSpec, texts: Record<number, string>, mainText: string, edits: Edit[], finalText: string, isOurs: boolean): Promise<ServerRun> {
  log(`\n${spec.name}: ${[spec.command === process.execPath ? 'node' : spec.command, ...spec.args.map((a) => a.replace(ROOT + '/', ''))].join(' ')}`);
  const c = await BenchClient.start(spec);
  try {
    await c.settled();
    const proof = await proveConfigured(c);
    log(`  configured: ${proof.ok ? `yes, the proof document's unknown key is reported: "${proof.message}" (source: ${proof.source ?? '-'}${proof.code ? `, code ${proof.code}` : ''})` : 'NO: the unknown key was not reported'}`);
    if (!proof.ok) throw new Error(`${spec.name} does not apply the schema/catalog; stderr: ${c.stderr.join('').slice(-2000)}`);

    // First diagnostics in a warm server, per size: fresh URIs, after untimed warm-up opens.
    const firstDiagnostics: ServerRun['firstDiagnostics'] = {};
    let schemaCleanOnMain: ServerRun['schemaCleanOnMain'] = { diagnostics: 0, sample: [] };
    for (const size of P.sizes) {
      const samples: number[] = [];
      let diagnostics: Diagnostic[] = [];
      const warmup = P.firstWarmup[size];
      for (let rep = 0; rep < warmup + P.firstReps[size]; rep++) {
        const uri = uriOf(`first-${size}-${rep}.standard.yaml`);
        const r = await c.open(uri, withCode(texts[size], 90000000 + size * 10 + rep));
        if (rep >= warmup) samples.push(r.ms);
        diagnostics = r.publish.diagnostics;
        c.close(uri);
        await new Promise((res) => setTimeout(res, 20));
      }
      firstDiagnostics[size] = { samples: samples.map((x) => round(x)), median: round(median(samples)), diagnostics: diagnostics.length };
      if (size === MAIN) schemaCleanOnMain = { diagnostics: diagnostics.length, sample: diagnostics.slice(0, 3).map((d) => `${d.range.start.line + 1}: ${text(d.message)}`) };
      log(`  first diagnostics, warm server, ${size} lines: ${ms(firstDiagnostics[size].median)} (median of ${samples.length} after ${warmup} warm-up; ${diagnostics.length} diagnostics)`);
    }

    // Edits on the 3,000-line standard, incremental, each waited for.
    const uri = uriOf('edited.standard.yaml');
    await c.open(uri, mainText);
    const times: number[] = [];
    const byKind: Record<string, number[]> = {};
    let version = 1;
    let last: Diagnostic[] = [];
    for (const e of edits) {
      const r = await c.change(uri, ++version, [{ range: e.range, text: e.text }]);
      times.push(r.ms);
      (byKind[e.kind] ??= []).push(r.ms);
      last = r.publish.diagnostics;
    }
    const editSummary = { ...summarize(times), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarize(v)])) };
    log(`  edit -> diagnostics (${edits.length} edits, ${MAIN} lines): p50 ${ms(editSummary.p50)}, p95 ${ms(editSummary.p95)}`);
    let equivalence: ServerRun['equivalence'];
    if (isOurs) {
      const difference = compareDiagnostics(last, directDiagnostics(uri, finalText));
      equivalence = { equal: !difference, difference, diagnostics: last.length };
      log(`  final version's diagnostics vs analyze() of the final text: ${difference ? `DIFFERENT: ${difference}` : `identical (${last.length} diagnostics)`}`);
    }

    // Completion and hover on the edited document (its diagnostics are out: the server is idle).
    const pos = positionsIn(finalText);
    const completion: number[] = [];
    const byPosition: Record<string, Summary & { items: number }> = {};
    for (const p of pos.completion) {
      const params = { textDocument: { uri }, position: p.position, context: { triggerKind: 1 } };
      const first = await c.timed<CompletionItem[] | CompletionList | null>('textDocument/completion', params);
      const xs: number[] = [];
      for (let i = 0; i < P.assistReps; i++) xs.push((await c.timed('textDocument/completion', params)).ms);
      completion.push(...xs);
      byPosition[p.name] = { ...summarize(xs), items: itemsOf(first.result) };
    }
    const hover: number[] = [];
    const hoverBy: Record<string, Summary & { answered: boolean; chars: number }> = {};
    for (const p of pos.hover) {
      const params = { textDocument: { uri }, position: p.position };
      const first = await c.timed<Hover | null>('textDocument/hover', params);
      const xs: number[] = [];
      for (let i = 0; i < P.assistReps; i++) xs.push((await c.timed('textDocument/hover', params)).ms);
      hover.push(...xs);
      hoverBy[p.name] = { ...summarize(xs), answered: !!first.result, chars: hoverChars(first.result) };
    }
    const completionSummary = { ...summarize(completion), byPosition };
    const hoverSummary = { ...summarize(hover), byPosition: hoverBy };
    log(`  completion: p50 ${ms(completionSummary.p50)}, p95 ${ms(completionSummary.p95)} (${Object.values(byPosition).map((b) => `${b.items} items`).join(', ')})`);
    log(`  hover: p50 ${ms(hoverSummary.p50)}, p95 ${ms(hoverSummary.p95)} (${Object.values(hoverBy).map((b) => (b.answered ? `${b.chars} chars` : 'no answer')).join(', ')})`);
    const memoryAfter = c.memory();
    return { name: spec.name, proof, firstDiagnostics, schemaCleanOnMain, edits: editSummary, completion: completionSummary, hover: hoverSummary, equivalence, memoryAfter };
  } finally {
    await c.stop();
  }
}

/**
 * First diagnostics in a fresh server: start, settings applied, open the 3,000-line standard, as when
 * an editor starts the server for the first standard of the day. The document carries one unknown
 * top-level key, which each server must report: every sample proves the schema/catalog was applied.
 */
async function coldFirst(spec: () => ServerSpec, source: string): Promise<{ samples: number[]; median: number; startMs: number }> {
  const samples: number[] = [];
  const starts: number[] = [];
  const marked = `${source}bench-marker: 1\n`;
  for (let rep = 0; rep < P.coldReps; rep++) {
    const c = await BenchClient.start(spec());
    try {
      starts.push(c.startMs);
      await c.settled();
      const r = await c.open(uriOf(`cold-${rep}.standard.yaml`), marked);
      if (!r.publish.diagnostics.some((d) => text(d.message).includes('bench-marker'))) throw new Error(`${c.spec.name}: the unknown key \`bench-marker\` was not reported on a cold open`);
      samples.push(r.ms);
    } finally {
      await c.stop();
    }
  }
  return { samples: samples.map((x) => round(x)), median: round(median(samples)), startMs: round(median(starts)) };
}

/** Edit-to-diagnostics with each server's shipped debounce: what a user feels. */
async function shipped(spec: ServerSpec, text: string, edits: Edit[]): Promise<Summary> {
  const c = await BenchClient.start(spec);
  try {
    await c.settled();
    await proveConfigured(c);
    const uri = uriOf(`shipped-${spec.name}.standard.yaml`);
    await c.open(uri, text);
    const xs: number[] = [];
    let version = 1;
    for (const e of edits) xs.push((await c.change(uri, ++version, [{ range: e.range, text: e.text }])).ms);
    return summarize(xs);
  } finally {
    await c.stop();
  }
}

function rssDocs(): { uri: string; text: string; lines: number }[] {
  const docs = [];
  for (let i = 0; i < P.rssDocs; i++) {
    const lines = 300 + ((i * 617) % 2701);
    const text = generateStandard({ lines, seed: 500 + i });
    docs.push({ uri: uriOf(`open/s${String(i).padStart(3, '0')}.standard.yaml`), text, lines: lineCount(text) });
  }
  return docs;
}

/** Peak RSS over `P.rssRuns` fresh processes (median run by peak). */
async function measureRss(spec: () => ServerSpec, docs: { uri: string; text: string }[]) {
  const runs = [];
  for (let i = 0; i < P.rssRuns; i++) runs.push(await rssOnce(spec(), docs));
  runs.sort((a, b) => a.peakMb - b.peakMb);
  return { ...runs[Math.floor(runs.length / 2)], peaksMb: runs.map((r) => r.peakMb) };
}

async function rssOnce(spec: ServerSpec, docs: { uri: string; text: string }[]) {
  const c = await BenchClient.start(spec);
  try {
    await c.settled();
    const idle = c.memory();
    const t0 = performance.now();
    let diagnostics = 0;
    for (const d of docs) diagnostics += (await c.open(d.uri, d.text)).publish.diagnostics.length;
    const openMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 200));
    const mem = c.memory();
    return { idleRssMb: round(idle.rssKb / 1024, 1), peakMb: round(mem.peakKb / 1024, 1), rssMb: round(mem.rssKb / 1024, 1), openAllMs: round(openMs), diagnostics };
  } finally {
    await c.stop();
  }
}

// ------------------------------------------------------------------------------------------------
// 4. CLI

function cli() {
  log(`\nCLI: ${P.cliFiles} standards of ~300 lines ...`);
  const dir = join(work, 'cli');
  const jsonDir = join(work, 'cli-json');
  mkdirSync(dir);
  mkdirSync(jsonDir);
  let bytes = 0;
  for (let i = 0; i < P.cliFiles; i++) {
    // Quoted dates: ajv-cli reads YAML with js-yaml 3 (YAML 1.1), which turns a bare 2010-06-26 into a Date.
    const text = generateStandard({ lines: 300, seed: 2000 + i, quoteDates: true });
    bytes += Buffer.byteLength(text);
    const name = `s${String(i).padStart(4, '0')}`;
    writeFileSync(join(dir, `${name}.standard.yaml`), text);
    writeFileSync(join(jsonDir, `${name}.json`), JSON.stringify(parseDocument(text).toJS()));
  }
  const node = process.execPath;
  const ajv = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const ajvArgs = ['validate', '--spec=draft2020', '--strict=false', '--all-errors', '-c', join(__dirname, 'ajv-formats.cjs'), '-s', SCHEMA];
  const commands = {
    ours: [join(ROOT, 'dist', 'cli.js'), 'lint', dir, '--format', 'json'],
    ajvYaml: [ajv, ...ajvArgs, '-d', join(dir, '*.standard.yaml')],
    ajvJson: [ajv, ...ajvArgs, '-d', join(jsonDir, '*.json')],
    floor: [join(__dirname, 'floor-parse.cjs'), dir],
  };
  type Cmd = keyof typeof commands;
  const times: Record<Cmd, number[]> = { ours: [], ajvYaml: [], ajvJson: [], floor: [] };
  const outputs: Partial<Record<Cmd, { status: number | null; stdout: string; stderr: string }>> = {};
  const run = (k: Cmd) => {
    const t0 = performance.now();
    const r = spawnSync(node, commands[k], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times[k].push(performance.now() - t0);
    outputs[k] = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  run('floor'); // warms the page cache; not counted
  times.floor = [];
  for (let i = 0; i < P.cliRuns; i++) for (const k of Object.keys(commands) as Cmd[]) run(k);
  const ourProblems = (() => {
    try {
      return (JSON.parse(outputs.ours!.stdout) as unknown[]).length;
    } catch {
      return -1;
    }
  })();
  const validCount = (o?: { stdout: string; stderr: string }) => ((o?.stdout ?? '') + (o?.stderr ?? '')).split('\n').filter((l) => / valid$/.test(l)).length;
  const res = {
    files: P.cliFiles,
    megabytes: round(bytes / 1e6, 1),
    runs: P.cliRuns,
    oursMs: round(median(times.ours)),
    ajvYamlMs: round(median(times.ajvYaml)),
    ajvJsonMs: round(median(times.ajvJson)),
    floorMs: round(median(times.floor)),
    samples: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((x) => round(x))])),
    checks: {
      oursExit: outputs.ours?.status,
      oursProblems: ourProblems,
      ajvYamlExit: outputs.ajvYaml?.status,
      ajvYamlValid: validCount(outputs.ajvYaml),
      ajvJsonExit: outputs.ajvJson?.status,
      ajvJsonValid: validCount(outputs.ajvJson),
      floor: outputs.floor?.stdout.trim(),
    },
    commands: Object.fromEntries(Object.entries(commands).map(([k, v]) => [k, ['node', ...v].map((a) => a.replace(work, '$TMP').replace(ROOT + '/', '')).join(' ')])),
  };
  log(`  ours (service-standard lint --format json): ${ms(res.oursMs)}; exit ${res.checks.oursExit}, ${ourProblems} problems`);
  log(`  ajv-cli on the YAML files:                  ${ms(res.ajvYamlMs)}; exit ${res.checks.ajvYamlExit}, ${res.checks.ajvYamlValid}/${P.cliFiles} valid`);
  log(`  ajv-cli on the same files as JSON:          ${ms(res.ajvJsonMs)}; exit ${res.checks.ajvJsonExit}, ${res.checks.ajvJsonValid}/${P.cliFiles} valid (converted beforehand, not timed)`);
  log(`  floor (node start + yaml parse of all):     ${ms(res.floorMs)}; ${res.checks.floor}`);
  if (res.checks.oursExit !== 0 || ourProblems !== 0) throw new Error(`our CLI did not lint the corpus clean: ${outputs.ours?.stderr.slice(0, 2000)}`);
  if (res.checks.ajvYamlValid !== P.cliFiles) throw new Error(`ajv-cli did not validate the corpus: ${(outputs.ajvYaml?.stderr ?? '').slice(0, 2000)}`);
  return res;
}

// ------------------------------------------------------------------------------------------------

async function main() {
  log(`service-standard bench${QUICK ? ' (--quick: smaller samples, figures are indicative only)' : ''}`);
  log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${platform()} ${arch()}; yaml-language-server ${ylsVersion()}; schema ${SCHEMA.replace(ROOT + '/', '')}`);
  log('');
  const { texts, info } = generated();
  const floorRes = floor(texts);

  const mainText = withCode(texts[MAIN], 80000000 + MAIN);
  const { edits, finalText } = makeEdits(mainText, P.edits);
  const oursRun = await measureServer(ours(0), texts, mainText, edits, finalText, true);
  const ylsRun = await measureServer(yamlLanguageServer(0), texts, mainText, edits, finalText, false);
  log(`\nFirst diagnostics in a fresh server (${P.coldReps} starts each, ${MAIN} lines) ...`);
  oursRun.cold = await coldFirst(() => ours(0), mainText);
  log(`  service-standard: ${ms(oursRun.cold.median)} (start-up to initialize result ${ms(oursRun.cold.startMs)})`);
  ylsRun.cold = await coldFirst(() => yamlLanguageServer(0), mainText);
  log(`  yaml-language-server: ${ms(ylsRun.cold.median)} (start-up to initialize result ${ms(ylsRun.cold.startMs)})`);
  if (ylsRun.schemaCleanOnMain.diagnostics) log(`  note: yaml-language-server reports ${ylsRun.schemaCleanOnMain.diagnostics} schema diagnostics on the generated standard, e.g. ${ylsRun.schemaCleanOnMain.sample.join(' | ')}`);

  log('\nShipped debounces (figures above are measured with both set to 0):');
  const shippedEdits = edits.slice(0, P.shippedEdits);
  const oursShipped = await shipped(ours(undefined), mainText, shippedEdits);
  const ylsShipped = await shipped(yamlLanguageServer(undefined), mainText, shippedEdits);
  const ylsDelay = ylsShippedDelayMs();
  log(`  service-standard: debounceMs ${DEFAULT_SETTINGS.debounceMs} (setting \`debounceMs\`); edit -> diagnostics as shipped: p50 ${ms(oursShipped.p50)} (${shippedEdits.length} edits)`);
  log(`  yaml-language-server: validationDelayMs ${ylsDelay} (hard-coded); edit -> diagnostics as shipped: p50 ${ms(ylsShipped.p50)} (${shippedEdits.length} edits)`);

  log(`\nPeak RSS with ${P.rssDocs} standards open (300-3,000 lines each; median of ${P.rssRuns} fresh processes) ...`);
  const docs = rssDocs();
  const totalLines = docs.reduce((n, d) => n + d.lines, 0);
  const rssOurs = await measureRss(() => ours(0), docs);
  log(`  service-standard: peak ${rssOurs.peakMb} MB [${rssOurs.peaksMb.join(', ')}] (idle ${rssOurs.idleRssMb} MB, now ${rssOurs.rssMb} MB; opened in ${ms(rssOurs.openAllMs)})`);
  const rssYls = await measureRss(() => yamlLanguageServer(0), docs);
  log(`  yaml-language-server: peak ${rssYls.peakMb} MB [${rssYls.peaksMb.join(', ')}] (idle ${rssYls.idleRssMb} MB, now ${rssYls.rssMb} MB; opened in ${ms(rssYls.openAllMs)})`);

  const cliRes = cli();
  log(`\nCLI with --cache: cold, warm, warm after a checkout (${P.cliRuns} runs each) ...`);
  const cacheRes = cliCache(join(work, 'cli'), P.cliRuns, cliRes.ajvYamlMs);
  log(`  cold ${ms(cacheRes.coldMs)}, warm ${ms(cacheRes.warmMs)} (${cacheRes.counts.warm}), after a checkout ${ms(cacheRes.warmAfterCheckoutMs)} (${cacheRes.counts.checkout})`);

  const ratios: Record<RatioKey | 'cliCachedOverValidator', number> = {
    editP50: round(oursRun.edits.p50 / ylsRun.edits.p50, 3),
    completionP95: round(oursRun.completion.p95 / ylsRun.completion.p95, 3),
    hoverP95: round(oursRun.hover.p95 / ylsRun.hover.p95, 3),
    firstDiagnostics: round(oursRun.cold!.median / ylsRun.cold!.median, 3),
    rss100: round(rssOurs.peakMb / rssYls.peakMb, 3),
    analysisOverParse: round(floorRes[MAIN].analyzeMs / floorRes[MAIN].parseMs, 3),
    cliOverValidator: round(cliRes.oursMs / cliRes.ajvYamlMs, 3),
    cliCachedOverValidator: cacheRes.cliCachedOverValidator,
  };
  const met = Object.fromEntries((Object.keys(TARGETS) as RatioKey[]).map((k) => [k, ratios[k] <= TARGETS[k]])) as Record<RatioKey, boolean>;

  // ---- table
  type Row = [string, string, string, string, string, string];
  const rows: Row[] = [];
  const x = (r: number) => `${r.toFixed(2)}x`;
  const yes = (k: RatioKey) => (met[k] ? 'yes' : 'NO');
  const target = (k: RatioKey) => `<= ${TARGETS[k]}x`;
  const other = 'yaml-language-server';
  rows.push([`First diagnostics, ${MAIN} lines, fresh server`, ms(oursRun.cold!.median), ms(ylsRun.cold!.median), x(ratios.firstDiagnostics), target('firstDiagnostics'), yes('firstDiagnostics')]);
  for (const s of P.sizes) {
    rows.push([`First diagnostics, ${s} lines, warm server`, ms(oursRun.firstDiagnostics[s].median), ms(ylsRun.firstDiagnostics[s].median), x(oursRun.firstDiagnostics[s].median / ylsRun.firstDiagnostics[s].median), '', '']);
  }
  rows.push([`Start-up (spawn -> initialize result)`, ms(oursRun.cold!.startMs), ms(ylsRun.cold!.startMs), x(oursRun.cold!.startMs / ylsRun.cold!.startMs), '', '']);
  rows.push([`Edit -> diagnostics p50 (${edits.length} edits)`, ms(oursRun.edits.p50), ms(ylsRun.edits.p50), x(ratios.editP50), target('editP50'), yes('editP50')]);
  rows.push([`Edit -> diagnostics p95`, ms(oursRun.edits.p95), ms(ylsRun.edits.p95), x(oursRun.edits.p95 / ylsRun.edits.p95), '', '']);
  rows.push(['Completion p50', ms(oursRun.completion.p50), ms(ylsRun.completion.p50), x(oursRun.completion.p50 / ylsRun.completion.p50), '', '']);
  rows.push(['Completion p95', ms(oursRun.completion.p95), ms(ylsRun.completion.p95), x(ratios.completionP95), target('completionP95'), yes('completionP95')]);
  rows.push(['Hover p50', ms(oursRun.hover.p50), ms(ylsRun.hover.p50), x(oursRun.hover.p50 / ylsRun.hover.p50), '', '']);
  rows.push(['Hover p95', ms(oursRun.hover.p95), ms(ylsRun.hover.p95), x(ratios.hoverP95), target('hoverP95'), yes('hoverP95')]);
  rows.push([`Peak RSS, ${P.rssDocs} standards open`, `${rssOurs.peakMb} MB`, `${rssYls.peakMb} MB`, x(ratios.rss100), target('rss100'), yes('rss100')]);
  rows.push([`Debounce as shipped`, `${DEFAULT_SETTINGS.debounceMs} ms`, `${ylsDelay} ms`, '', 'separate', '']);
  rows.push([`Edit -> diagnostics p50 as shipped`, ms(oursShipped.p50), ms(ylsShipped.p50), x(oursShipped.p50 / ylsShipped.p50), '', '']);
  const lspRows = rows.splice(0);
  rows.push([`Analysis / bare yaml parse, ${MAIN} lines`, ms(floorRes[MAIN].analyzeMs), ms(floorRes[MAIN].parseMs), x(ratios.analysisOverParse), target('analysisOverParse'), yes('analysisOverParse')]);
  for (const s of P.sizes.filter((s) => s !== MAIN)) rows.push([`Analysis / bare yaml parse, ${s} lines`, ms(floorRes[s].analyzeMs), ms(floorRes[s].parseMs), x(floorRes[s].ratio), '', '']);
  const floorRows = rows.splice(0);
  rows.push([`CLI lint, ${cliRes.files} files vs ajv-cli (YAML)`, ms(cliRes.oursMs), ms(cliRes.ajvYamlMs), x(ratios.cliOverValidator), target('cliOverValidator'), yes('cliOverValidator')]);
  rows.push([`CLI lint --cache, warm, ${cacheRes.files} files vs ajv-cli (YAML)`, ms(cacheRes.warmMs), ms(cliRes.ajvYamlMs), x(ratios.cliCachedOverValidator), '', '']);
  rows.push([`CLI lint --cache, cold / after a checkout`, `${ms(cacheRes.coldMs)} / ${ms(cacheRes.warmAfterCheckoutMs)}`, ms(cliRes.ajvYamlMs), x(cacheRes.checkoutOverValidator), '', '']);
  rows.push([`CLI lint vs ajv-cli on JSON copies`, ms(cliRes.oursMs), ms(cliRes.ajvJsonMs), x(cliRes.oursMs / cliRes.ajvJsonMs), '', '']);
  rows.push([`CLI lint vs floor (node + yaml parse)`, ms(cliRes.oursMs), ms(cliRes.floorMs), x(cliRes.oursMs / cliRes.floorMs), '', '']);
  const cliRows = rows.splice(0);

  const sections: [string, string, Row[]][] = [
    ['Language server', other, lspRows],
    ['Analysis floor (in-process)', 'bare parse', floorRows],
    ['CLI', 'other', cliRows],
  ];
  const header: Row = ['figure', 'service-standard', '', 'ratio', 'target', 'met'];
  const all: Row[] = sections.flatMap(([, o, rs]) => [[...header.slice(0, 2), o, ...header.slice(3)] as Row, ...rs]);
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const fmt = (r: Row) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  log('');
  const md: string[] = [];
  for (const [title, o, rs] of sections) {
    log(`${title}`);
    const h: Row = ['figure', 'service-standard', o, 'ratio', 'target', 'met'];
    log(fmt(h));
    for (const r of rs) log(fmt(r));
    log('');
    md.push(`| ${title} | service-standard | ${o} | ratio | target | met |`, '|---|---:|---:|---:|---|---|', ...rs.map((r) => `| ${r.join(' | ')} |`), '');
  }
  log(`ratios (ours / other, lower is better): ${JSON.stringify(ratios)}`);
  log(`targets met: ${Object.values(met).filter(Boolean).length}/${Object.keys(met).length}${Object.entries(met).some(([, v]) => !v) ? ` (not met: ${Object.entries(met).filter(([, v]) => !v).map(([k]) => k).join(', ')})` : ''}`);
  if (oursRun.equivalence && !oursRun.equivalence.equal) log(`WARNING: diagnostics after incremental edits differ from analyze(): ${oursRun.equivalence.difference}`);

  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, platform: platform(), arch: arch(), totalMemMb: Math.round(totalmem() / 2 ** 20) };
  const results = {
    timestamp: new Date().toISOString(),
    quick: QUICK,
    durationS: round((performance.now() - started) / 1000, 1),
    machine,
    tools: {
      serviceStandard: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
      yamlLanguageServer: ylsVersion(),
      ajvCli: (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'ajv-cli', 'package.json'), 'utf8')) as { version: string }).version,
      yaml: (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'yaml', 'package.json'), 'utf8')) as { version: string }).version,
      schema: SCHEMA_URI.replace(pathToFileURL(ROOT).href + '/', ''),
    },
    method: {
      client: 'test/support/lsp-client.ts drives both servers over stdio with the same capabilities; times are from sending a message to receiving the answer/publishDiagnostics in the client',
      debounce: `both measured with no debounce (ours: initializationOptions.settings.debounceMs = 0; yaml-language-server: its hard-coded validationDelayMs set to 0 by preloading bench/yls-delay.cjs); shipped debounces reported separately`,
      yamlLanguageServerSettings: 'yaml.schemas {<schemas/kz-2010.schema.json>: "*.standard.yaml"}, validate/completion/hover on, schema store off',
      percentiles: 'linear interpolation',
      mainSize: MAIN,
    },
    generated: info,
    floor: floorRes,
    lsp: { ours: oursRun, yamlLanguageServer: ylsRun },
    debounce: {
      oursDefaultMs: DEFAULT_SETTINGS.debounceMs,
      yamlLanguageServerMs: ylsDelay ?? null,
      shippedEditToDiagnostics: { ours: oursShipped, yamlLanguageServer: ylsShipped },
    },
    rss: { docs: P.rssDocs, totalLines, ours: rssOurs, yamlLanguageServer: rssYls },
    cli: cliRes,
    cliCache: cacheRes,
    equivalence: oursRun.equivalence,
    ratios,
    targets: TARGETS,
    met,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    join(__dirname, 'results.md'),
    [`<!-- written by \`npm run bench\`${QUICK ? ' --quick' : ''} on ${results.timestamp}: node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}) -->`, '', ...md].join('\n'),
  );
  log(`\nwrote bench/results.json and bench/results.md in ${elapsed()}`);
}

main()
  .catch((err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
