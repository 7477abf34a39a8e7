/**
 * The VS Code client: starts the language server over IPC and adds the preview, the commands and
 * the status bar item. Everything about the dialect comes from the server and the engine.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { t } from './i18n';
import { PreviewManager } from './preview/manager';
import { StatusItem } from './status';

export const LANGUAGE_ID = 'service-standard';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // Started through V8's code cache, kept in the extension's storage: the bundle is not compiled
  // again at each start (`server/src/node/code-cache.ts`).
  const codeCache = {
    args: [`--code-cache=${context.globalStorageUri.fsPath}`],
    options: { execArgv: ['--require', vscode.Uri.joinPath(context.extensionUri, 'dist', 'code-cache.js').fsPath] },
  };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, ...codeCache },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: {
      configurationSection: 'serviceStandard',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.service-standard.yaml'),
    },
    initializationOptions: { settings: vscode.workspace.getConfiguration('serviceStandard') },
    // Pull the edited document's problems with each change: the server answers from that version at
    // once, instead of after its debounce and a refresh round trip.
    diagnosticPullOptions: { onChange: true },
  };
  client = new LanguageClient('serviceStandard', t('Service Standard'), serverOptions, clientOptions);
  await client.start();

  const previews = new PreviewManager(context, client);
  const status = new StatusItem(client);
  context.subscriptions.push(previews, status, registerCommands(context, client, previews, status));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
