/**
 * Known Kazakh words: every word of the catalog's kk texts (titles, help, the model's wording)
 * and of the model's own text. A look-alike letter with several readings is fixed without a
 * look only when exactly one reading makes a known word.
 */
import type { Catalog } from '../../catalog/types';
import { SEED_WORDS_KK } from './seed-words';

const WORD = /[\p{L}\p{M}]+/gu;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\p{M}]{2,}$/u;
const cache = new WeakMap<object, ReadonlySet<string>>();
const EMPTY = {};

function collect(v: unknown, inKk: boolean, out: Set<string>, seen: WeakSet<object>): void {
  if (typeof v === 'string') {
    if (!inKk) return;
    // One-letter words (`Қ.` as an initial) tell nothing about a reading; template keys are Latin.
    for (const m of v.matchAll(WORD)) if (CYRILLIC_WORD.test(m[0])) out.add(m[0].toLowerCase());
    return;
  }
  if (!v || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (Array.isArray(v)) {
    for (const x of v) collect(x, inKk, out, seen);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    const lang = k === 'kk' ? true : k === 'ru' || k === 'en' ? false : inKk;
    collect(x, lang, out, seen);
  }
}

/** The known kk words of an edition (the model's own words alone without one), lower-case. */
export function knownKazakhWords(catalog: Catalog | undefined): ReadonlySet<string> {
  const key = catalog ?? EMPTY;
  let words = cache.get(key);
  if (!words) {
    const out = new Set<string>(SEED_WORDS_KK);
    if (catalog) collect(catalog, false, out, new WeakSet());
    words = out;
    cache.set(key, words);
  }
  return words;
}
