/**
 * The preview's views of a standard (the published text and the data view), answered from the
 * server's main code: the exports, compare and import are in `official.ts`, loaded when first asked
 * (`heavy.ts`).
 */
import type { Analysis } from '../core/engine';
import { viewBody } from '../core/render/view';
import type { Lang } from '../core/types';
import type { PreviewParams, PreviewReply } from '../protocol';

/** A language a client may ask for, or undefined for anything else it sends. */
export function knownLang(l: unknown): Lang | undefined {
  return l === 'kk' || l === 'ru' || l === 'en' ? l : undefined;
}

export function previewReply(analysis: Analysis, version: number, p: PreviewParams, uiLang: Lang): PreviewReply {
  const view = p.view === 'data' ? 'data' : 'document';
  return { version, ...viewBody(analysis, { view, lang: knownLang(p.lang), uiLang, showModelText: p.showModelText !== false }) };
}
