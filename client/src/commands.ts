/** Commands: preview, new standard, export of the data view, clause checklist; the published text's in official.ts. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Lang } from '../../server/src/core/types';
import { ExportHtmlRequest, SkeletonRequest } from '../../server/src/protocol';
import { counted, t } from './i18n';
import { registerOfficialCommands } from './official';
import { registerSourceCommands } from './source-actions';
import type { PreviewManager } from './preview/manager';
import { isStandard, type StatusItem } from './status';

function activeStandard(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (isStandard(editor?.document)) return editor;
  void vscode.window.showWarningMessage(t('Open a service standard (*.standard.yaml) first.'));
  return undefined;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, previews: PreviewManager, status: StatusItem): vscode.Disposable {
  const register = (id: string, fn: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, fn);
  return vscode.Disposable.from(
    registerOfficialCommands(client, previews),
    registerSourceCommands(),
    register('serviceStandard.openPreview', (uri?: unknown) => previews.open(uri instanceof vscode.Uri ? uri : activeStandard()?.document.uri, false)),
    register('serviceStandard.openPreviewToSide', (uri?: unknown) => previews.open(uri instanceof vscode.Uri ? uri : activeStandard()?.document.uri, true)),

    register('serviceStandard.newStandard', async () => {
      const choice = await vscode.window.showQuickPick(
        [
          { label: 'kk, ru', description: t('Kazakh and Russian'), langs: ['kk', 'ru'] as Lang[] },
          { label: 'kk', description: t('Kazakh only'), langs: ['kk'] as Lang[] },
          { label: 'ru', description: t('Russian only'), langs: ['ru'] as Lang[] },
          { label: 'kk, ru, en', description: t('Kazakh, Russian and English'), langs: ['kk', 'ru', 'en'] as Lang[] },
        ],
        { title: t('New service standard: languages') },
      );
      if (!choice) return;
      const content = await client.sendRequest(SkeletonRequest, { languages: choice.langs });
      const doc = await vscode.workspace.openTextDocument({ language: 'service-standard', content });
      await vscode.window.showTextDocument(doc);
    }),

    register('serviceStandard.exportPreviewHtml', async () => {
      const editor = activeStandard();
      if (!editor) return;
      const source = editor.document.uri;
      const name = source.path.split('/').pop()!.replace(/\.standard\.ya?ml$/i, '') || 'standard';
      const base = source.scheme === 'file' ? vscode.Uri.joinPath(source, '..', `${name}.html`) : undefined;
      const target = await vscode.window.showSaveDialog({ defaultUri: base, filters: { HTML: ['html'] }, title: t('Export Data View as HTML') });
      if (!target) return;
      const reply = await client.sendRequest(ExportHtmlRequest, { uri: source.toString(), lang: previews.languageFor(source) });
      if (!reply) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(reply.html));
      const open = t('Open');
      if ((await vscode.window.showInformationMessage(t('Preview exported to {0}', target.fsPath || target.toString()), open)) === open) {
        await vscode.env.openExternal(target);
      }
    }),

    register('serviceStandard.showChecklist', async () => {
      const editor = activeStandard();
      if (!editor) return;
      const s = await status.status(editor.document.uri);
      if (!s) return;
      const items = s.clauses.map((c) => ({
        label: `${c.filled ? '$(pass-filled)' : c.optional ? '$(circle-large-outline)' : '$(circle-slash)'} ${c.number}. ${c.title}`,
        description: c.filled ? '' : c.optional ? t('optional, not filled') : t('missing'),
        detail: c.errors || c.warnings ? `${counted(c.errors, 'error')}, ${counted(c.warnings, 'warning')}` : undefined,
        line: c.line,
      }));
      const filled = s.clauses.filter((c) => c.filled).length;
      const pick = await vscode.window.showQuickPick(items, {
        title: t('Clause checklist: {0}/{1} filled', filled, s.clauses.length),
        matchOnDescription: true,
      });
      if (pick?.line !== undefined) {
        const pos = new vscode.Position(pick.line, 0);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
      }
    }),
  );
  void context;
}
