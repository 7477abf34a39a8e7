/**
 * The live preview: one webview panel per document, rendered by the server with the same renderers
 * as `service-standard render`: the published text (the default view, in the standard's first
 * language) or the data view; updated while typing, scroll-synced both ways.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { makeNonce, renderPage } from '../../../server/src/core/render/page';
import type { Lang } from '../../../server/src/core/types';
import { PreviewRequest, type PreviewReply, type PreviewView } from '../../../server/src/protocol';
import { t, uiLang } from '../i18n';

const VIEW_TYPE = 'serviceStandard.preview';
const SAFE_LINK = /^(https:|mailto:|tel:)/i;

interface PanelState {
  uri: string;
  lang?: Lang;
  view?: PreviewView;
}

type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'lang'; lang: Lang }
  | { type: 'view'; view: PreviewView }
  | { type: 'open'; href: string };

function setting<T>(key: string, fallback: T): T {
  return vscode.workspace.getConfiguration('serviceStandard').get<T>(key, fallback);
}

class Preview implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer?: NodeJS.Timeout;
  private lastLine = -1;
  lang?: Lang;
  view: PreviewView;
  /** The language of the text last shown. */
  shownLang?: Lang;

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly onDispose: () => void,
    lang?: Lang,
    view?: PreviewView,
  ) {
    this.lang = lang;
    this.view = view ?? 'document';
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromWebview) => void this.receive(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() !== uri.toString() || !setting('preview.scrollSync', true)) return;
        const line = e.visibleRanges[0]?.start.line ?? 0;
        if (line !== this.lastLine) void panel.webview.postMessage({ type: 'scroll', line });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('serviceStandard')) this.schedule(0);
      }),
    );
    void this.render();
  }

  /** The whole page once; later updates replace only the body, so the scroll position stays. */
  private async render(): Promise<void> {
    const reply = await this.fetch();
    const nonce = makeNonce();
    const script = this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.js'));
    this.panel.title = t('Preview: {0}', reply?.title ?? this.uri.path.split('/').pop()!);
    if (reply) this.shown(reply);
    this.panel.webview.html = renderPage(reply?.body ?? '', {
      lang: reply?.lang ?? this.lang ?? 'kk',
      title: reply?.title ?? '',
      nonce,
      cspSource: this.panel.webview.cspSource,
      scripts: [script.toString()],
      toolbar: true,
      view: reply?.view ?? this.view,
      uiLang: uiLanguage(),
    });
  }

  private fetch(): Promise<PreviewReply | null> {
    // The published text is in the standard's own first language unless one is chosen; the data
    // view follows the editor's language.
    const lang = this.lang ?? (this.view === 'document' ? documentLanguage() : previewLanguage());
    return this.client
      .sendRequest(PreviewRequest, { uri: this.uri.toString(), lang, view: this.view, showModelText: setting('preview.showModelText', true) })
      .catch(() => null);
  }

  private shown(reply: PreviewReply): void {
    this.shownLang = reply.lang;
  }

  schedule(delay = setting('preview.debounceMs', 250)): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const reply = await this.fetch();
    if (!reply) return;
    this.shown(reply);
    this.panel.title = t('Preview: {0}', reply.title);
    void this.panel.webview.postMessage({ type: 'update', body: reply.body, lang: reply.lang, view: reply.view, langs: reply.langs });
  }

  /** The editor's top line, for the preview to scroll to after it changes view. */
  private editorLine(): number | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString())?.visibleRanges[0]?.start.line;
  }

  private async receive(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready': {
        void this.panel.webview.postMessage({ type: 'state', state: this.state() });
        const line = this.editorLine();
        if (line !== undefined) void this.panel.webview.postMessage({ type: 'scroll', line });
        return;
      }
      case 'view':
        if (m.view === 'document' || m.view === 'data') {
          this.view = m.view;
          await this.update();
          void this.panel.webview.postMessage({ type: 'state', state: this.state() });
          const line = this.editorLine();
          if (line !== undefined) void this.panel.webview.postMessage({ type: 'scroll', line });
        }
        return;
      case 'reveal': {
        const line = Math.max(0, Math.floor(Number(m.line)) || 0);
        this.lastLine = line;
        const doc = await vscode.workspace.openTextDocument(this.uri);
        const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString())?.viewColumn ?? vscode.ViewColumn.One;
        const pos = new vscode.Position(Math.min(line, doc.lineCount - 1), 0);
        await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(pos, pos), preserveFocus: false });
        return;
      }
      case 'lang':
        if (isLang(m.lang)) {
          this.lang = m.lang;
          await this.update();
          void this.panel.webview.postMessage({ type: 'state', state: this.state() });
        }
        return;
      case 'open': {
        const href = String(m.href);
        if (!SAFE_LINK.test(href)) return;
        await vscode.env.openExternal(vscode.Uri.parse(href, true));
        return;
      }
    }
  }

  state(): PanelState {
    return { uri: this.uri.toString(), lang: this.lang, view: this.view };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
    this.onDispose();
  }
}

/** A language the preview knows; anything else (a setting, a restored panel's state) is not trusted. */
function isLang(l: unknown): l is Lang {
  return l === 'kk' || l === 'ru' || l === 'en';
}

/** The editor's display language, for the toolbar's titles. */
/** The toolbar's language: `serviceStandard.language`, else VS Code's display language. */
function uiLanguage(): Lang {
  return uiLang();
}

/** The published text's language when one is set for the preview; else the standard's own. */
function documentLanguage(): Lang | undefined {
  const l = setting<string>('preview.language', 'auto');
  return isLang(l) ? l : undefined;
}

function previewLanguage(): Lang | undefined {
  const l = setting<string>('preview.language', 'auto');
  const general = setting<string>('language', 'auto');
  const pick = l !== 'auto' ? l : general;
  return isLang(pick) ? pick : undefined;
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: PanelState | undefined) => {
          if (!state?.uri) {
            panel.dispose();
            return;
          }
          this.add(vscode.Uri.parse(state.uri), panel, isLang(state.lang) ? state.lang : undefined, state.view === 'data' ? 'data' : undefined);
        },
      }),
    );
  }

  open(uri: vscode.Uri | undefined, toSide: boolean): void {
    if (!uri) return;
    const existing = this.previews.get(uri.toString());
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (existing) {
      existing.panel.reveal(column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, t('Preview'), { viewColumn: column, preserveFocus: toSide }, { enableScripts: true, enableFindWidget: true });
    this.add(uri, panel);
  }

  private add(uri: vscode.Uri, panel: vscode.WebviewPanel, lang?: Lang, view?: PreviewView): void {
    const key = uri.toString();
    const preview = new Preview(uri, panel, this.context, this.client, () => this.previews.delete(key), lang, view);
    this.previews.set(key, preview);
  }

  languageFor(uri: vscode.Uri): Lang | undefined {
    return this.previews.get(uri.toString())?.lang ?? previewLanguage();
  }

  /** The standard of the preview panel in front, if one is. */
  activeUri(): vscode.Uri | undefined {
    return [...this.previews.values()].find((p) => p.panel.active)?.uri;
  }

  /** The published text's language the preview shows (or is set to), for the exports. */
  documentLanguageFor(uri: vscode.Uri): Lang | undefined {
    const p = this.previews.get(uri.toString());
    return (p?.view === 'document' ? p.shownLang : p?.lang) ?? documentLanguage();
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
