/**
 * The problems of standards that are not open, as read from disk: each file's own diagnostics
 * (kept converted, with their ranges, so that the text is not kept) and its workspace findings
 * (`duplicate-service-code`), which depend on the other files and are added when asked for.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from './library';
import { docsUrl } from '../core/docs';
import { checkWorkspace } from '../core/rules/workspace/duplicate-service-code';
import type { Severity } from '../core/types';
import type { ServerContext } from './context';

/** `node:crypto`, loaded at the first result id rather than at the server's start. */
let crypto: typeof import('node:crypto') | undefined;

/** A result id that names the content: two reports with the same id are the same report. */
export function resultIdOf(items: LspDiagnostic[]): string {
  return digestOf(JSON.stringify(items));
}

/** A short digest of a text (SHA-1, 20 characters). */
export function digestOf(text: string): string {
  crypto ??= require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1').update(text).digest('base64url').slice(0, 20);
}

let empty: string | undefined;

/** The result id of a report with no diagnostics. */
export function emptyId(): string {
  return (empty ??= resultIdOf([]));
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where a file's service code stands: in the open document, or as read from disk. */
export function siteRange(ctx: ServerContext, uri: string, offset: [number, number]): Range | undefined {
  const open = ctx.documents.get(uri);
  if (open) return { start: open.positionAt(offset[0]), end: open.positionAt(offset[1]) };
  const site = ctx.codes.get(uri);
  return site && site.offset[0] === offset[0] && site.offset[1] === offset[1] ? ctx.codes.rangeOf(uri) : undefined;
}

/** The workspace findings of a file that is not open (none unless another file shares its code). */
function findingsOf(ctx: ServerContext, uri: string): LspDiagnostic[] {
  const group = ctx.codes.group(ctx.codes.get(uri)?.code);
  if (group.length < 2) return [];
  const lang = ctx.lang(uri);
  const setting = (u: string, code: string) => ctx.configFor(u).rules[code];
  return checkWorkspace(group, { only: uri, setting }).map((f) => ({
    range: ctx.codes.rangeOf(uri) ?? START,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: docsUrl(f.code) },
    source: 'service-standard',
    message: f.message[lang],
    relatedInformation: f.related.map((r) => ({ location: { uri: r.uri, range: siteRange(ctx, r.uri, r.offset) ?? START }, message: r.message[lang] })),
  }));
}

interface Entry {
  items: LspDiagnostic[];
  id: string;
}

export class DiskDiagnostics {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ctx: ServerContext) {}

  set(uri: string, items: LspDiagnostic[]): void {
    this.entries.set(uri, { items, id: resultIdOf(items) });
  }

  /** Forgets a file; returns whether it had problems kept. */
  delete(uri: string): boolean {
    return this.entries.delete(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /** What the editor shows for the file: its own problems and its workspace findings. */
  render(uri: string): LspDiagnostic[] {
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const findings = findingsOf(this.ctx, uri);
    return findings.length ? [...entry.items, ...findings] : entry.items;
  }

  /** The result id of `render(uri)`, without rendering a file that shares its code with none. */
  resultId(uri: string): string {
    const entry = this.entries.get(uri);
    if (!entry) return emptyId();
    return this.ctx.codes.sharing(this.ctx.codes.get(uri)?.code).length > 1 ? resultIdOf(this.render(uri)) : entry.id;
  }
}
