/** One server measured over the protocol: first diagnostics, edits (3,000 and 30,000 lines), completion, hover. */
import type { CompletionItem, CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-protocol';
import { LspClient as BenchClient, type Memory, type ServerSpec } from '../test/support/lsp-client';
import { MAIN, P, log, messageText, ms, uriOf, withCode } from './context';
import type { ColdFirst } from './lsp-more';
import { makeEdits, type Edit } from './edits';
import { compareDiagnostics, directDiagnostics } from './equivalence';
import { PROOF_TEXT, ROOT } from './servers';
import { median, round, summarize, type Summary } from './stats';

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

export interface ServerRun {
  name: string;
  proof: { ok: boolean; message?: string; source?: string; code?: string };
  firstDiagnostics: Record<number, { samples: number[]; median: number; diagnostics: number }>;
  cold?: ColdFirst;
  schemaCleanOnMain: { diagnostics: number; sample: string[] };
  edits: Summary & { byKind: Record<string, Summary> };
  /** Edits on the 30,000-line standard. */
  editsLarge: Summary & { lines: number };
  completion: Summary & { byPosition: Record<string, Summary & { items: number }> };
  hover: Summary & { byPosition: Record<string, Summary & { answered: boolean; chars: number }> };
  equivalence?: { equal: boolean; difference?: string; diagnostics: number };
  memoryAfter: Memory;
}

export async function proveConfigured(c: BenchClient): Promise<ServerRun['proof']> {
  const uri = uriOf('proof.standard.yaml');
  let { publish } = await c.open(uri, PROOF_TEXT);
  // yaml-language-server may validate before it has applied the pulled settings: give it a nudge.
  for (let v = 2; v <= 4 && !publish.diagnostics.some((d) => messageText(d.message).includes('bogus-key')); v++) {
    await new Promise((r) => setTimeout(r, 200));
    ({ publish } = await c.change(uri, v, [{ text: PROOF_TEXT + `# ${v}\n` }]));
  }
  c.close(uri);
  const d = publish.diagnostics.find((x) => messageText(x.message).includes('bogus-key'));
  return { ok: !!d, message: d ? messageText(d.message) : undefined, source: d?.source, code: d?.code === undefined ? undefined : String(d.code) };
}

const itemsOf = (r: CompletionItem[] | CompletionList | null) => (!r ? 0 : Array.isArray(r) ? r.length : r.items.length);
const hoverChars = (h: Hover | null) => {
  if (!h) return 0;
  const c = h.contents as unknown;
  if (typeof c === 'string') return c.length;
  if (Array.isArray(c)) return c.reduce((n: number, x: unknown) => n + (typeof x === 'string' ? x.length : String((x as { value?: string }).value ?? '').length), 0);
  return String((c as { value?: string }).value ?? '').length;
};

/** Incremental edits on a large standard, each waited for (after its open, not timed). */
async function largeEdits(c: BenchClient, text: string, n: number): Promise<Summary & { lines: number }> {
  const uri = uriOf('large.standard.yaml');
  await c.open(uri, withCode(text, 80000000 + 30000));
  const xs: number[] = [];
  let version = 1;
  for (const e of makeEdits(text, n).edits) xs.push((await c.change(uri, ++version, [{ range: e.range, text: e.text }])).ms);
  c.close(uri);
  return { ...summarize(xs), lines: text.split('\n').length - 1 };
}

export async function measureServer(spec: ServerSpec, texts: Record<number, string>, mainText: string, edits: Edit[], finalText: string, isOurs: boolean, large: string): Promise<ServerRun> {
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
      if (size === MAIN) schemaCleanOnMain = { diagnostics: diagnostics.length, sample: diagnostics.slice(0, 3).map((d) => `${d.range.start.line + 1}: ${messageText(d.message)}`) };
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
    const editsLarge = await largeEdits(c, large, P.largeEdits);
    log(`  edit -> diagnostics (${P.largeEdits} edits, ${editsLarge.lines} lines): p50 ${ms(editsLarge.p50)}, p95 ${ms(editsLarge.p95)}`);
    const memoryAfter = c.memory();
    return { name: spec.name, proof, firstDiagnostics, schemaCleanOnMain, edits: editSummary, editsLarge, completion: completionSummary, hover: hoverSummary, equivalence, memoryAfter };
  } finally {
    await c.stop();
  }
}
