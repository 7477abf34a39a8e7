/**
 * The server's whole-file actions as commands (command palette and the editor's context menu): fix
 * all orthography and the other safe fixes, order the clauses as in the model, add all missing
 * clauses. Each asks the server for its source action on the active standard and applies it, or
 * says why there is nothing to do.
 */
import * as vscode from 'vscode';
import { t } from './i18n';
import { isStandard } from './status';

interface SourceCommand {
  id: string;
  kind: string;
  /** What is said when the server offers nothing. */
  nothing: () => string;
}

const COMMANDS: SourceCommand[] = [
  { id: 'serviceStandard.fixAll', kind: 'source.fixAll.serviceStandard', nothing: () => t('Nothing to fix: no safe fix applies in this file.') },
  { id: 'serviceStandard.orderClauses', kind: 'source.serviceStandard.orderClauses', nothing: () => t('The clauses are already in the model’s order.') },
  { id: 'serviceStandard.addMissingClauses', kind: 'source.addMissingClauses.serviceStandard', nothing: () => t('No clause is missing.') },
];

async function run(cmd: SourceCommand): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isStandard(editor?.document)) {
    void vscode.window.showWarningMessage(t('Open a service standard (*.standard.yaml) first.'));
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, cmd.kind, 1)) ?? [];
  const kind = vscode.CodeActionKind.Empty.append(cmd.kind);
  const action = actions.find((a) => a.kind && kind.contains(a.kind));
  if (!action) {
    void vscode.window.showInformationMessage(cmd.nothing());
    return;
  }
  if (action.disabled) {
    void vscode.window.showWarningMessage(action.disabled.reason);
    return;
  }
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
    void vscode.window.showErrorMessage(t('The edit could not be applied: the file changed meanwhile. Try again.'));
    return;
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function registerSourceCommands(): vscode.Disposable {
  return vscode.Disposable.from(...COMMANDS.map((c) => vscode.commands.registerCommand(c.id, () => run(c))));
}
