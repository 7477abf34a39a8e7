/**
 * Publishing diagnostics: each change is analysed after the debounce, the file's diagnostics and its
 * workspace findings (`duplicate-service-code`) are sent, and the other open files that share its
 * service code are published again.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/engine';
import { rangeOf } from '../core/parse/parse';
import { checkWorkspace, codeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Diagnostic } from '../core/types';
import { readStandardSync } from '../node/read';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { URI } from './uri';

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly ctx: ServerContext) {}

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

  /** A closed document: no diagnostics, and it counts for the workspace as it is on disk, or not at all. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    const before = this.ctx.codes.get(uri)?.code;
    const path = URI.toPath(uri);
    let site;
    const read = path ? readStandardSync(path) : undefined;
    if (read && 'text' in read) site = codeSite(uri, analyze(read.text, { config: this.ctx.configFor(uri) }).model);
    if (!this.ctx.codes.set(uri, site) && site) return;
    this.publishSharing(uri, before, site?.code);
  }

  private validate(uri: string): void {
    const got = this.ctx.analyses.get(uri);
    if (!got) return;
    const before = this.ctx.codes.get(uri)?.code;
    const site = codeSite(uri, got.analysis.model);
    const changed = this.ctx.codes.set(uri, site);
    this.publish(uri);
    // Others sharing the old or the new code see their warning appear or go.
    if (changed) this.publishSharing(uri, before, site?.code);
  }

  private publishSharing(uri: string, ...codes: (string | undefined)[]): void {
    const others = new Set(codes.flatMap((c) => [...this.ctx.codes.sharing(c)]));
    for (const other of others) if (other !== uri && this.ctx.documents.get(other)) this.publish(other);
  }

  private publish(uri: string): void {
    const got = this.ctx.analyses.get(uri);
    if (!got) return;
    const { doc, analysis } = got;
    const lang = this.ctx.lang(uri);
    const diags = [...analysis.diagnostics, ...this.workspaceDiagnostics(uri, analysis)];
    void this.ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diags.map((d) => toDiagnostic(doc, d, lang, (f) => f)) });
  }

  private workspaceDiagnostics(uri: string, analysis: Analysis): Diagnostic[] {
    return checkWorkspace(this.ctx.codes.all(), { only: uri, setting: (u, code) => this.ctx.configFor(u).rules[code] }).map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      offset: f.offset,
      range: rangeOf(analysis.parsed.lines, f.offset[0], f.offset[1]),
      related: f.related.map((r) => {
        const open = this.ctx.documents.get(r.uri);
        const range = open ? { start: open.positionAt(r.offset[0]), end: open.positionAt(r.offset[1]) } : rangeOfFile(r.uri, r.offset);
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
