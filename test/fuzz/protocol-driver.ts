/**
 * Drives the real language server (dist/server.js over stdio) with random edits: incremental
 * `didChange` ranges (one or several per notification, some past the end of a line or of the
 * document), full replacements (mutated and generated standards, random YAML-ish text, CRLF,
 * duplicate keys, small alias bombs), and now and then a heavy document (5 MB, a billion-laughs
 * alias bomb, deep nesting, a 1 MB line).
 *
 * After each edit the process must be alive; every `checkEvery` edits, and after every heavy
 * one, hover and completion at random places must answer within a bound; every `syncEvery`
 * edits the diagnostics published for that version must equal `analyze()` of the text as the
 * client has it (codes and ranges), which also proves the server applies the edits right.
 *
 * Used by protocol.test.ts (a few thousand edits in `npm test`) and long-run.ts (`npm run fuzz`).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument, type Position, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/engine';
import { nodeSpellers } from '../../server/src/node/spell/speller';
import type { LspClient } from '../support/lsp-client';
import { fileUri, startServer } from '../support/our-server';
import { CLEAN_STANDARDS, REAL_STANDARDS, Rng, aliasBombStandard, buildStandard, deepNesting, hugeDocument, randomMutatedStandard, randomStandardSpec, randomToken, randomYamlish, withDuplicateKeys } from './generators';

export interface DriveOptions {
  seed: number;
  edits: number;
  /** Hover and completion at a random place after every `checkEvery` edits, at three places every 10 × checkEvery and after every heavy one. */
  checkEvery?: number;
  /** Compare published diagnostics with the engine every `syncEvery` edits (and at the end). */
  syncEvery?: number;
  /** A heavy document every `heavyEvery` edits (at least one of each kind over a run of 4 × heavyEvery). */
  heavyEvery?: number;
  /** Bound for hover and completion, and after a heavy document (a 5 MB text travels and is analysed first), ms. */
  bound?: number;
  heavyBound?: number;
  /** Called every `progressEvery` edits. */
  onProgress?: (s: DriveStats) => void;
  progressEvery?: number;
  /** Where the text of a crash or hang is saved. */
  saveDir?: string;
  /** Before each edit with the text as it stands, and before each analysis in this process with the text analysed. */
  onStep?: (edit: number, text: string) => void;
}

export interface Failure {
  kind: 'crash' | 'hang' | 'request-error' | 'out-of-sync';
  edit: number;
  detail: string;
  /** The document text at the failure, saved to a file. */
  file?: string;
}

export interface DriveStats {
  seed: number;
  edits: number;
  checks: number;
  syncs: number;
  heavy: string[];
  crashes: number;
  hangs: number;
  failures: Failure[];
  /** Errors the server caught and logged (window/logMessage, type Error), by first line. */
  internalErrors: Map<string, number>;
  /** Slowest hover/completion answer, ms (outside heavy documents). */
  slowest: number;
  restarts: number;
  /** Comparisons skipped because the engine meets a known bug on that text (see `sync`). */
  knownSkips: number;
}

const HEAVY = ['5 MB document', 'alias bomb', 'deep nesting', '1 MB line'] as const;

function heavyText(kind: (typeof HEAVY)[number]): string {
  switch (kind) {
    case '5 MB document':
      return hugeDocument(5_000_000);
    case 'alias bomb':
      return aliasBombStandard(9, 9);
    case 'deep nesting':
      return `${deepNesting('flow-seq', 10_000, true)}\n${deepNesting('flow-map', 5000, false)}`;
    case '1 MB line':
      return `edition: kz-2010\nlanguages: [kk, ru]\nservice:\n  name:\n    kk: ${'Қазақстан '.repeat(100_000)}\n    ru: текст\n`;
  }
}

function within<T>(p: Promise<T>, ms: number): Promise<{ ok: true; value: T; ms: number } | { ok: false; error: string; ms: number }> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: false; error: string; ms: number }>((resolve) => (timer = setTimeout(() => resolve({ ok: false, error: `no answer within ${ms} ms`, ms }), ms)));
  return Promise.race([
    p.then(
      (value) => ({ ok: true as const, value, ms: performance.now() - t0 }),
      (err: unknown) => ({ ok: false as const, error: `request failed: ${err instanceof Error ? err.message : String(err)}`, ms: performance.now() - t0 }),
    ),
    timeout,
  ]).finally(() => clearTimeout(timer));
}

export class ProtocolFuzzer {
  private client!: LspClient;
  private doc!: TextDocument;
  private readonly rng: Rng;
  private readonly dir: string;
  private readonly uri: string;
  private version = 1;
  readonly stats: DriveStats;
  private readonly o: Required<Omit<DriveOptions, 'onProgress' | 'saveDir' | 'onStep'>> & Pick<DriveOptions, 'onProgress' | 'saveDir' | 'onStep'>;

  constructor(options: DriveOptions) {
    this.o = { checkEvery: 1, syncEvery: 500, heavyEvery: 500, bound: 2000, heavyBound: 15_000, progressEvery: 5000, ...options };
    this.rng = new Rng(options.seed);
    this.dir = mkdtempSync(join(tmpdir(), 'ss-fuzz-'));
    mkdirSync(join(this.dir, '.git'));
    this.uri = fileUri(join(this.dir, 'fuzz.standard.yaml'));
    this.stats = { seed: options.seed, edits: 0, checks: 0, syncs: 0, heavy: [], crashes: 0, hangs: 0, failures: [], internalErrors: new Map(), slowest: 0, restarts: 0, knownSkips: 0 };
  }

  private async startServer(text: string): Promise<void> {
    this.client = await startServer({ root: this.dir, locale: this.rng.pick(['kk', 'ru', 'en']) });
    // Errors the server catches (a handler that threw) are logged to the client: count them.
    this.client.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type !== 1) return;
      const key = p.message.split('\n').slice(0, 2).join(' | ').slice(0, 200);
      this.stats.internalErrors.set(key, (this.stats.internalErrors.get(key) ?? 0) + 1);
    });
    this.version = 1;
    this.doc = TextDocument.create(this.uri, 'service-standard', this.version, text);
    await within(this.client.open(this.uri, text, this.version), this.o.heavyBound);
  }

  private save(what: string): string | undefined {
    try {
      const file = join(this.o.saveDir ?? this.dir, `fuzz-${this.o.seed}-${this.stats.edits}-${what}.standard.yaml`);
      writeFileSync(file, this.doc.getText());
      return file;
    } catch {
      return undefined;
    }
  }

  private async fail(kind: Failure['kind'], detail: string): Promise<void> {
    const file = this.save(kind);
    this.stats.failures.push({ kind, edit: this.stats.edits, detail, file });
    if (kind === 'crash') this.stats.crashes++;
    if (kind === 'hang') this.stats.hangs++;
    if (kind === 'crash' || kind === 'hang') {
      // Start again from a clean standard, so that a long run goes on counting.
      this.stats.restarts++;
      try {
        this.client.proc.kill('SIGKILL');
        this.client.conn.dispose();
      } catch {
        // already gone
      }
      await this.startServer(this.rng.pick(CLEAN_STANDARDS));
    }
  }

  private randomPosition(text: string, loose = false): Position {
    const lines = this.doc.lineCount;
    if (loose && this.rng.chance(0.05)) return { line: this.rng.int(lines + 3), character: this.rng.int(200) };
    const line = this.rng.int(lines);
    const start = this.doc.offsetAt({ line, character: 0 });
    const end = line + 1 < lines ? this.doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
    return { line, character: this.rng.int(Math.max(1, end - start) + (loose ? 3 : 0)) };
  }

  /** One random incremental change of the current text. */
  private randomChange(): TextDocumentContentChangeEvent {
    const text = this.doc.getText();
    const start = this.randomPosition(text, true);
    let end = start;
    const r = this.rng.int(10);
    if (r < 5) {
      const from = this.doc.offsetAt(start);
      end = this.doc.positionAt(from + this.rng.int(r < 3 ? 8 : 300));
    }
    const insert = this.rng.chance(0.25) ? '' : this.rng.chance(0.6) ? randomToken(this.rng, 2000) : randomYamlish(this.rng, 5, 2000);
    return { range: { start, end }, text: insert };
  }

  private randomReplacement(): string {
    const r = this.rng.int(12);
    if (r < 4) return randomMutatedStandard(this.rng, 6, 2000);
    if (r < 6) return buildStandard(randomStandardSpec(this.rng));
    if (r < 8) return randomYamlish(this.rng, 80, 2000);
    if (r < 9) return this.rng.pick(CLEAN_STANDARDS).replace(/\n/g, '\r\n');
    if (r < 10) return withDuplicateKeys(this.rng.pick(REAL_STANDARDS), (n) => this.rng.int(n), this.rng.between(1, 10));
    if (r < 11) return aliasBombStandard(this.rng.between(1, 9), this.rng.between(1, 9));
    return this.rng.pick(CLEAN_STANDARDS);
  }

  private send(changes: TextDocumentContentChangeEvent[]): void {
    this.version++;
    this.doc = TextDocument.update(this.doc, changes, this.version);
    this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: changes });
  }

  /** Hover and completion at a random place (`full`: two, and the end of the text), each within `bound`. */
  private async check(bound: number, heavy: boolean, full: boolean): Promise<void> {
    this.stats.checks++;
    const text = this.doc.getText();
    const positions = full ? [this.randomPosition(text, true), this.randomPosition(text), this.doc.positionAt(text.length)] : [this.randomPosition(text, true)];
    for (const position of positions) {
      for (const method of ['textDocument/hover', 'textDocument/completion']) {
        const r = await within(this.client.request(method, { textDocument: { uri: this.uri }, position }), bound);
        if (!r.ok) {
          if (!this.client.alive()) return this.fail('crash', `server exited (${this.client.proc.exitCode ?? this.client.proc.signalCode}) before answering ${method}`);
          return this.fail(r.error.startsWith('no answer') ? 'hang' : 'request-error', `${method} at ${JSON.stringify(position)}: ${r.error}`);
        }
        if (!heavy) this.stats.slowest = Math.max(this.stats.slowest, r.ms);
      }
    }
  }

  /** The diagnostics published for the current version equal the engine's on the client's text. */
  private async sync(change: TextDocumentContentChangeEvent[]): Promise<void> {
    this.stats.syncs++;
    const next = TextDocument.update(TextDocument.create(this.uri, 'x', 0, this.doc.getText()), change, 1);
    let expected: string[];
    try {
      this.o.onStep?.(this.stats.edits, next.getText());
      const a = analyze(next.getText(), { speller: nodeSpellers() });
      expected = a.diagnostics.map((d) => `${d.code} ${JSON.stringify({ start: next.positionAt(d.offset[0]), end: next.positionAt(d.offset[1]) })}`);
    } catch {
      // The engine itself throws on this text (a known open bug, see engine.property.test.ts):
      // nothing would be published, so there is nothing to compare.
      this.stats.knownSkips++;
      this.send(change);
      return;
    }
    const version = this.version + 1;
    const published = this.client.diagnostics(this.uri, version, this.o.heavyBound);
    this.send(change);
    const r = await within(published, this.o.heavyBound + 1000);
    if (!r.ok) {
      if (!this.client.alive()) return this.fail('crash', `server exited before publishing version ${version}`);
      return this.fail('hang', `no diagnostics for version ${version}: ${r.error}`);
    }
    const got = r.value.map((d) => `${String(d.code)} ${JSON.stringify(d.range)}`);
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      const missing = expected.filter((x) => !got.includes(x)).slice(0, 3);
      const extra = got.filter((x) => !expected.includes(x)).slice(0, 3);
      await this.fail('out-of-sync', `version ${version}: ${got.length} published, ${expected.length} expected; missing ${missing.join('; ')}; extra ${extra.join('; ')}`);
    }
  }

  async run(): Promise<DriveStats> {
    await this.startServer(this.rng.pick(CLEAN_STANDARDS));
    const heavyAt = new Map<number, (typeof HEAVY)[number]>();
    for (let i = 1, k = 0; i * this.o.heavyEvery < this.o.edits; i++, k++) heavyAt.set(i * this.o.heavyEvery, HEAVY[k % HEAVY.length]);
    let afterHeavy = false;
    try {
      for (let n = 1; n <= this.o.edits; n++) {
        this.stats.edits = n;
        this.o.onStep?.(n, this.doc.getText());
        const heavy = heavyAt.get(n);
        const leaving = afterHeavy; // the first answers after a heavy text wait for it to be freed
        const last = n === this.o.edits;
        if (heavy) {
          this.stats.heavy.push(heavy);
          this.send([{ text: heavyText(heavy) }]);
          await this.check(this.o.heavyBound, true, true);
          afterHeavy = true;
        } else if (afterHeavy || this.doc.getText().length > 300_000) {
          // Back to a normal size: never edit a heavy text character by character.
          this.send([{ text: this.randomReplacement() }]);
          afterHeavy = false;
        } else if (last || n % this.o.syncEvery === 0) {
          await this.sync([this.randomChange()]);
        } else {
          const r = this.rng.int(100);
          if (r < 80) this.send([this.randomChange()]);
          else if (r < 88) {
            // Several changes in one notification, each against the text as changed by the previous.
            // (TextDocument.update changes the document in place: draw them on a copy.)
            const changes: TextDocumentContentChangeEvent[] = [];
            const current = this.doc;
            this.doc = TextDocument.create(this.uri, 'service-standard', this.version, current.getText());
            for (let k = this.rng.between(2, 4); k > 0; k--) {
              const c = this.randomChange();
              changes.push(c);
              TextDocument.update(this.doc, [c], this.version);
            }
            this.doc = current;
            this.send(changes);
          } else this.send([{ text: this.randomReplacement() }]);
        }
        if (!this.client.alive()) await this.fail('crash', `server exited (${this.client.proc.exitCode ?? this.client.proc.signalCode}) after edit ${n}`);
        else if (!heavy && n % this.o.checkEvery === 0) await this.check(leaving ? this.o.heavyBound : this.o.bound, leaving, n % (10 * this.o.checkEvery) === 0);
        if (this.o.onProgress && n % this.o.progressEvery === 0) this.o.onProgress(this.stats);
      }
    } finally {
      await this.client.stop();
    }
    return this.stats;
  }
}
