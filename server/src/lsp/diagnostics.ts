/**
 * Publishing diagnostics: each change is analysed after the debounce, the file's diagnostics and its
 * workspace findings (`duplicate-service-code`) are sent (or, to a client that pulls, announced by a
 * refresh), and the other files that share its service code are published again.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as LspDiagnostic } from './library';
import type { Analysis } from '../core/engine';
import { rangeOf } from '../core/parse/parse';
import { checkWorkspace, codeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Diagnostic } from '../core/types';
import { readStandardSync } from '../node/read';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { digestOf, siteRange } from './disk-diagnostics';
import { URI } from './uri';
import type { WorkspaceDiagnostics } from './workspace-diagnostics';

/** The longest report kept as it was sent (longer ones are kept as a digest). */
const MAX_KEPT = 64 * 1024;

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * What was last sent for each open document, so that an unchanged one is not sent again: its JSON
   * (comparing it costs no hash, and no `crypto` loaded before a first document's diagnostics), or
   * for a long report its digest.
   */
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly workspace: WorkspaceDiagnostics,
  ) {
    workspace.publishOpen = (uri) => this.publish(uri);
  }

  schedule(uri: string, delay = this.ctx.debounceMs()): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        try {
          this.validate(uri);
        } catch (err) {
          this.ctx.connection.console.error(`service-standard: ${String(err)}`);
        }
      }, delay),
    );
  }

  /**
   * A client pulls the document before its edit settled (it pulls on change): the edit is analysed
   * now, and the refresh is not asked for it, as the report the client gets is already current.
   */
  settle(uri: string): void {
    if (!this.timers.has(uri)) return;
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.validate(uri, false);
  }

  /** A closed document: its problems on disk (or none), and it counts for the workspace as it is on disk, or not at all. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.sent.delete(uri);
    this.workspace.closed(uri);
  }

  private validate(uri: string, announce = true): void {
    const got = this.ctx.analyses.get(uri);
    if (!got) return;
    const before = this.ctx.codes.get(uri)?.code;
    const site = codeSite(uri, got.analysis.model);
    const changed = this.ctx.codes.set(uri, site);
    if (announce) this.publish(uri, false, true);
    // Others sharing the old or the new code see their warning appear or go.
    if (changed) this.workspace.publishSharing(new Set([before, site?.code]), uri);
  }

  /** An open document analysed again without a new version (the dictionaries were read): sent only if it shows something else. */
  refresh(uri: string): void {
    if (!this.timers.has(uri)) this.publish(uri, true);
  }

  /** `settled`: the document's edit settled (a pulling client that has pulled it as it is is not asked to pull again). */
  private publish(uri: string, onlyChanged = false, settled = false): void {
    if (this.workspace.pull) return this.workspace.requestRefresh(settled ? uri : undefined);
    const got = this.ctx.analyses.get(uri);
    if (!got) return;
    const diagnostics = this.render(uri)!;
    const json = JSON.stringify(diagnostics);
    const sent = json.length > MAX_KEPT ? digestOf(json) : json;
    if (onlyChanged && this.sent.get(uri) === sent) return;
    this.sent.set(uri, sent);
    void this.ctx.connection.sendDiagnostics({ uri, version: got.doc.version, diagnostics });
  }

  /** What the editor shows for an open document (its current version); undefined if it is not open. */
  render(uri: string): LspDiagnostic[] | undefined {
    const got = this.ctx.analyses.get(uri);
    if (!got) return undefined;
    const { doc, analysis } = got;
    const lang = this.ctx.lang(uri);
    const diags = [...analysis.diagnostics, ...this.workspaceDiagnostics(uri, analysis)];
    return diags.map((d) => toDiagnostic(doc, d, lang, (f) => f));
  }

  private workspaceDiagnostics(uri: string, analysis: Analysis): Diagnostic[] {
    return checkWorkspace(this.ctx.codes.group(this.ctx.codes.get(uri)?.code), { only: uri, setting: (u, code) => this.ctx.configFor(u).rules[code] }).map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      offset: f.offset,
      range: rangeOf(analysis.parsed.lines, f.offset[0], f.offset[1]),
      related: f.related.map((r) => {
        const range = siteRange(this.ctx, r.uri, r.offset) ?? rangeOfFile(r.uri, r.offset);
        return { file: r.uri, offset: r.offset, range, message: r.message };
      }),
    }));
  }
}

/** A range in a file that is not open: read from disk (within the size limit), or the file's start. */
function rangeOfFile(uri: string, offset: [number, number]) {
  try {
    const path = URI.toPath(uri);
    const read = path ? readStandardSync(path) : undefined;
    const text = read && 'text' in read ? read.text : '';
    const doc = TextDocument.create(uri, 'service-standard', 0, text);
    return { start: doc.positionAt(offset[0]), end: doc.positionAt(offset[1]) };
  } catch {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }
}
