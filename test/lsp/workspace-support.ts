/** What the workspace diagnostics tests share: a folder of standards and a server that reads it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { WorkDoneProgress, type Diagnostic, type FileEvent, type Registration } from 'vscode-languageserver-protocol/node';
import { LspClient, type ServerSpec } from '../support/lsp-client';
import { fileUri, testServer, type StartOptions } from '../support/our-server';

/** A fresh workspace folder (a git root) with these files. */
export function workspace(files: Record<string, string>): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ss-wsd-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, uri: (name) => fileUri(join(dir, name)) };
}

export interface Watched {
  client: LspClient;
  /** Resolves when the server has read the whole workspace (its progress ended). */
  scanned: Promise<void>;
  /** `window/showMessage` texts, in order. */
  messages: string[];
  /** How many times the server asked the client to pull again. */
  refreshes: { count: number };
}

/** Starts our server on a workspace, as `startServer` does, and follows its scan, messages and refreshes. */
export async function startWatched(o: StartOptions, adjust: (spec: ServerSpec) => ServerSpec = (s) => s): Promise<Watched> {
  const client = await LspClient.start(adjust(testServer(o)));
  const messages: string[] = [];
  const refreshes = { count: 0 };
  let done!: () => void;
  const scanned = new Promise<void>((resolve) => (done = resolve));
  client.conn.onNotification('window/showMessage', (p: { message: string }) => void messages.push(p.message));
  client.conn.onRequest('workspace/diagnostic/refresh', () => {
    refreshes.count++;
    return null;
  });
  client.conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    client.conn.onProgress(WorkDoneProgress.type, p.token, (v) => {
      if (v.kind === 'end') done();
    });
    return null;
  });
  return { client, scanned, messages, refreshes };
}

/** The capabilities of a client that pulls diagnostics (as vscode-languageclient announces them). */
export function pulling(spec: ServerSpec): ServerSpec {
  const caps = spec.initialize!.capabilities!;
  return {
    ...spec,
    initialize: {
      ...spec.initialize,
      capabilities: {
        ...caps,
        workspace: { ...caps.workspace, diagnostics: { refreshSupport: true } },
        textDocument: { ...caps.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
      },
    },
  };
}

/** The diagnostics last published for `uri`, once `ok` holds for them (polling, up to `ms`). */
export async function published(client: LspClient, uri: string, ok: (d: Diagnostic[]) => boolean, ms = 15000): Promise<Diagnostic[]> {
  const t0 = Date.now();
  for (;;) {
    const last = client.published.get(uri)?.at(-1);
    if (last && ok(last.diagnostics)) return last.diagnostics;
    if (Date.now() - t0 > ms) throw new Error(`no publish for ${uri} as expected within ${ms} ms; last: ${JSON.stringify(last?.diagnostics.map((d) => d.code))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const codesOf = (d: Diagnostic[]) => d.map((x) => String(x.code)).sort();

export interface Watcher {
  globPattern: string;
  kind?: number;
}

export type WatchedWithGlobs = Watched & { watchers: Watcher[] };

/** Our server on a workspace (pushing, or pulling with `pull`), with the file watchers it registers. */
export async function startWithWatchers(dir: string, pull = false): Promise<WatchedWithGlobs> {
  const w = await startWatched({ root: dir }, pull ? pulling : undefined);
  const watchers: Watcher[] = [];
  w.client.conn.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
    for (const r of p.registrations) {
      if (r.method === 'workspace/didChangeWatchedFiles') watchers.push(...(r.registerOptions as { watchers: Watcher[] }).watchers);
    }
    return null;
  });
  await w.scanned;
  return { ...w, watchers };
}

/** LSP `WatchKind` of each `FileChangeType`. */
const KIND = { 1: 1, 2: 2, 3: 4 } as const;

/**
 * Sends what VS Code sends for these events on disk: only those a registered watcher asks for
 * (its glob matches the path, its kind the event). A deleted or moved folder is one event, for the
 * folder. Returns how many were sent.
 */
export function notifyWatched(w: { client: Watched['client']; watchers: Watcher[] }, events: FileEvent[]): number {
  const wanted = (e: FileEvent) => w.watchers.some((x) => ((x.kind ?? 7) & KIND[e.type as 1 | 2 | 3]) !== 0 && picomatch.isMatch(fileURLToPath(e.uri), x.globPattern, { dot: true }));
  const changes = events.filter(wanted);
  if (changes.length > 0) w.client.notify('workspace/didChangeWatchedFiles', { changes });
  return changes.length;
}
