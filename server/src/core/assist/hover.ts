/** Hover help: on a key, its clause and the model's wording; on a value, its meaning or normalised reading. */
import { isMap, isScalar } from 'yaml';
import type { Analysis } from '../engine';
import type { Entry, Model } from '../model/model';
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

const LANG_NAMES: Record<Lang, Record<Lang, string>> = {
  kk: { kk: 'қазақша мәтін', ru: 'текст на казахском', en: 'Kazakh text' },
  ru: { kk: 'орысша мәтін', ru: 'текст на русском', en: 'Russian text' },
  en: { kk: 'ағылшынша мәтін', ru: 'текст на английском', en: 'English text' },
};

/**
 * Where a hover can land in one version's model, read once per model (a writer's pointer sends a
 * hover at every stop): the key ranges of the entries with a field, the value ranges of the
 * entries that are not mappings, and the language keys of the texts (`kk:`), each in the model's
 * order, as plain offsets.
 */
interface Spots {
  keys: Int32Array;
  keyEntries: Entry[];
  values: Int32Array;
  valueEntries: Entry[];
  langs: Int32Array;
  langOf: Lang[];
}

const spotsOf = new WeakMap<Model, Spots>();

function spots(model: Model): Spots {
  let made = spotsOf.get(model);
  if (!made) spotsOf.set(model, (made = { ...entrySpots(model), ...langSpots(model) }));
  return made;
}

function entrySpots(model: Model): Pick<Spots, 'keys' | 'keyEntries' | 'values' | 'valueEntries'> {
  const keys: number[] = [];
  const keyEntries: Entry[] = [];
  const values: number[] = [];
  const valueEntries: Entry[] = [];
  for (const e of model.entries.values()) {
    if (e.field && e.keyRange) {
      keys.push(e.keyRange[0], e.keyRange[1]);
      keyEntries.push(e);
    }
    if (e.node && !isMap(e.node)) {
      values.push(e.range[0], e.range[1]);
      valueEntries.push(e);
    }
  }
  return { keys: Int32Array.from(keys), keyEntries, values: Int32Array.from(values), valueEntries };
}

/** The key of each text's language in its mapping (the first such key, when it is repeated). */
function langSpots(model: Model): Pick<Spots, 'langs' | 'langOf'> {
  const langs: number[] = [];
  const langOf: Lang[] = [];
  for (const t of model.texts) {
    const parent = model.get(t.path.slice(0, t.path.lastIndexOf('.')));
    if (!parent || !isMap(parent.node)) continue;
    const pair = parent.node.items.find((p) => isScalar(p.key) && p.key.value === t.lang);
    if (!isScalar(pair?.key) || !pair.key.range) continue;
    langs.push(pair.key.range[0], pair.key.range[1]);
    langOf.push(t.lang);
  }
  return { langs: Int32Array.from(langs), langOf };
}

/** The first of the ranges (pairs of offsets) that holds `offset`, or -1. */
function firstHolding(ranges: Int32Array, offset: number): number {
  for (let i = 0; i < ranges.length; i += 2) if (offset >= ranges[i] && offset <= ranges[i + 1]) return i / 2;
  return -1;
}

/** The narrowest of the ranges that holds `offset` (the later of two as narrow), or -1. */
function narrowestHolding(ranges: Int32Array, offset: number): number {
  let best = -1;
  let width = Infinity;
  for (let i = 0; i < ranges.length; i += 2) {
    if (offset < ranges[i] || offset > ranges[i + 1] || ranges[i + 1] - ranges[i] > width) continue;
    best = i / 2;
    width = ranges[i + 1] - ranges[i];
  }
  return best;
}

export function hoverAt(analysis: Analysis, offset: number, lang: Lang): HoverResult | undefined {
  const { model, catalog } = analysis;
  if (!catalog) return undefined;
  const langs = model.languages.length ? model.languages : (['kk', 'ru'] as Lang[]);
  const at = spots(model);
  const key = at.keyEntries[firstHolding(at.keys, offset)];
  if (key?.field) return { markdown: fieldHelp(catalog, key.field, lang, langs), offset: key.keyRange! };
  // A language key inside a text mapping: `kk:`.
  const l = firstHolding(at.langs, offset);
  if (l >= 0) return { markdown: LANGS.map((x) => LANG_NAMES[at.langOf[l]][x]).join(' · '), offset: [at.langs[2 * l], at.langs[2 * l + 1]] };
  const e = at.valueEntries[narrowestHolding(at.values, offset)];
  if (!e) return undefined;
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
