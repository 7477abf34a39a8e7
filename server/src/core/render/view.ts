/**
 * The preview's two views of a standard: the published text (as a ministry files it, the default)
 * and the data view (every value against the model's layout, for reviewers).
 */
import type { Analysis } from '../engine';
import { composeOfficial, defaultOfficialLang, officialLanguages } from '../official/compose';
import { officialHtml } from '../official/html';
import { LANGS, type Lang } from '../types';
import { pageTitle, renderBody } from './html';

export type View = 'document' | 'data';

export interface ViewOptions {
  view: View;
  /** The language asked for; the document view falls back to the standard's first declared one. */
  lang?: Lang;
  /** The data view's language when none is asked for (the editor's). */
  uiLang: Lang;
  showModelText?: boolean;
}

export interface ViewBody {
  view: View;
  lang: Lang;
  /** Languages the view can be shown in. */
  langs: Lang[];
  title: string;
  body: string;
}

/** The body of the view asked for; a standard whose edition has no published text gets the data view. */
export function viewBody(analysis: Analysis, o: ViewOptions): ViewBody {
  const langs = officialLanguages(analysis.catalog);
  if (o.view === 'document' && langs.length) {
    const lang = o.lang && langs.includes(o.lang) ? o.lang : defaultOfficialLang(analysis);
    const doc = composeOfficial(analysis, lang);
    if (doc) return { view: 'document', lang, langs, title: pageTitle(analysis, lang), body: officialHtml(doc) };
  }
  const lang = o.lang ?? o.uiLang;
  return { view: 'data', lang, langs: [...LANGS], title: pageTitle(analysis, lang), body: renderBody(analysis, lang, o.showModelText ?? true) };
}
