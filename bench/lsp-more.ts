/** Fresh servers: the first diagnostics of a new process, the shipped debounce, peak memory with many standards open. */
import { existsSync, readdirSync } from 'node:fs';
import { LspClient as BenchClient, type ServerSpec } from '../test/support/lsp-client';
import { P, messageText, uriOf } from './context';
import type { Edit } from './edits';
import { proveConfigured } from './lsp-run';
import { median, round, summarize, type Summary } from './stats';

/** First diagnostics of fresh servers: medians over `P.coldReps` starts (ms). */
export interface ColdFirst {
  /** Spawn -> the first diagnostics that report the marker, the document opened as soon as `initialize` is answered. */
  samples: number[];
  median: number;
  /** Spawn -> the `initialize` result. */
  startMs: number;
  /** `didOpen` -> those diagnostics, in the same starts. */
  afterOpenMs: number;
  /** `didOpen` -> the first diagnostics, the document opened once the server has pulled its settings (and 50 ms more). */
  settled: { samples: number[]; median: number };
}

/**
 * First diagnostics in a fresh server, as when an editor starts it for the standard a writer opens:
 * VS Code sends `didOpen` right after `initialized`, so the time counts from the spawn (bundle load,
 * catalogs, start-up) to the first diagnostics, whatever the server does before them. The document
 * carries one unknown top-level key, which each server must report: the sample ends at the first
 * publish that reports it, which proves the schema/catalog was applied (yaml-language-server gets
 * its schema from the settings it pulls after `initialized`). The figure of a document opened only
 * once the settings are applied (the server idle by then) is kept beside it.
 */
export async function coldFirst(specs: (() => ServerSpec)[], source: string): Promise<ColdFirst[]> {
  const marked = `${source}bench-marker: 1\n`;
  for (const spec of specs) await primeCodeCache(spec());
  const runs = specs.map(() => ({ total: [] as number[], starts: [] as number[], afterOpen: [] as number[], settled: [] as number[] }));
  // The servers take turns, start by start, so that a machine busier at one moment than at another
  // weighs on each of them alike.
  for (let rep = 0; rep < P.coldReps; rep++) {
    for (const [i, spec] of specs.entries()) {
      const r = runs[i];
      const t0 = performance.now();
      const c = await BenchClient.start(spec());
      try {
        r.starts.push(c.startMs);
        const uri = uriOf(`cold-${i}-${rep}.standard.yaml`);
        const opened = performance.now();
        c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: c.spec.languageId, version: 1, text: marked } });
        const publish = await markerPublish(c, uri);
        r.total.push(publish.t - t0);
        r.afterOpen.push(publish.t - opened);
      } finally {
        await c.stop();
      }
      r.settled.push(await settledFirst(spec(), marked, `${i}-${rep}`));
    }
  }
  return runs.map((r) => ({
    samples: r.total.map((x) => round(x)),
    median: round(median(r.total)),
    startMs: round(median(r.starts)),
    afterOpenMs: round(median(r.afterOpen)),
    settled: { samples: r.settled.map((x) => round(x)), median: round(median(r.settled)) },
  }));
}

/**
 * A server started with `--code-cache=DIR` (ours, as the VS Code client starts it) is measured as a
 * writer meets it from the second session on: with the cache that a first session leaves (written
 * a few seconds after the start), whatever ran before in this bench.
 */
async function primeCodeCache(spec: ServerSpec): Promise<void> {
  const dir = spec.args.find((a) => a.startsWith('--code-cache='))?.slice('--code-cache='.length);
  const written = () => dir !== undefined && existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.cache'));
  if (!dir || written()) return;
  const c = await BenchClient.start(spec);
  try {
    for (let waited = 0; !written() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (!written()) throw new Error(`${spec.name}: no code cache was written in ${dir}`);
  } finally {
    await c.stop();
  }
}

/** The first publish for `uri` that reports the unknown key `bench-marker`. */
async function markerPublish(c: BenchClient, uri: string) {
  for (;;) {
    const p = await c.nextPublish(uri);
    if (p.diagnostics.some((d) => messageText(d.message).includes('bench-marker'))) return p;
  }
}

/** `didOpen` -> first diagnostics in a fresh server that has pulled its settings. */
async function settledFirst(spec: ServerSpec, marked: string, rep: string): Promise<number> {
  const c = await BenchClient.start(spec);
  try {
    await c.settled();
    const r = await c.open(uriOf(`cold-settled-${rep}.standard.yaml`), marked);
    if (!r.publish.diagnostics.some((d) => messageText(d.message).includes('bench-marker'))) throw new Error(`${c.spec.name}: the unknown key \`bench-marker\` was not reported on a cold open`);
    return r.ms;
  } finally {
    await c.stop();
  }
}

/** Edit-to-diagnostics with each server's shipped debounce: what a user feels. */
export async function shipped(spec: ServerSpec, text: string, edits: Edit[]): Promise<Summary> {
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

/** Peak RSS over `P.rssRuns` fresh processes (median run by peak). */
export async function measureRss(spec: () => ServerSpec, docs: { uri: string; text: string }[]) {
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
