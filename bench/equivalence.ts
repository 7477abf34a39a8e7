/**
 * Equivalence of the server's incremental path with a fresh analysis: after a sequence of incremental
 * edits, the diagnostics the server publishes for the final version must be exactly those of
 * `analyze()` on the final text (converted to LSP the way the server converts them). Whatever the
 * server caches or reuses between edits to be fast, this must keep holding.
 *
 * For a test:
 *   const r = await checkEquivalence({ lines: 3000, edits: 200 });
 *   assert.ok(r.equal, r.difference);
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core/engine';
import { nodeSpellers } from '../server/src/node/spell/speller';
import { toDiagnostic } from '../server/src/lsp/convert';
import type { Lang } from '../server/src/core/types';
import { damageEdits, makeEdits, type Edit } from './edits';
import { generateStandard } from './generate';
import { LspClient as BenchClient } from '../test/support/lsp-client';
import { ours } from './servers';

/** What the server would publish for `text` if it analysed it from scratch (no workspace peers). */
export function directDiagnostics(uri: string, text: string, lang: Lang = 'en'): LspDiagnostic[] {
  const doc = TextDocument.create(uri, 'service-standard', 0, text);
  const diagnostics = analyze(text, { speller: nodeSpellers() }).diagnostics.map((d) => toDiagnostic(doc, d, lang, (f) => f));
  // What goes over the wire: JSON (undefined fields dropped).
  return JSON.parse(JSON.stringify(diagnostics)) as LspDiagnostic[];
}

/** `undefined` when equal, else a description of the first difference. */
export function compareDiagnostics(server: LspDiagnostic[], direct: LspDiagnostic[]): string | undefined {
  const a = server.map((d) => JSON.stringify(d));
  const b = direct.map((d) => JSON.stringify(d));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `diagnostic #${i} differs:\n  server: ${a[i] ?? '(none)'}\n  direct: ${b[i] ?? '(none)'}\n  (server ${a.length}, direct ${b.length} diagnostics)`;
  }
  return undefined;
}

export interface EquivalenceOptions {
  /** Size of the generated standard (default 3000 lines). */
  lines?: number;
  seed?: number;
  /** Number of deterministic edits (default 200), then the damage edits (see `damageEdits`). */
  edits?: number;
  editSeed?: number;
  /** Server debounce; default 150 ms, the shipped default. */
  debounceMs?: number;
  /** Wait for each version's diagnostics before the next edit (default: send all edits as a burst). */
  waitEach?: boolean;
  /** Append edits that leave findings of several rules (default true). */
  damage?: boolean;
}

export interface EquivalenceResult {
  equal: boolean;
  difference?: string;
  version: number;
  edits: number;
  server: LspDiagnostic[];
  direct: LspDiagnostic[];
  /** Diagnostics per rule code in the final version. */
  codes: Record<string, number>;
}

/** Drives `dist/server.js` through the edits and compares its final diagnostics with `analyze()`. */
export async function checkEquivalence(o: EquivalenceOptions = {}): Promise<EquivalenceResult> {
  const text = generateStandard({ lines: o.lines ?? 3000, seed: o.seed ?? 11 });
  const { edits, finalText: edited } = makeEdits(text, o.edits ?? 200, o.editSeed ?? 42);
  const damage = o.damage === false ? { edits: [] as Edit[], finalText: edited } : damageEdits(edited);
  const all = [...edits, ...damage.edits];
  const dir = mkdtempSync(join(tmpdir(), 'ss-equivalence-'));
  const uri = pathToFileURL(join(dir, 'equivalence.standard.yaml')).href;
  const client = await BenchClient.start(ours(o.debounceMs ?? 150));
  try {
    await client.settled();
    await client.open(uri, text, 1);
    let version = 1;
    let last: Promise<unknown> | undefined;
    for (const e of all) {
      version++;
      const changes = [{ range: e.range, text: e.text }];
      if (o.waitEach) await client.change(uri, version, changes);
      else {
        if (version === all.length + 1) last = client.change(uri, version, changes);
        else client.changeNoWait(uri, version, changes);
      }
    }
    await last;
    const published = client.published.get(uri)!.at(-1)!;
    if (published.version !== version) throw new Error(`last publish is for version ${published.version}, expected ${version}`);
    const direct = directDiagnostics(uri, damage.finalText);
    const difference = compareDiagnostics(published.diagnostics, direct);
    const codes: Record<string, number> = {};
    for (const d of direct) codes[String(d.code)] = (codes[String(d.code)] ?? 0) + 1;
    return { equal: difference === undefined, difference, version, edits: all.length, server: published.diagnostics, direct, codes };
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void (async () => {
    for (const waitEach of [false, true]) {
      const r = await checkEquivalence({ waitEach, debounceMs: waitEach ? 0 : 150 });
      console.log(`${waitEach ? 'edit by edit' : 'burst'}: ${r.edits} edits, v${r.version}, ${r.direct.length} diagnostics ${JSON.stringify(r.codes)}: ${r.equal ? 'identical' : r.difference}`);
      if (!r.equal) process.exitCode = 1;
    }
  })();
}
