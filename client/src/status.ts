/** The status bar item: `n/26 clauses` and the error count of the active standard. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClauseStatusRequest, type ClauseStatusReply } from '../../server/src/protocol';
import { counted, t } from './i18n';

export function isStandard(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return doc?.languageId === 'service-standard';
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('serviceStandard.clauses', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly client: LanguageClient) {
    this.item.name = t('Service Standard clauses');
    this.item.command = 'serviceStandard.showChecklist';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule(100)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('serviceStandard.language')) {
          this.item.name = t('Service Standard clauses');
          this.schedule(0);
        }
      }),
    );
    this.schedule(0);
  }

  async status(uri: vscode.Uri): Promise<ClauseStatusReply | null> {
    return this.client.sendRequest(ClauseStatusRequest, { uri: uri.toString() });
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!isStandard(doc)) {
      this.item.hide();
      return;
    }
    const s = await this.status(doc.uri).catch(() => null);
    if (!s || !s.edition) {
      this.item.hide();
      return;
    }
    const filled = s.clauses.filter((c) => c.filled).length;
    const errors = s.errors ? ` $(error) ${s.errors}` : '';
    this.item.text = `$(checklist) ${filled}/${counted(s.clauses.length, 'clause')}${errors}`;
    this.item.tooltip = t('{0} of {1} filled; {2}, {3}. Click for the checklist.', filled, counted(s.clauses.length, 'clause'), counted(s.errors, 'error'), counted(s.warnings, 'warning'));
    this.item.backgroundColor = s.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
