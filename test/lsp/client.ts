/** A real LSP client for tests: spawns dist/server.js and speaks JSON-RPC over its stdio. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type ProtocolConnection,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  /** Workspace folder (a path). */
  root?: string;
  /** Answer `workspace/configuration` with these settings. */
  configuration?: Record<string, unknown>;
}

export class LspClient {
  private readonly waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  readonly published = new Map<string, { version?: number; diagnostics: Diagnostic[] }[]>();
  readonly stderr: string[] = [];
  initializeResult!: InitializeResult;
  /** What the client answers to `workspace/configuration` (section serviceStandard). */
  configuration: Record<string, unknown> | null = null;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push({ version: p.version, diagnostics: p.diagnostics });
      this.published.set(p.uri, list);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p.diagnostics);
        }
      }
    });
  }

  static async start(o: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn);
    proc.stderr!.on('data', (d) => client.stderr.push(String(d)));
    client.configuration = o.configuration ?? null;
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.configuration));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onNotification('window/logMessage', () => undefined);
    conn.listen();
    const rootUri = o.root ? pathToFileURL(o.root).href : null;
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: o.root ? [{ uri: rootUri!, name: 'ws' }] : null,
      locale: o.locale,
      initializationOptions: { settings: { debounceMs: 20, ...(o.settings ?? {}) } },
      capabilities: {
        workspace: { configuration: !!o.configuration, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        },
        window: { workDoneProgress: true },
      },
    });
    conn.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1): Promise<Diagnostic[]> {
    const p = this.diagnostics(uri, version);
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'service-standard', version, text } });
    return p;
  }

  /** Replaces the whole text (or a range of it) and waits for that version's diagnostics. */
  change(uri: string, version: number, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<Diagnostic[]> {
    const p = this.diagnostics(uri, version);
    this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
    return p;
  }

  /** Sends a change without waiting. */
  changeNoWait(uri: string, version: number, text: string): void {
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  diagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    this.conn.sendNotification(method, params);
  }

  alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  async stop(): Promise<void> {
    if (!this.alive()) return;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
