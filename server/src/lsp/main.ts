/**
 * The language server: a thin LSP adapter over the engine. Started as `node dist/server.js --stdio`
 * (or over IPC by the VS Code client). This module starts it and holds the settings; the parts are
 * `analysis-cache.ts` (analyses per version), `diagnostics.ts` (publishing) and `features.ts`
 * (the editor features and the custom requests).
 */
import { dirname } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
} from './library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../core/config/config';
import { toolVersion } from '../core/docs';
import { derive } from '../core/incremental';
import { wordsToLookUp } from '../core/rules/text/spelling';
import type { SpellLang } from '../core/rules/text/speller';
import type { Lang } from '../core/types';
import { ConfigCache } from '../node/config-file';
import { backgroundSpellers } from '../node/spell/speller';
import { warmUp } from '../node/warm-up';
import { ADD_MISSING_KIND, FIX_ALL_KIND, ORDER_CLAUSES_KIND } from './actions';
import { AnalysisCache } from './analysis-cache';
import type { ServerContext } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { registerFeatures, registerRequests } from './features';
import { WATCHERS, createdOrDeleted } from './folder-events';
import { registerPull } from './pull-diagnostics';
import { DEFAULT_SETTINGS, langFromLocale, readSettings, type ServerSettings } from './settings';
import { openConnection } from './transport';
import { URI } from './uri';
import { startMemoryLog } from './memory-log';
import { WorkspaceDiagnostics } from './workspace-diagnostics';
import { mark, startTimeline, timed, traceHandlers } from './timeline';
import { CodeIndex } from './workspace-index';

export { FIX_ALL_KIND, ORDER_CLAUSES_KIND };

export class Server implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly codes = new CodeIndex();
  /** The dictionaries, read after the first diagnostics that need them (then every open document is analysed again). */
  private readonly spellers = backgroundSpellers(() => this.spellingReady(), (lang) => this.wordsToLookUp(lang));
  readonly analyses = new AnalysisCache(this.documents, (uri, text, prev) => timed('analyse', () => derive(prev, text, { config: this.configFor(uri), speller: this.spellers })));
  private readonly workspace = new WorkspaceDiagnostics(this, () => this.settings.workspaceDiagnostics, this.spellers);
  private readonly diagnostics = new DiagnosticsPublisher(this, this.workspace);
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private clientLocale?: Lang;
  private canPullConfig = false;
  private canRegisterConfig = false;
  private canWatchFiles = false;
  private canDisable = false;
  private canResolve = false;
  private readonly configs = new ConfigCache();
  private workspaceFolders: string[] = [];

  constructor(readonly connection: Connection) {}

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized());
    c.onDidChangeConfiguration((p) => void this.configurationChanged(p.settings));
    c.onDidChangeWatchedFiles((p) => this.watchedFilesChanged(p.changes));
    const safe = <P, R>(fn: (p: P) => R, fallback: R) => this.safe(fn, fallback);
    const safeAsync = <P, R>(fn: (p: P) => Promise<R>, fallback: R) => this.safeAsync(fn, fallback);
    traceHandlers(c);
    registerFeatures(c, this, safe);
    registerRequests(c, this, safe, safeAsync);
    registerPull(c, this, this.diagnostics, this.workspace, safe);
    this.documents.onDidChangeContent((e) => {
      mark('changed', `v=${e.document.version}`);
      this.diagnostics.schedule(e.document.uri);
    });
    this.documents.onDidClose((e) => {
      this.analyses.delete(e.document.uri);
      this.diagnostics.closed(e.document.uri);
    });
    this.documents.listen(c);
    c.listen();
  }

  debounceMs(): number {
    return this.settings.debounceMs;
  }

  canDisableActions(): boolean {
    return this.canDisable;
  }

  canResolveActions(): boolean {
    return this.canResolve;
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
    this.canDisable = !!p.capabilities.textDocument?.codeAction?.disabledSupport;
    this.canResolve = !!p.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    this.workspaceFolders = (p.workspaceFolders ?? []).map((f) => URI.toPath(f.uri)).filter((x): x is string => !!x);
    if (this.workspaceFolders.length === 0 && p.rootUri) {
      const root = URI.toPath(p.rootUri);
      if (root) this.workspaceFolders.push(root);
    }
    const diagnosticProvider = this.workspace.initialize(p.capabilities);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '-', '{', '[', ','], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, ORDER_CLAUSES_KIND, ADD_MISSING_KIND], resolveProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        inlayHintProvider: true,
        ...(diagnosticProvider ? { diagnosticProvider } : {}),
      },
      serverInfo: { name: 'service-standard', version: toolVersion },
    };
  }

  /**
   * The client has the answer to `initialize`: the settings are pulled and the workspace scanned,
   * while the engine warms up until a document is opened. A document opened meanwhile was checked
   * with the settings of `initialize`: it is checked again if the pulled ones differ, and otherwise
   * published again only if the workspace's findings change what it shows.
   */
  private async initialized(): Promise<void> {
    void this.safeAsync(() => warmUp(() => this.documents.all().length > 0), undefined)(undefined);
    if (this.canRegisterConfig) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'serviceStandard' });
    const before = JSON.stringify(this.settings);
    if (this.canPullConfig) await this.pullSettings();
    if (this.canWatchFiles) void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS });
    await this.workspace.scan(this.workspaceFolders);
    const changed = JSON.stringify(this.settings) !== before;
    if (changed) this.analyses.clear();
    for (const doc of this.documents.all()) {
      if (changed) this.diagnostics.schedule(doc.uri, 0);
      else this.diagnostics.refresh(doc.uri);
    }
  }

  private async pullSettings(): Promise<void> {
    try {
      const raw = await this.connection.workspace.getConfiguration('serviceStandard');
      this.settings = readSettings(raw, { ...DEFAULT_SETTINGS, debounceMs: this.settings.debounceMs });
    } catch {
      // The client did not answer: keep what we have.
    }
  }

  /**
   * The client says the settings may have changed (VS Code also says so as it starts, twice): the
   * open documents are analysed again only if they did, as a large one takes a second.
   */
  private async configurationChanged(settings: unknown): Promise<void> {
    const before = JSON.stringify(this.settings);
    if (this.canPullConfig) await this.pullSettings();
    else this.settings = readSettings((settings as { serviceStandard?: unknown } | undefined)?.serviceStandard, this.settings);
    if (JSON.stringify(this.settings) !== before) this.revalidateAll();
  }

  /**
   * A config file changed: every file reads differently. A folder deleted or renamed (one event for
   * the folder, none for its config) or created (moved in with its config): the open documents
   * whose config that changes are checked again, before the workspace reads the files it concerns.
   */
  private watchedFilesChanged(changes: FileEvent[]): void {
    if (changes.some((c) => c.uri.endsWith('/.service-standard.yaml'))) {
      this.configs.clear();
      this.revalidateAll();
    } else this.recheck(this.configs.forget(createdOrDeleted(changes)));
    this.workspace.filesChanged(changes);
  }

  /** The words the open documents' spelling will look up in a language's dictionary. */
  private *wordsToLookUp(lang: SpellLang): Generator<string> {
    for (const a of this.analyses.current()) yield* wordsToLookUp(a.parsed.source, a.model.texts, lang);
  }

  /** The open documents in these directories are analysed again (their config changed). */
  private recheck(dirs: Set<string>): void {
    if (dirs.size === 0) return;
    for (const doc of this.documents.all()) {
      const path = URI.toPath(doc.uri);
      if (!path || !dirs.has(dirname(path))) continue;
      this.analyses.delete(doc.uri);
      this.diagnostics.schedule(doc.uri, 0);
    }
  }

  /**
   * The dictionaries are read: each open document is analysed again (one per turn of the event
   * loop, so that requests are answered in between), from its last analysis (the same text: only
   * the rules run again), and published if that changes it; so are the unopened files read without them.
   */
  private spellingReady(): void {
    const uris = this.documents.all().map((d) => d.uri);
    const next = (): void => {
      const uri = uris.shift();
      if (uri === undefined) return;
      if (this.documents.get(uri)) {
        this.analyses.renew(uri);
        this.diagnostics.refresh(uri);
      }
      setImmediate(next);
    };
    next();
    this.workspace.spellingReady();
  }

  private revalidateAll(): void {
    this.analyses.clear();
    this.workspace.revalidate();
    for (const doc of this.documents.all()) this.diagnostics.schedule(doc.uri, 0);
  }

  configFor(uri: string): Config {
    const path = URI.toPath(uri);
    const base = path ? this.configs.forFile(path).config : { rules: {} };
    return { ...base, rules: { ...base.rules, ...this.settings.rules } };
  }

  lang(uri?: string): Lang {
    if (this.settings.language !== 'auto') return this.settings.language;
    const path = uri ? URI.toPath(uri) : undefined;
    return (path ? this.configs.forFile(path).config.language : undefined) ?? this.clientLocale ?? 'en';
  }
}

if (require.main === module) {
  const server: Server = new Server(openConnection(() => server.lang()));
  startTimeline();
  server.listen();
  startMemoryLog();
}
