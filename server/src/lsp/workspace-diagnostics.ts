/**
 * The workspace's standards that are not open: read in slices (so that requests stay answered),
 * indexed by service code, and, under `serviceStandard.workspaceDiagnostics`, their problems shown:
 * pushed to a client that does not pull, reported through `workspace/diagnostic` to one that does.
 * An open document's live problems take over from its disk ones; closing it brings them back.
 * They are found as `lint` finds them, spelling included once the dictionaries are read: a file
 * read before that is read again then.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type DiagnosticOptions,
  type FileEvent,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from './library';
import { analyze } from '../core/engine';
import type { SpellerProvider } from '../core/rules/text/speller';
import { codeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Lang, Localized } from '../core/types';
import { readStandard } from '../node/read';
import type { ServerContext } from './context';
import { toDiagnostic, toRange } from './convert';
import { DiskDiagnostics, emptyId } from './disk-diagnostics';
import { affectedFiles } from './folder-events';
import { RefreshRequests } from './refresh';
import { isWorkspaceStandard, listStandards, scanProgress } from './scan';
import type { WorkspaceDiagnosticsSetting } from './settings';
import { URI } from './uri';

/** `auto` shows the problems of unopened files up to this many standards. */
export const AUTO_LIMIT = 500;
/** Milliseconds of reading before the scan lets other work run. */
const SLICE_MS = 15;

function overLimit(n: number): Localized {
  const key = '"serviceStandard.workspaceDiagnostics": "on"';
  return {
    kk: `service-standard: жұмыс аймағында ${n} стандарт бар (${AUTO_LIMIT}-ден көп), сондықтан ашылмаған файлдардың ақаулары көрсетілмейді. Оларды көрсету үшін баптауға ${key} жазыңыз.`,
    ru: `service-standard: в рабочей области ${n} стандартов (больше ${AUTO_LIMIT}), поэтому проблемы неоткрытых файлов не показываются. Чтобы их показать, задайте в настройках ${key}.`,
    en: `service-standard: the workspace has ${n} standards (over ${AUTO_LIMIT}), so the problems of files that are not open are not shown. To show them, set ${key}.`,
  };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceDiagnostics {
  /** The client pulls diagnostics: nothing is pushed. */
  pull = false;
  /** Publishes an open document again (its workspace findings changed). */
  publishOpen: (uri: string) => void = () => undefined;
  private refreshSupport = false;
  private folders: string[] = [];
  private enabled = false;
  private told = false;
  private readonly known = new Set<string>();
  private readonly disk: DiskDiagnostics;
  /** Push: the result id last sent for each unopened file. */
  private readonly sent = new Map<string, string>();
  /** Pull: files whose problems the client may still show and must drop. */
  private readonly stale = new Set<string>();
  private readonly queue = new Set<string>();
  /** Files whose problems were found without a dictionary they needed (not read yet). */
  private readonly unspelled = new Set<string>();
  private running?: Promise<void>;
  private processed = 0;
  /** Pull: the refreshes asked for (see `refresh.ts`). */
  readonly refreshes = new RefreshRequests(
    () => void this.ctx.connection.languages.diagnostics.refresh().catch(() => undefined),
    (uri) => this.reportState(uri),
  );
  private settingsChanges = 0;

  constructor(
    private readonly ctx: ServerContext,
    private readonly mode: () => WorkspaceDiagnosticsSetting,
    private readonly spellers: SpellerProvider,
  ) {
    this.disk = new DiskDiagnostics(ctx);
  }

  /** Pull when the client says it can (`textDocument.diagnostic`); returns the capability to announce then. */
  initialize(caps: ClientCapabilities): DiagnosticOptions | undefined {
    this.pull = !!caps.textDocument?.diagnostic;
    this.refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    return this.pull ? { identifier: 'service-standard', interFileDependencies: true, workspaceDiagnostics: true } : undefined;
  }

  /** Reads every standard of the folders once, with progress. */
  async scan(folders: string[]): Promise<void> {
    this.folders = folders;
    const uris = listStandards(folders);
    for (const u of uris) this.known.add(u);
    this.decide();
    const progress = await scanProgress(this.ctx.connection, uris.length);
    const start = this.processed;
    const timer = setInterval(() => progress.report(this.processed - start), 200);
    try {
      await this.enqueue(uris);
    } finally {
      clearInterval(timer);
      progress.done();
    }
  }

  /** The settings or a config file changed: the mode may change, and every file reads differently. */
  revalidate(): void {
    this.settingsChanges++;
    this.decide();
    if (this.enabled) void this.enqueue(this.known);
  }

  /** `workspace/didChangeWatchedFiles`: standards created, changed or deleted on disk, or folders of them. */
  filesChanged(changes: FileEvent[]): void {
    const tracked = () => new Set([...this.known, ...this.disk.uris(), ...this.ctx.codes.uris()]);
    const uris = affectedFiles(changes, this.folders, tracked);
    if (uris.length === 0) return;
    for (const u of uris) this.known.add(u);
    this.decide();
    void this.enqueue(uris);
  }

  /** The dictionaries are read: the files whose problems lacked them are read again (in slices). */
  spellingReady(): void {
    const uris = [...this.unspelled];
    this.unspelled.clear();
    if (uris.length > 0) void this.enqueue(uris);
  }

  /** A document closed: its disk problems come back (or it shows none), and it counts as it is on disk. */
  closed(uri: string): void {
    // The client shows the live problems until something replaces them.
    this.sent.set(uri, 'live');
    this.refreshes.closed(uri);
    if (this.pull) this.stale.add(uri);
    const onDisk = !!URI.toPath(uri);
    if (!onDisk || !this.enabled || !isWorkspaceStandard(uri, this.folders)) this.clear(uri);
    if (onDisk) void this.enqueue([uri]);
  }

  /** What an open document's report is made from: its version, the settings and shared codes, its analysis's epoch (dictionaries read). */
  reportState(uri: string): string {
    return `${this.ctx.documents.get(uri)?.version}:${this.settingsChanges}:${this.ctx.codes.updates}:${this.ctx.analyses.epoch(uri)}`;
  }

  /** What the editor shows for a file that is not open. */
  render(uri: string) {
    return this.ctx.documents.get(uri) ? [] : this.disk.render(uri);
  }

  /** The `workspace/diagnostic` report: every unopened file with problems kept, `unchanged` where the client has them. */
  report(previous: { uri: string; value: string }[]): WorkspaceDiagnosticReport {
    const prev = new Map(previous.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const uri of this.disk.uris()) {
      if (this.ctx.documents.get(uri)) continue;
      const resultId = this.disk.resultId(uri);
      if (prev.get(uri) === resultId) items.push({ kind: 'unchanged', uri, version: null, resultId });
      else items.push({ kind: 'full', uri, version: null, resultId, items: this.disk.render(uri) });
    }
    for (const uri of new Set([...this.stale, ...prev.keys()])) {
      if (this.disk.has(uri) || this.ctx.documents.get(uri) || prev.get(uri) === emptyId()) continue;
      items.push({ kind: 'full', uri, version: null, resultId: emptyId(), items: [] });
    }
    this.stale.clear();
    return { items };
  }

  /** The files sharing any of these codes show their findings again (all but `except`). */
  publishSharing(codes: Set<string | undefined>, except?: string): void {
    const uris = new Set([...codes].flatMap((c) => this.ctx.codes.sharing(c)));
    for (const uri of uris) {
      if (uri === except) continue;
      if (this.ctx.documents.get(uri)) this.publishOpen(uri);
      else if (this.disk.has(uri)) this.emit(uri);
    }
  }

  /** Pull: asks the client to pull again (see `refresh.ts`); `settled`: only because this open document's edit settled. */
  requestRefresh(settled?: string): void {
    if (!this.pull || !this.refreshSupport) return;
    if (settled === undefined) this.refreshes.request();
    else this.refreshes.requestFor(settled);
  }

  private decide(): void {
    const mode = this.mode();
    const was = this.enabled;
    this.enabled = mode === 'on' || (mode === 'auto' && this.known.size <= AUTO_LIMIT);
    if (mode === 'auto' && !this.enabled && !this.told) {
      this.told = true;
      void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: overLimit(this.known.size)[this.ctx.lang()] });
    }
    if (was && !this.enabled) {
      for (const uri of this.disk.uris()) this.clear(uri);
      this.requestRefresh();
    }
  }

  private enqueue(uris: Iterable<string>): Promise<void> {
    for (const u of uris) this.queue.add(u);
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (this.queue.size) void this.enqueue([]);
      });
    }
    return this.running;
  }

  /**
   * Reads the queued files, yielding to the event loop every `SLICE_MS`; a pulling client is asked to
   * pull again if a file was read (not if all were open: a saved document's problems are its text's).
   */
  private async drain(): Promise<void> {
    const changed = new Set<string | undefined>();
    let readAny = false;
    // Date.now(), not performance.now(): the latter loads perf_hooks, at a server's start (~3 ms).
    let slice = Date.now();
    while (this.queue.size) {
      const uri: string = this.queue.values().next().value!;
      this.queue.delete(uri);
      try {
        if (await this.read(uri, changed)) readAny = true;
      } catch (err) {
        this.ctx.connection.console.error(`service-standard: ${uri}: ${String(err)}`);
      }
      this.processed++;
      if (Date.now() - slice > SLICE_MS) {
        await nextTick();
        slice = Date.now();
      }
    }
    this.publishSharing(changed);
    if (readAny) this.requestRefresh();
  }

  /** Reads one unopened file (never over the size limit): its code, and its problems when they are shown; false if it is open. */
  private async read(uri: string, changed: Set<string | undefined>): Promise<boolean> {
    if (this.ctx.documents.get(uri)) return false;
    const path = URI.toPath(uri);
    const read = path ? await readStandard(path) : undefined;
    // Opened while it was read: the live text counts.
    if (this.ctx.documents.get(uri)) return false;
    this.unspelled.delete(uri);
    const before = this.ctx.codes.get(uri)?.code;
    if (!read || !('text' in read)) {
      if (!read || !('tooLarge' in read)) this.known.delete(uri);
      if (this.ctx.codes.set(uri, undefined)) changed.add(before);
      this.clear(uri);
      return true;
    }
    const shown = this.enabled && isWorkspaceStandard(uri, this.folders);
    let unspelled = false;
    // Only shown problems are spelt; a dictionary not read yet is asked for, and the file read again once it is.
    const speller: SpellerProvider = (lang) => {
      const found = this.spellers(lang);
      if (!found) unspelled = true;
      return found;
    };
    const analysis = analyze(read.text, { config: this.ctx.configFor(uri), oneShot: true, ...(shown ? { speller } : {}) });
    const doc = TextDocument.create(uri, 'service-standard', 0, read.text);
    const site = codeSite(uri, analysis.model);
    if (this.ctx.codes.set(uri, site, site && toRange(doc, site.offset))) changed.add(before).add(site?.code);
    if (!shown) {
      this.clear(uri);
      return true;
    }
    if (unspelled) this.unspelled.add(uri);
    const lang: Lang = this.ctx.lang(uri);
    this.disk.set(uri, analysis.diagnostics.map((d) => toDiagnostic(doc, d, lang)));
    this.emit(uri);
    return true;
  }

  /** Shows an unopened file's problems: pushed when they changed, or left for the next pull. */
  private emit(uri: string): void {
    if (this.ctx.documents.get(uri)) return;
    // Pull: the next workspace pull reports it (the reading's end asks for one).
    if (this.pull) return;
    const resultId = this.disk.resultId(uri);
    if (this.sent.get(uri) === resultId) return;
    this.sent.set(uri, resultId);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: this.disk.render(uri) });
  }

  /** The file shows no problems (unless it is open). */
  private clear(uri: string): void {
    const had = this.disk.delete(uri);
    if (this.ctx.documents.get(uri)) return;
    if (this.pull) {
      if (had) this.stale.add(uri);
    } else if (this.sent.delete(uri)) {
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
