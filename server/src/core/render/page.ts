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
  /** With the toolbar: the view shown, and the switch between the document and the data view. */
  view?: 'document' | 'data';
  /** Language of the toolbar's own titles (the editor's); the standard's language when absent. */
  uiLang?: Lang;
}

const TOOLBAR_LABEL: Localized = { kk: 'Тіл', ru: 'Язык', en: 'Language' };
const VIEW_LABEL: Localized = { kk: 'Көрініс', ru: 'Вид', en: 'View' };
const VIEWS: { view: 'document' | 'data'; label: Localized; title: Localized }[] = [
  { view: 'document', label: { kk: 'Құжат', ru: 'Документ', en: 'Document' }, title: { kk: 'Жарияланатын мәтін, ресми құжаттағыдай', ru: 'Публикуемый текст, как в официальном документе', en: 'The published text, as the official document reads' } },
  { view: 'data', label: { kk: 'Деректер', ru: 'Данные', en: 'Data' }, title: { kk: 'Үлгі стандарттың тармақтары бойынша мәндер (тексеруге)', ru: 'Значения по пунктам типового стандарта (для проверки)', en: 'The values clause by clause against the model (for review)' } },
];

function toolbarHtml(o: PageOptions): string {
  const ui = o.uiLang ?? o.lang;
  const views = o.view
    ? `<span class="views" role="group" aria-label="${esc(VIEW_LABEL[ui])}">${VIEWS.map(
        (v) => `<button type="button" data-view="${v.view}" title="${esc(v.title[ui])}" aria-pressed="${v.view === o.view}">${esc(v.label[ui])}</button>`,
      ).join('')}</span>`
    : '';
  const langs = `<span class="langs" role="group" aria-label="${esc(TOOLBAR_LABEL[ui])}">${(['kk', 'ru', 'en'] as Lang[])
    .map((l) => `<button type="button" data-lang="${l}"${l === o.lang ? ' aria-pressed="true"' : ''}>${l}</button>`)
    .join('')}</span>`;
  return `<nav class="toolbar"${o.view ? ` data-view="${o.view}"` : ''}>${views}${langs}</nav>`;
}

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
  const toolbar = o.toolbar ? toolbarHtml(o) : '';
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

