/**
 * The one protocol client of the tests and the bench: it drives any LSP server over stdio, so that
 * our server and yaml-language-server are measured by exactly the same code (same capabilities, same
 * message handling, same clock), and the protocol tests speak to our server as an editor does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type CancellationToken,
  type Diagnostic,
  type ProtocolConnection,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface ServerSpec {
  /** Shown in the report. */
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** `languageId` of opened documents. */
  languageId: string;
  initializationOptions?: unknown;
  /** The answer to one `workspace/configuration` item. */
  configuration(section: string | undefined, scopeUri: string | undefined): unknown;
  /** The configuration section whose first pull means "settings applied" (`yaml`, `serviceStandard`). */
  settingsSection: string;
  /** Replaces fields of the `initialize` request (`locale`, `rootUri`, `capabilities`...). */
  initialize?: Partial<InitializeParams>;
  /** How long to wait for diagnostics before failing, ms (default 180 000). */
  waitMs?: number;
}

export interface Publish {
  /** `performance.now()` when the notification reached the client. */
  t: number;
  version?: number;
  diagnostics: Diagnostic[];
}

interface Waiter {
  uri: string;
  after: number;
  version?: number;
  resolve: (p: Publish) => void;
  reject: (err: Error) => void;
}

export interface Memory {
  /** Peak resident set size (VmHWM), kB. */
  peakKb: number;
  /** Current resident set size (VmRSS), kB. */
  rssKb: number;
}

export class LspClient {
  readonly published = new Map<string, Publish[]>();
  readonly stderr: string[] = [];
  /** Sections the server pulled through `workspace/configuration`, in order. */
  readonly pulledSections: string[] = [];
  initializeResult!: InitializeResult;
  /** Milliseconds from spawning the process to the `initialize` result. */
  startMs = NaN;
  /** Answers `workspace/configuration` items; the spec's answer until replaced. */
  configuration: ServerSpec['configuration'];
  private waiters: Waiter[] = [];
  private settingsPulled!: Promise<void>;
  /** Why the server is gone, once its process has ended. */
  private gone?: string;

  private constructor(
    readonly spec: ServerSpec,
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {
    this.configuration = spec.configuration;
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const pub: Publish = { t: performance.now(), version: p.version, diagnostics: p.diagnostics };
      const list = this.published.get(p.uri) ?? [];
      list.push(pub);
      this.published.set(p.uri, list);
      const index = list.length - 1;
      this.waiters = this.waiters.filter((w) => {
        // A server that sends versions must send the awaited one; one that does not (yaml-language-server)
        // is taken at its first publish after the change was sent.
        if (w.uri !== p.uri || index < w.after || (w.version !== undefined && p.version !== undefined && p.version !== w.version)) return true;
        w.resolve(pub);
        return false;
      });
    });
  }

  static async start(spec: ServerSpec): Promise<LspClient> {
    const t0 = performance.now();
    const proc = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...spec.env } });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(spec, proc, conn);
    proc.stderr!.on('data', (d) => client.stderr.push(String(d)));
    // After the pipes close, once what they brought has been dispatched (the connection queues it).
    proc.once('close', (code, signal) => setTimeout(() => client.ended(code, signal), 100));
    let pulled!: () => void;
    client.settingsPulled = new Promise((r) => (pulled = r));
    conn.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      const answer = p.items.map((i) => client.configuration(i.section, i.scopeUri));
      for (const i of p.items) {
        client.pulledSections.push(i.section ?? '');
        if (i.section === spec.settingsSection) setImmediate(pulled);
      }
      return answer;
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onNotification('window/logMessage', () => undefined);
    conn.onNotification('window/showMessage', () => undefined);
    conn.onNotification('telemetry/event', () => undefined);
    conn.onUnhandledNotification(() => undefined);
    conn.listen();
    client.initializeResult = await client.unlessGone(conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      locale: 'en',
      initializationOptions: spec.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: false },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        },
        window: { workDoneProgress: false },
      },
      ...spec.initialize,
    }));
    client.startMs = performance.now() - t0;
    conn.sendNotification('initialized', {});
    return client;
  }

  private stderrTail(): string {
    return this.stderr.join('').slice(-2000);
  }

  /** The server's process has ended: what waits for it fails at once, saying so, rather than never or at its timeout. */
  private ended(code: number | null, signal: NodeJS.Signals | null): void {
    this.gone = `${this.spec.name} exited (${code ?? signal}); stderr: ${this.stderrTail()}`;
    for (const w of this.waiters) w.reject(new Error(this.gone));
    this.waiters = [];
    this.conn.dispose();
  }

  /** A request's answer, or the reason the server is gone if it ends first. */
  private async unlessGone<R>(answer: Promise<R>): Promise<R> {
    try {
      return await answer;
    } catch (err) {
      throw this.gone ? new Error(this.gone) : err;
    }
  }

  get pid(): number {
    return this.proc.pid!;
  }

  /** Resolves once the server has pulled its settings section (the settings are then applied). */
  async settled(timeoutMs = 10000): Promise<void> {
    await Promise.race([this.settingsPulled, new Promise((_, reject) => setTimeout(() => reject(new Error(`${this.spec.name} did not pull \`${this.spec.settingsSection}\` settings`)), timeoutMs))]);
    // Let the server finish applying what it pulled.
    await new Promise((r) => setTimeout(r, 50));
  }

  /** The next publish for `uri` from now on (of `version` when the server sends versions). */
  nextPublish(uri: string, version?: number, timeoutMs = this.spec.waitMs ?? 180000): Promise<Publish> {
    const after = this.published.get(uri)?.length ?? 0;
    return new Promise((resolve, reject) => {
      if (this.gone) return reject(new Error(this.gone));
      const timer = setTimeout(() => reject(new Error(`${this.spec.name}: no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${this.stderrTail()}`)), timeoutMs);
      this.waiters.push({
        uri,
        after,
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      });
    });
  }

  /** The diagnostics of the next publish for `uri` (of `version`). */
  async diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return (await this.nextPublish(uri, version, timeoutMs)).diagnostics;
  }

  /** Opens a document; resolves with the time from `didOpen` to its first diagnostics, in ms. */
  async open(uri: string, text: string, version = 1): Promise<{ ms: number; publish: Publish }> {
    const next = this.nextPublish(uri, version);
    const t0 = performance.now();
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.spec.languageId, version, text } });
    const publish = await next;
    return { ms: publish.t - t0, publish };
  }

  /** Sends one `didChange`; resolves with the time to the diagnostics that follow it, in ms. */
  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<{ ms: number; publish: Publish }> {
    const next = this.nextPublish(uri, version);
    const t0 = performance.now();
    this.changeNoWait(uri, version, changes);
    const publish = await next;
    return { ms: publish.t - t0, publish };
  }

  changeNoWait(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** A request; `token`: cancelled by the caller as an editor cancels a request it no longer needs. */
  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
    if (this.gone) return Promise.reject(new Error(this.gone));
    return this.unlessGone((token ? this.conn.sendRequest(method, params, token) : this.conn.sendRequest(method, params)) as Promise<R>);
  }

  async timed<R>(method: string, params: unknown): Promise<{ ms: number; result: R }> {
    const t0 = performance.now();
    const result = await this.request<R>(method, params);
    return { ms: performance.now() - t0, result };
  }

  notify(method: string, params: unknown): void {
    this.conn.sendNotification(method, params);
  }

  /**
   * Peak (VmHWM) and current (VmRSS) resident set size of the server process, from Linux /proc.
   * Elsewhere `ps` gives the current RSS only, and the peak is reported as the current value.
   */
  memory(): Memory {
    let status: string | undefined;
    try {
      status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    } catch {
      const rss = Number(spawnSync('ps', ['-o', 'rss=', '-p', String(this.pid)], { encoding: 'utf8' }).stdout.trim());
      return { peakKb: rss, rssKb: rss };
    }
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status!)?.[1] ?? NaN);
    return { peakKb: kb('VmHWM'), rssKb: kb('VmRSS') };
  }

  alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  async stop(): Promise<void> {
    if (!this.alive()) return;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (!this.alive()) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 3000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
