/**
 * The live preview: one webview panel per document, rendered by the server with the same renderer
 * as `service-standard render`, updated while typing, scroll-synced both ways.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { makeNonce, renderPage } from '../../../server/src/core/render/page';
import type { Lang } from '../../../server/src/core/types';

const VIEW_TYPE = 'serviceStandard.preview';
const SAFE_LINK = /^(https:|mailto:|tel:)/i;

interface PreviewReply {
  version: number;
  lang: Lang;
  title: string;
  body: string;
}

interface PanelState {
  uri: string;
  lang?: Lang;
}

type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'lang'; lang: Lang } | { type: 'open'; href: string };

function setting<T>(key: string, fallback: T): T {
  return vscode.workspace.getConfiguration('serviceStandard').get<T>(key, fallback);
}

class Preview implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer?: NodeJS.Timeout;
  private lastLine = -1;
  lang?: Lang;

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly onDispose: () => void,
    lang?: Lang,
  ) {
    this.lang = lang;
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
    this.panel.title = vscode.l10n.t('Preview: {0}', reply?.title ?? this.uri.path.split('/').pop()!);
    this.panel.webview.html = renderPage(reply?.body ?? '', {
      lang: reply?.lang ?? this.lang ?? 'kk',
      title: reply?.title ?? '',
      nonce,
      cspSource: this.panel.webview.cspSource,
      scripts: [script.toString()],
      toolbar: true,
    });
  }

  private fetch(): Promise<PreviewReply | null> {
    return this.client
      .sendRequest<PreviewReply | null>('serviceStandard/preview', {
        uri: this.uri.toString(),
        lang: this.lang ?? previewLanguage(),
        showModelText: setting('preview.showModelText', true),
      })
      .catch(() => null);
  }

  schedule(delay = setting('preview.debounceMs', 250)): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const reply = await this.fetch();
    if (!reply) return;
    this.panel.title = vscode.l10n.t('Preview: {0}', reply.title);
    void this.panel.webview.postMessage({ type: 'update', body: reply.body, lang: reply.lang });
  }

  private async receive(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready': {
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
        if (editor) void this.panel.webview.postMessage({ type: 'scroll', line: editor.visibleRanges[0]?.start.line ?? 0 });
        return;
      }
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
    return { uri: this.uri.toString(), lang: this.lang };
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
          this.add(vscode.Uri.parse(state.uri), panel, isLang(state.lang) ? state.lang : undefined);
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
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Preview'), { viewColumn: column, preserveFocus: toSide }, { enableScripts: true, enableFindWidget: true });
    this.add(uri, panel);
  }

  private add(uri: vscode.Uri, panel: vscode.WebviewPanel, lang?: Lang): void {
    const key = uri.toString();
    const preview = new Preview(uri, panel, this.context, this.client, () => this.previews.delete(key), lang);
    this.previews.set(key, preview);
  }

  languageFor(uri: vscode.Uri): Lang | undefined {
    return this.previews.get(uri.toString())?.lang ?? previewLanguage();
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
