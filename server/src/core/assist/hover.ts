/** Hover help: on a key, its clause and the model's wording; on a value, its meaning or normalised reading. */
import { isMap, isScalar } from 'yaml';
import type { Analysis } from '../engine';
import type { Entry } from '../model/model';
import type { Lang } from '../types';
import { LANGS } from '../types';
import { isDuration, readDuration } from '../values/duration';
import { isMoney, readMoney } from '../values/money';
import { resolve } from './context';
import { enumHelp, fieldHelp, readingHelp } from './help';

export interface HoverResult {
  markdown: string;
  offset: [number, number];
}

const within = (r: [number, number] | undefined, offset: number) => !!r && offset >= r[0] && offset <= r[1];

const LANG_NAMES: Record<Lang, Record<Lang, string>> = {
  kk: { kk: 'қазақша мәтін', ru: 'текст на казахском', en: 'Kazakh text' },
  ru: { kk: 'орысша мәтін', ru: 'текст на русском', en: 'Russian text' },
  en: { kk: 'ағылшынша мәтін', ru: 'текст на английском', en: 'English text' },
};

export function hoverAt(analysis: Analysis, offset: number, lang: Lang): HoverResult | undefined {
  const { model, catalog } = analysis;
  if (!catalog) return undefined;
  const langs = model.languages.length ? model.languages : (['kk', 'ru'] as Lang[]);
  let best: { e: Entry; on: 'key' | 'value' } | undefined;
  for (const e of model.entries.values()) {
    if (e.field && within(e.keyRange, offset)) return { markdown: fieldHelp(catalog, e.field, lang, langs), offset: e.keyRange! };
    if (within(e.range, offset) && e.node && !isMap(e.node) && (!best || e.range[1] - e.range[0] <= best.e.range[1] - best.e.range[0])) best = { e, on: 'value' };
  }
  // A language key inside a text mapping: `kk:`.
  for (const t of model.texts) {
    const parent = model.get(t.path.slice(0, t.path.lastIndexOf('.')));
    if (!parent || !isMap(parent.node)) continue;
    const pair = parent.node.items.find((p) => isScalar(p.key) && p.key.value === t.lang);
    const kr = isScalar(pair?.key) ? pair!.key.range : undefined;
    if (kr && offset >= kr[0] && offset <= kr[1]) return { markdown: LANGS.map((l) => LANG_NAMES[t.lang][l]).join(' · '), offset: [kr[0], kr[1]] };
  }
  if (!best) return undefined;
  const e = best.e;
  const type = resolve(catalog, e.type);
  if (type?.kind === 'enum' && typeof e.value === 'string') {
    const v = type.values.find((x) => x.value === e.value);
    if (v) return { markdown: enumHelp(v, lang), offset: e.range };
  }
  if (isDuration(e.value)) return { markdown: readingHelp(readDuration(e.value), lang), offset: e.range };
  if (isMoney(e.value)) return { markdown: readingHelp(readMoney(e.value), lang), offset: e.range };
  if (e.field) return { markdown: fieldHelp(catalog, e.field, lang, langs), offset: e.range };
  return undefined;
}
