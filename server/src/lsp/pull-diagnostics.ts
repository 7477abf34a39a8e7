/**
 * Diagnostics for a client that pulls (`textDocument/diagnostic`, `workspace/diagnostic`): every
 * report carries a result id that names its content, so a file whose problems did not change is
 * answered `unchanged`. An open document is reported from its current text, any other file from disk.
 */
import type { Connection, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { DiagnosticsPublisher } from './diagnostics';
import { resultIdOf } from './disk-diagnostics';
import type { WorkspaceDiagnostics } from './workspace-diagnostics';

type Guard = <P, R>(fn: (p: P) => R, fallback: R) => (p: P) => R;

function documentReport(uri: string, previous: string | undefined, publisher: DiagnosticsPublisher, workspace: WorkspaceDiagnostics): DocumentDiagnosticReport {
  const items = publisher.render(uri) ?? workspace.render(uri);
  const resultId = resultIdOf(items);
  return previous === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items };
}

export function registerPull(c: Connection, publisher: DiagnosticsPublisher, workspace: WorkspaceDiagnostics, safe: Guard): void {
  const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
  c.languages.diagnostics.on(safe((p) => documentReport(p.textDocument.uri, p.previousResultId, publisher, workspace), empty));
  c.languages.diagnostics.onWorkspace(safe((p) => workspace.report(p.previousResultIds), { items: [] }));
}
