/** The page around a rendered standard: CSP with a nonce, the stylesheet, the optional language switch. */
import escapeHtml from 'escape-html';
import type { Lang, Localized } from '../types';
import type { RenderOptions } from './html';
import { PREVIEW_CSS } from './style';

const esc = (s: string) => escapeHtml(s);

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PageOptions extends RenderOptions {
  title: string;
  /** Language buttons (kk / ru / en) above the standard, for the editor's preview. */
  toolbar?: boolean;
}

const TOOLBAR_LABEL: Localized = { kk: 'Тіл', ru: 'Язык', en: 'Language' };

/** The page around a rendered body, with a strict Content-Security-Policy. */
export function renderPage(body: string, o: PageOptions): string {
  const nonce = o.nonce ?? makeNonce();
  const src = o.cspSource ? ` ${o.cspSource}` : '';
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'${src}`,
    `script-src 'nonce-${nonce}'`,
    `img-src${src || " 'none'"}`,
    `font-src${src || " 'none'"}`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const scripts = (o.scripts ?? []).map((s) => `<script nonce="${nonce}" src="${esc(s)}"></script>`).join('\n');
  const toolbar = o.toolbar
    ? `<nav class="toolbar" aria-label="${esc(TOOLBAR_LABEL[o.lang])}">${(['kk', 'ru', 'en'] as Lang[])
        .map((l) => `<button type="button" data-lang="${l}"${l === o.lang ? ' aria-pressed="true"' : ''}>${l}</button>`)
        .join('')}</nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="${esc(o.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
${toolbar}
<div id="standard">${body}</div>
${scripts}
</body>
</html>
`;
}

