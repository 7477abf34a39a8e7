/**
 * Commands on the published text: export as Word or HTML, print (the browser's print gives the
 * PDF), compare with the last committed version, import an existing standard from Word or text.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, ExportOfficialRequest, ImportRequest, type OfficialFormat } from '../../server/src/protocol';
import { headVersion } from './git';
import { counted, t } from './i18n';
import type { PreviewManager } from './preview/manager';
import { servePage, tempPage } from './serve';
import { isStandard } from './status';
import { ReadOnlyDocuments } from './readonly';

/** The standard a command works on: the one it was run on (menus), else the active editor's or preview's. */
async function standardAt(arg: unknown, previews: PreviewManager): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : previews.activeUri();
  if (uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (isStandard(doc)) return doc;
  void vscode.window.showWarningMessage(t('Open a service standard (*.standard.yaml) first.'));
  return undefined;
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop()!.replace(/\.standard\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'standard';

async function published(client: LanguageClient, previews: PreviewManager, doc: vscode.TextDocument, format: OfficialFormat): Promise<Uint8Array | undefined> {
  const reply = await client.sendRequest(ExportOfficialRequest, { uri: doc.uri.toString(), format, lang: previews.documentLanguageFor(doc.uri) });
  if (!reply) return undefined;
  if ('error' in reply) {
    void vscode.window.showErrorMessage(reply.error);
    return undefined;
  }
  return reply.encoding === 'base64' ? Uint8Array.from(Buffer.from(reply.data, 'base64')) : new TextEncoder().encode(reply.data);
}

/** Saves the published text as `format`; `target` (for scripts and tests) skips the save dialog. */
async function exportAs(client: LanguageClient, previews: PreviewManager, format: 'docx' | 'html', arg: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const doc = await standardAt(arg, previews);
  if (!doc) return undefined;
  let out = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.file(target) : undefined;
  if (!out) {
    const base = doc.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(doc.uri, '..', `${baseName(doc.uri)}.${format}`);
    const filters = format === 'docx' ? { [t('Word document')]: ['docx'] } : { HTML: ['html'] };
    out = await vscode.window.showSaveDialog({ defaultUri: base, filters, title: format === 'docx' ? t('Export as Word') : t('Export as HTML') });
  }
  if (!out) return undefined;
  const bytes = await published(client, previews, doc, format);
  if (!bytes) return undefined;
  await vscode.workspace.fs.writeFile(out, bytes);
  const open = t('Open');
  void vscode.window.showInformationMessage(t('Published text saved to {0}', out.fsPath || out.toString()), open).then((choice) => {
    if (choice === open) void vscode.env.openExternal(out);
  });
  return out;
}

/** Opens the published page in the system browser, whose print (Ctrl+P) saves it as PDF. */
async function print(client: LanguageClient, previews: PreviewManager, arg: unknown): Promise<void> {
  const doc = await standardAt(arg, previews);
  if (!doc) return;
  const bytes = await published(client, previews, doc, 'html');
  if (!bytes) return;
  const html = new TextDecoder().decode(bytes);
  let uri: vscode.Uri;
  if (vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName) uri = vscode.Uri.file(tempPage(html, baseName(doc.uri)));
  else uri = await vscode.env.asExternalUri(vscode.Uri.parse((await servePage(html)).url));
  const opened = await vscode.env.openExternal(uri);
  // Where the browser cannot reach the page (a proxy turned off), the HTML file is one click away.
  const save = t('Export as HTML');
  const choice = opened
    ? await vscode.window.showInformationMessage(t('The published text is open in the browser: print it (Ctrl+P) or save it as PDF there.'), save)
    : await vscode.window.showErrorMessage(t('The browser could not be opened: {0}', uri.toString(true)), save);
  if (choice === save) await exportAs(client, previews, 'html', doc.uri);
}

async function compare(client: LanguageClient, previews: PreviewManager, docs: ReadOnlyDocuments, arg: unknown): Promise<void> {
  const doc = await standardAt(arg, previews);
  if (!doc) return;
  if (doc.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(t('{0} is not a file in a Git repository: there is no previous version to compare with.', baseName(doc.uri)));
    return;
  }
  const head = await headVersion(doc.uri.fsPath);
  if ('reason' in head) {
    const say = {
      'no-git': t('Git is not installed: the previous version cannot be read.'),
      'not-in-repo': t('{0} is not a file in a Git repository: there is no previous version to compare with.', baseName(doc.uri)),
      'not-committed': t('{0} has not been committed yet: there is no previous version to compare with.', baseName(doc.uri)),
    }[head.reason];
    void vscode.window.showInformationMessage(say);
    return;
  }
  const reply = await client.sendRequest(CompareRequest, { uri: doc.uri.toString(), oldText: head.text, lang: previews.documentLanguageFor(doc.uri) });
  if (!reply) return;
  if ('error' in reply) {
    void vscode.window.showErrorMessage(reply.error);
    return;
  }
  if (reply.unchanged) {
    void vscode.window.showInformationMessage(t('{0}: no changes since the last commit.', baseName(doc.uri)));
    return;
  }
  const name = baseName(doc.uri);
  const amending = await docs.open(`${name}.amendment.txt`, reply.amending, vscode.ViewColumn.Beside);
  await docs.open(`${name}.changes.md`, reply.changes, amending?.viewColumn ?? vscode.ViewColumn.Beside);
}

async function importStandard(client: LanguageClient, arg: unknown): Promise<void> {
  let source = arg instanceof vscode.Uri ? arg : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [t('Word, HTML or text')]: ['docx', 'html', 'htm', 'txt'] },
      title: t('Import Standard from Word / Text'),
    });
    source = picked?.[0];
  }
  if (!source) return;
  const bytes = await vscode.workspace.fs.readFile(source);
  const name = source.path.split('/').pop()!;
  const reply = await client.sendRequest(ImportRequest, { name, base64: Buffer.from(bytes).toString('base64') });
  if ('error' in reply) {
    void vscode.window.showErrorMessage(`${name}: ${reply.error}`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'service-standard', content: reply.yaml });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  void vscode.window.showInformationMessage(t('{0} imported: {1}, {2}; {3} kept as comments.', name, counted(reply.clauses, 'clause'), counted(reply.values, 'value'), counted(reply.unplaced, 'sentence')));
}

export function registerOfficialCommands(client: LanguageClient, previews: PreviewManager): vscode.Disposable {
  const docs = new ReadOnlyDocuments();
  const register = (id: string, fn: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, fn);
  return vscode.Disposable.from(
    docs,
    register('serviceStandard.exportWord', (arg?: unknown, target?: unknown) => exportAs(client, previews, 'docx', arg, target)),
    register('serviceStandard.exportHtml', (arg?: unknown, target?: unknown) => exportAs(client, previews, 'html', arg, target)),
    register('serviceStandard.print', (arg?: unknown) => print(client, previews, arg)),
    register('serviceStandard.compareWithPrevious', (arg?: unknown) => compare(client, previews, docs, arg)),
    register('serviceStandard.importStandard', (arg?: unknown) => importStandard(client, arg)),
  );
}
