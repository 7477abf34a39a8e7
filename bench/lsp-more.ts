/** Fresh servers: the first diagnostics of a new process, the shipped debounce, peak memory with many standards open. */
import { LspClient as BenchClient, type ServerSpec } from '../test/support/lsp-client';
import { P, messageText, uriOf } from './context';
import type { Edit } from './edits';
import { proveConfigured } from './lsp-run';
import { median, round, summarize, type Summary } from './stats';

/**
 * First diagnostics in a fresh server: start, settings applied, open the 3,000-line standard, as when
 * an editor starts the server for the first standard of the day. The document carries one unknown
 * top-level key, which each server must report: every sample proves the schema/catalog was applied.
 */
export async function coldFirst(spec: () => ServerSpec, source: string): Promise<{ samples: number[]; median: number; startMs: number }> {
  const samples: number[] = [];
  const starts: number[] = [];
  const marked = `${source}bench-marker: 1\n`;
  for (let rep = 0; rep < P.coldReps; rep++) {
    const c = await BenchClient.start(spec());
    try {
      starts.push(c.startMs);
      await c.settled();
      const r = await c.open(uriOf(`cold-${rep}.standard.yaml`), marked);
      if (!r.publish.diagnostics.some((d) => messageText(d.message).includes('bench-marker'))) throw new Error(`${c.spec.name}: the unknown key \`bench-marker\` was not reported on a cold open`);
      samples.push(r.ms);
    } finally {
      await c.stop();
    }
  }
  return { samples: samples.map((x) => round(x)), median: round(median(samples)), startMs: round(median(starts)) };
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
