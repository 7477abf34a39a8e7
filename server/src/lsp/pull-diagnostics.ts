/**
 * Diagnostics for a client that pulls (`textDocument/diagnostic`, `workspace/diagnostic`): every
 * report carries a result id that names its content, so a file whose problems did not change is
 * answered `unchanged`. An open document is reported from its current text, any other file from disk.
 * A client pulls every open document after each refresh: an unchanged one is answered from the last
 * report, not analysed again. A pull for a version whose edit has not settled yet (VS Code pulls on
 * each change) is answered at once, from that version, without waiting for the debounce.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic, type DocumentDiagnosticReport } from './library';
import type { ServerContext } from './context';
import type { DiagnosticsPublisher } from './diagnostics';
import { resultIdOf } from './disk-diagnostics';
import type { WorkspaceDiagnostics } from './workspace-diagnostics';
import { timed } from './timeline';

type Guard = <P, R>(fn: (p: P) => R, fallback: R) => (p: P) => R;

interface Report {
  /** The document it was computed for (a reopened file is another document, with versions anew); not kept alive by the report. */
  doc?: WeakRef<TextDocument>;
  /** What it was made from (`WorkspaceDiagnostics.reportState`), not the analysis itself. */
  state: string;
  resultId: string;
  items: Diagnostic[];
}

/** The last report of each open document, with what it was computed from. */
const MAX_KEPT = 64;

class DocumentReports {
  private readonly kept = new Map<string, Report>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly publisher: DiagnosticsPublisher,
    private readonly workspace: WorkspaceDiagnostics,
  ) {}

  report(uri: string, previous: string | undefined): DocumentDiagnosticReport {
    const { resultId, items } = this.current(uri);
    return previous === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items };
  }

  private current(uri: string): Omit<Report, 'state' | 'doc'> {
    const doc = this.ctx.documents.get(uri);
    if (!doc) {
      const items = this.workspace.render(uri);
      return { resultId: resultIdOf(items), items };
    }
    timed('settle', () => this.publisher.settle(uri));
    const state = this.workspace.reportState(uri);
    let report = this.kept.get(uri);
    if (report?.doc?.deref() !== doc || report.state !== state) {
      const items = timed('render', () => this.publisher.render(uri) ?? []);
      report = { doc: new WeakRef(doc), state, resultId: resultIdOf(items), items };
      this.keep(uri, report);
    }
    this.workspace.refreshes.pulled(uri);
    return report;
  }

  private keep(uri: string, report: Report): void {
    this.kept.set(uri, report);
    if (this.kept.size <= MAX_KEPT) return;
    for (const u of this.kept.keys()) if (!this.ctx.documents.get(u)) this.kept.delete(u);
    if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.keys().next().value!);
  }
}

/** A client typing fast cancels the pull of each version it typed over: such a pull is not analysed at all. */
function superseded(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded by a newer version');
}

export function registerPull(c: Connection, ctx: ServerContext, publisher: DiagnosticsPublisher, workspace: WorkspaceDiagnostics, safe: Guard): void {
  const reports = new DocumentReports(ctx, publisher, workspace);
  const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
  const report = safe((p: { uri: string; previous?: string }) => reports.report(p.uri, p.previous), empty);
  c.languages.diagnostics.on((p, token) => {
    superseded(token);
    return timed(() => `pull v=${ctx.documents.get(p.textDocument.uri)?.version}`, () => report({ uri: p.textDocument.uri, previous: p.previousResultId }));
  });
  c.languages.diagnostics.onWorkspace(safe((p) => workspace.report(p.previousResultIds), { items: [] }));
}
