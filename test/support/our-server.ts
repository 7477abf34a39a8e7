/** Our server as the protocol tests start it: `dist/server.js` over stdio, as an editor would. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type ServerSpec } from './lsp-client';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  /** Workspace folder (a path). */
  root?: string;
  /** Answer `workspace/configuration` with these settings (and say the editor can be asked). */
  configuration?: Record<string, unknown>;
}

/** Short debounce, diagnostics within 10 s, the capabilities of an editor with snippets and markdown. */
export function testServer(o: StartOptions = {}): ServerSpec {
  const rootUri = o.root ? fileUri(o.root) : null;
  return {
    name: 'service-standard',
    command: process.execPath,
    args: [SERVER, '--stdio'],
    languageId: 'service-standard',
    initializationOptions: { settings: { debounceMs: 20, ...(o.settings ?? {}) } },
    configuration: () => o.configuration ?? null,
    settingsSection: 'serviceStandard',
    waitMs: 10000,
    initialize: {
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      locale: o.locale,
      capabilities: {
        workspace: { configuration: !!o.configuration, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        },
        window: { workDoneProgress: true },
      },
    },
  };
}

export function startServer(o: StartOptions = {}): Promise<LspClient> {
  return LspClient.start(testServer(o));
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * One server for a `describe` block, started before its tests in a fresh workspace folder that is a
 * repository (`.git`), and stopped after them. `uri(name)`: a file of that folder.
 */
export function serverPerSuite(o: Omit<StartOptions, 'root'> = {}): { readonly client: LspClient; dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ss-lsp-'));
  let client: LspClient | undefined;
  before(async () => {
    mkdirSync(join(dir, '.git'));
    client = await startServer({ ...o, root: dir });
  });
  after(async () => {
    await client?.stop();
  });
  return {
    get client() {
      return client!;
    },
    dir,
    uri: (name: string) => fileUri(join(dir, name)),
  };
}
