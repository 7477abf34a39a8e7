/** Read-only documents the extension writes (the amending text, the summary of changes). */
import * as vscode from 'vscode';

export const READONLY_SCHEME = 'service-standard-view';

export class ReadOnlyDocuments implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration: vscode.Disposable;
  private serial = 0;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(READONLY_SCHEME, {
      onDidChange: this.changed.event,
      provideTextDocumentContent: (uri) => this.texts.get(uri.toString()) ?? '',
    });
  }

  /** Shows `text` as a read-only document named `name` in `column`. */
  async open(name: string, text: string, column: vscode.ViewColumn): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: READONLY_SCHEME, path: `/${++this.serial}/${name}` });
    this.texts.set(uri.toString(), text);
    const doc = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.texts.clear();
  }
}
