/**
 * The language server: a thin LSP adapter over the engine. Started as `node dist/server.js --stdio`
 * (or over IPC by the VS Code client).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
import { complete } from '../core/assist/completion';
import { hoverAt } from '../core/assist/hover';
import { clauseHints, documentLinks, foldingRanges } from '../core/assist/outline';
import { defaultEdition, getCatalog } from '../core/catalog';
import { skeleton } from '../core/skeleton/skeleton';
import { renderHtml } from '../core/render/html';
import { toolVersion } from '../core/docs';
import { MAX_CHARS, analyze, type Analysis } from '../core/engine';
import { rangeOf } from '../core/parse/parse';
import { checkWorkspace, codeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Config } from '../core/config/config';
import type { Diagnostic, Lang } from '../core/types';
import { ConfigCache } from '../node/config-file';
import { readStandardSync } from '../node/read';
import { toCompletionItem, toDiagnostic, toRange } from './convert';
import { DEFAULT_SETTINGS, langFromLocale, readSettings, type ServerSettings } from './settings';
import { CodeIndex } from './workspace-index';
import { scanWorkspace } from './scan';
import { openConnection } from './transport';
import { FIX_ALL_KIND, ORDER_CLAUSES_KIND, clauseStatusFor, codeActionsFor, symbolsFor, type LspRange } from './actions';
import { compareReply, exportReply, importReply, knownLang, previewReply } from './official';
import {
  ClauseStatusRequest,
  CompareRequest,
  ExportHtmlRequest,
  ExportOfficialRequest,
  ImportRequest,
  PreviewRequest,
  SkeletonRequest,
  type CompareParams,
  type ExportParams,
  type PreviewParams,
} from '../protocol';

export { FIX_ALL_KIND, ORDER_CLAUSES_KIND };

/** Analyses kept in memory (most recently used documents). */
const MAX_CACHED = 3;

interface Cached {
  version: number;
  analysis: Analysis;
}

export class Server {
  readonly documents = new TextDocuments(TextDocument);
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private clientLocale?: Lang;
  private canPullConfig = false;
  private canRegisterConfig = false;
  private canWatchFiles = false;
  private canDisableActions = false;
  private readonly configs = new ConfigCache();
  private readonly cache = new Map<string, Cached>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly codes = new CodeIndex();
  private workspaceFolders: string[] = [];

  constructor(readonly connection: Connection) {}

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized());
    c.onDidChangeConfiguration((p) => void this.configurationChanged(p.settings));
    c.onDidChangeWatchedFiles(() => this.configFilesChanged());
    c.onCompletion(this.safe((p) => this.completion(p.textDocument.uri, p.position), []));
    c.onHover(this.safe((p) => this.hover(p.textDocument.uri, p.position), null));
    c.onCodeAction(this.safe((p) => this.codeActions(p.textDocument.uri, p.range, p.context.only), []));
    c.onDocumentSymbol(this.safe((p) => this.symbols(p.textDocument.uri), []));
    c.onFoldingRanges(this.safe((p) => this.folding(p.textDocument.uri), []));
    c.onDocumentLinks(this.safe((p) => this.links(p.textDocument.uri), []));
    c.languages.inlayHint.on(this.safe((p) => this.inlayHints(p.textDocument.uri, p.range), []));
    c.onRequest(ClauseStatusRequest, this.safe((p) => this.clauseStatusOf(p.uri), null));
    c.onRequest(PreviewRequest, this.safe((p) => this.preview(p), null));
    c.onRequest(SkeletonRequest, this.safe((p) => skeleton(getCatalog(p.edition ?? defaultEdition)!, { languages: p.languages?.length ? p.languages : ['kk', 'ru'] }), ''));
    c.onRequest(ExportHtmlRequest, this.safe((p) => this.exportHtml(p), null));
    c.onRequest(ExportOfficialRequest, this.safeAsync((p) => this.exportOfficial(p), null));
    c.onRequest(CompareRequest, this.safe((p) => this.compare(p), null));
    c.onRequest(ImportRequest, this.safeAsync((p) => importReply(p, this.lang()), { error: 'internal error' }));
    this.documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    this.documents.onDidClose((e) => {
      const uri = e.document.uri;
      this.cache.delete(uri);
      clearTimeout(this.timers.get(uri));
      void c.sendDiagnostics({ uri, diagnostics: [] });
      this.closed(uri);
    });
    this.documents.listen(c);
    c.listen();
  }

  /** A handler that logs instead of throwing: no input may take the server down. */
  private safe<P, R>(fn: (p: P) => R, fallback: R): (p: P) => R {
    return (p: P) => {
      try {
        return fn(p);
      } catch (err) {
        this.logError(err);
        return fallback;
      }
    };
  }

  private logError(err: unknown): void {
    this.connection.console.error(`service-standard: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }

  private safeAsync<P, R>(fn: (p: P) => Promise<R>, fallback: R): (p: P) => Promise<R> {
    return async (p: P) => {
      try {
        return await fn(p);
      } catch (err) {
        this.logError(err);
        return fallback;
      }
    };
  }

  private initialize(p: InitializeParams): InitializeResult {
    this.clientLocale = langFromLocale(p.locale);
    this.settings = readSettings((p.initializationOptions as { settings?: unknown } | undefined)?.settings ?? p.initializationOptions, DEFAULT_SETTINGS);
    this.canPullConfig = !!p.capabilities.workspace?.configuration;
    this.canRegisterConfig = !!p.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    this.canWatchFiles = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canDisableActions = !!p.capabilities.textDocument?.codeAction?.disabledSupport;
    this.workspaceFolders = (p.workspaceFolders ?? []).map((f) => URI.toPath(f.uri)).filter((x): x is string => !!x);
    if (this.workspaceFolders.length === 0 && p.rootUri) {
      const root = URI.toPath(p.rootUri);
      if (root) this.workspaceFolders.push(root);
    }
    warmUp();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '-', '{', '[', ','], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, ORDER_CLAUSES_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'service-standard', version: toolVersion },
    };
  }

  private async initialized(): Promise<void> {
    if (this.canRegisterConfig) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'serviceStandard' });
    if (this.canPullConfig) await this.pullSettings();
    if (this.canWatchFiles) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.service-standard.yaml' }] });
    }
    await scanWorkspace(this.connection, this.workspaceFolders, (uri, text) => {
      if (this.documents.get(uri)) return;
      this.codes.set(uri, codeSite(uri, analyze(text, { config: this.configFor(uri) }).model));
    });
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  private async pullSettings(): Promise<void> {
    try {
      const raw = await this.connection.workspace.getConfiguration('serviceStandard');
      this.settings = readSettings(raw, { ...DEFAULT_SETTINGS, debounceMs: this.settings.debounceMs });
    } catch {
      // The client did not answer: keep what we have.
    }
  }

  private async configurationChanged(settings: unknown): Promise<void> {
    if (this.canPullConfig) await this.pullSettings();
    else this.settings = readSettings((settings as { serviceStandard?: unknown } | undefined)?.serviceStandard, this.settings);
    this.revalidateAll();
  }

  private configFilesChanged(): void {
    this.configs.clear();
    this.revalidateAll();
  }

  private revalidateAll(): void {
    this.cache.clear();
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  private configFor(uri: string): Config {
    const path = URI.toPath(uri);
    const base = path ? this.configs.forFile(path).config : { rules: {} };
    return { ...base, rules: { ...base.rules, ...this.settings.rules } };
  }

  lang(uri?: string): Lang {
    if (this.settings.language !== 'auto') return this.settings.language;
    const path = uri ? URI.toPath(uri) : undefined;
    return (path ? this.configs.forFile(path).config.language : undefined) ?? this.clientLocale ?? 'en';
  }

  /** The analysis of the document's current text (computed once per version). */
  analysis(uri: string): { doc: TextDocument; analysis: Analysis } | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version) {
      this.cache.delete(uri);
      this.cache.set(uri, hit);
      return { doc, analysis: hit.analysis };
    }
    const analysis = analyze(doc.getText(), { config: this.configFor(uri) });
    // Keep the analyses of the few documents being worked on; the rest are recomputed on demand.
    this.cache.delete(uri);
    this.cache.set(uri, { version: doc.version, analysis });
    if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    return { doc, analysis };
  }

  /**
   * The analysis for an assist (completion, hover, outline, hints): none for a document over the
   * size limit, which the engine does not parse, so that no assist walks its whole text.
   */
  private assisted(uri: string): { doc: TextDocument; analysis: Analysis } | undefined {
    const doc = this.documents.get(uri);
    return doc && doc.getText().length <= MAX_CHARS ? this.analysis(uri) : undefined;
  }

  private schedule(uri: string, delay = this.settings.debounceMs): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        try {
          this.validate(uri);
        } catch (err) {
          this.connection.console.error(`service-standard: ${String(err)}`);
        }
      }, delay),
    );
  }

  /** A closed document counts for the workspace as it is on disk, or not at all. */
  private closed(uri: string): void {
    const before = this.codes.get(uri)?.code;
    const path = URI.toPath(uri);
    let site;
    const read = path ? readStandardSync(path) : undefined;
    if (read && 'text' in read) site = codeSite(uri, analyze(read.text, { config: this.configFor(uri) }).model);
    if (!this.codes.set(uri, site) && site) return;
    for (const other of new Set([...this.codes.sharing(before), ...this.codes.sharing(site?.code)])) {
      if (other !== uri && this.documents.get(other)) this.publish(other);
    }
  }

  private validate(uri: string): void {
    const got = this.analysis(uri);
    if (!got) return;
    const before = this.codes.get(uri)?.code;
    const site = codeSite(uri, got.analysis.model);
    const changed = this.codes.set(uri, site);
    this.publish(uri);
    if (changed) {
      // Others sharing the old or the new code see their warning appear or go.
      for (const other of new Set([...this.codes.sharing(before), ...this.codes.sharing(site?.code)])) {
        if (other !== uri && this.documents.get(other)) this.publish(other);
      }
    }
  }

  private publish(uri: string): void {
    const got = this.analysis(uri);
    if (!got) return;
    const { doc, analysis } = got;
    const lang = this.lang(uri);
    const diags = [...analysis.diagnostics, ...this.workspaceDiagnostics(uri, analysis)];
    void this.connection.sendDiagnostics({
      uri,
      version: doc.version,
      diagnostics: diags.map((d) => toDiagnostic(doc, d, lang, (f) => f)),
    });
  }

  private workspaceDiagnostics(uri: string, analysis: Analysis): Diagnostic[] {
    const other = (u: string) => this.documents.get(u);
    return checkWorkspace(this.codes.all(), { only: uri, setting: (u, code) => this.configFor(u).rules[code] })
      .map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        offset: f.offset,
        range: rangeOf(analysis.parsed.lines, f.offset[0], f.offset[1]),
        related: f.related.map((r) => {
          const od = other(r.uri);
          const range = od ? { start: od.positionAt(r.offset[0]), end: od.positionAt(r.offset[1]) } : rangeOfFile(r.uri, r.offset);
          return { file: r.uri, offset: r.offset, range, message: r.message };
        }),
      }));
  }

  completion(uri: string, position: { line: number; character: number }): CompletionItem[] {
    const got = this.assisted(uri);
    if (!got) return [];
    const { doc, analysis } = got;
    const lang = this.lang(uri);
    const candidates = complete({ text: doc.getText(), offset: doc.offsetAt(position), catalog: analysis.catalog, lang, languages: analysis.model.languages });
    return candidates.map((c) => toCompletionItem(doc, c));
  }

  hover(uri: string, position: { line: number; character: number }) {
    const got = this.assisted(uri);
    if (!got) return null;
    const h = hoverAt(got.analysis, got.doc.offsetAt(position), this.lang(uri));
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(got.doc, h.offset) } : null;
  }

  codeActions(uri: string, range: LspRange, only?: string[]): CodeAction[] {
    const got = this.assisted(uri);
    return got ? codeActionsFor(got.doc, got.analysis, { uri, range, only, lang: this.lang(uri), canDisable: this.canDisableActions }) : [];
  }

  symbols(uri: string): DocumentSymbol[] {
    const got = this.assisted(uri);
    return got ? symbolsFor(got.doc, got.analysis, this.lang(uri)) : [];
  }

  folding(uri: string) {
    const got = this.assisted(uri);
    return got ? foldingRanges(got.analysis) : [];
  }

  links(uri: string) {
    const got = this.assisted(uri);
    if (!got) return [];
    return documentLinks(got.analysis).map((l) => ({ range: toRange(got.doc, l.offset), target: l.target }));
  }

  inlayHints(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
    const got = this.assisted(uri);
    if (!got) return [];
    const from = got.doc.offsetAt(range.start);
    const to = got.doc.offsetAt(range.end);
    return clauseHints(got.analysis, this.lang(uri))
      .filter((h) => h.offset >= from && h.offset <= to)
      .map((h) => ({ position: got.doc.positionAt(h.offset), label: h.label, tooltip: h.tooltip, paddingRight: true }));
  }

  /** The preview's body for a document: the published text (default) or the data view. */
  preview(p: PreviewParams) {
    const got = this.analysis(p.uri);
    return got ? previewReply(got.analysis, got.doc.version, p, this.lang(p.uri)) : null;
  }

  /** The published text of a document as a file's content (Word as base64). */
  async exportOfficial(p: ExportParams) {
    const got = this.analysis(p.uri);
    return got ? exportReply(got.analysis, p, this.lang(p.uri)) : null;
  }

  /** What changed since a previous version: the amending text and the summary of changes. */
  compare(p: CompareParams) {
    const got = this.analysis(p.uri);
    return got ? compareReply(got.analysis, p, { config: this.configFor(p.uri) }, this.lang(p.uri)) : null;
  }

  /** A standalone HTML page of the preview, as `service-standard render` writes it. */
  exportHtml(p: PreviewParams) {
    const got = this.analysis(p.uri);
    if (!got) return null;
    return { html: renderHtml(got.analysis, { lang: knownLang(p.lang) ?? this.lang(p.uri), showModelText: p.showModelText ?? false }) };
  }

  clauseStatusOf(uri: string) {
    const got = this.analysis(uri);
    return got ? clauseStatusFor(got.doc, got.analysis, this.lang(uri)) : null;
  }
}

/**
 * Runs the engine a few times on a full standard before the first document arrives, so that the
 * first diagnostics a writer waits for come from compiled code rather than the interpreter.
 */
function warmUp(): void {
  const catalog = getCatalog(defaultEdition)!;
  const text = skeleton(catalog, { languages: ['kk', 'ru'], examples: true });
  for (let i = 0; i < 6; i++) {
    const analysis = analyze(text);
    if (i === 0) {
      hoverAt(analysis, text.indexOf('deadlines'), 'en');
      complete({ text, offset: text.indexOf('deadlines'), catalog, lang: 'en', languages: ['kk', 'ru'] });
    }
  }
}

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

if (require.main === module) {
  const server: Server = new Server(openConnection(() => server.lang()));
  server.listen();
}
