/**
 * The hunspell dictionaries on disk, loaded on first use: Kazakh from `dictionaries/kk/`
 * (Debian's hunspell-kk, with the project's `extra.dic`), Russian from the `dictionary-ru`
 * package. The build copies both into `dist/dictionaries/`, beside the bundled CLI and server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SpellLang, Speller, SpellerProvider } from '../../core/rules/text/speller';
import { Hunspell } from './hunspell';
import { KazakhForms } from './kazakh-forms';
import { suggestions } from './suggest';

interface Files {
  aff: string;
  dic: string;
  extra?: string;
}

/** Where each dictionary may be: beside the bundle, or in the checkout (sources, tests). */
const PLACES: Record<SpellLang, { dir: string; aff: string; dic: string }[]> = {
  kk: [{ dir: 'dictionaries/kk', aff: 'kk_KZ.aff', dic: 'kk_KZ.dic' }],
  ru: [
    { dir: 'dictionaries/ru', aff: 'index.aff', dic: 'index.dic' },
    { dir: 'node_modules/dictionary-ru', aff: 'index.aff', dic: 'index.dic' },
  ],
};

/** The first of `paths` found in `from` or a folder above it. */
function findUp(from: string, paths: string[]): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const p of paths) if (existsSync(join(dir, p))) return join(dir, p);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The affix and dictionary files of a language, and the project's own words for it (`extra.dic`). */
export function dictionaryFiles(lang: SpellLang, from = __dirname): Files | undefined {
  const aff = findUp(from, PLACES[lang].map((p) => join(p.dir, p.aff)));
  if (!aff) return undefined;
  const place = PLACES[lang].find((p) => aff.endsWith(join(p.dir, p.aff)))!;
  return { aff, dic: join(dirname(aff), place.dic), extra: findUp(from, [`dictionaries/${lang}/extra.dic`]) };
}

const MAX_CACHED = 5000;

export class DictionarySpeller implements Speller {
  private readonly forms?: KazakhForms;
  private readonly cache = new Map<string, string[]>();
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly lang: SpellLang,
    private readonly dict: Hunspell,
  ) {
    if (lang === 'kk') this.forms = new KazakhForms(dict);
  }

  correct(word: string): boolean {
    let ok = this.known.get(word);
    if (ok === undefined) {
      ok = this.dict.correct(word) || (this.forms?.known(word.toLowerCase()) ?? false);
      if (this.known.size > 10_000) this.known.clear();
      this.known.set(word, ok);
    }
    return ok;
  }

  suggest(word: string): string[] {
    let s = this.cache.get(word);
    if (!s) {
      s = suggestions(word, this.lang, (w) => this.correct(w), (w) => this.dict.correct(w));
      if (this.cache.size > MAX_CACHED) this.cache.clear();
      this.cache.set(word, s);
    }
    return s;
  }
}

export function loadSpeller(lang: SpellLang, files = dictionaryFiles(lang)): Speller | undefined {
  if (!files) return undefined;
  const extra = files.extra && existsSync(files.extra) ? readFileSync(files.extra) : undefined;
  const dict = new Hunspell(readFileSync(files.aff, 'utf8'), readFileSync(files.dic), extra);
  return new DictionarySpeller(lang, dict);
}

const loaded = new Map<SpellLang, Speller | undefined>();

function loaded1(lang: SpellLang): Speller | undefined {
  if (!loaded.has(lang)) {
    try {
      loaded.set(lang, loadSpeller(lang));
    } catch {
      loaded.set(lang, undefined);
    }
  }
  return loaded.get(lang);
}

/** One speller per language for the process, each loaded when first asked for (the CLI: it waits). */
export function nodeSpellers(): SpellerProvider {
  return loaded1;
}

/** How long one slice of the look-ups ahead may hold the thread before a request gets its turn. */
const SLICE_MS = 8;
/** Words looked up ahead per language at most: the cache of known words holds 10,000. */
const MAX_AHEAD = 8000;

/**
 * Looks up `words` with `speller` (which remembers each answer), a slice per turn of the event
 * loop, then calls `done`. Looking ahead only saves time: a failure ends it, and `done` comes all the same.
 */
function lookUpAhead(speller: Speller, words: () => Iterator<string>, done: () => void): void {
  let count = 0;
  let it: Iterator<string> | undefined;
  const slice = (): void => {
    const end = Date.now() + SLICE_MS;
    try {
      it ??= words();
      for (let next = it.next(); !next.done && count < MAX_AHEAD; next = it.next()) {
        speller.correct(next.value);
        if (++count % 32 === 0 && Date.now() >= end) return void setImmediate(slice);
      }
    } catch {
      // The analysis will look the words up itself.
    }
    setImmediate(done);
  };
  setImmediate(slice);
}

/**
 * The same spellers for the language server, which does not wait for them: a language not loaded
 * yet has no speller for this analysis (its first diagnostics come at once, without spelling),
 * and the dictionaries are read right after, one language per turn of the event loop. The words
 * the open documents will look up in each (`wordsOf`) are looked up ahead in slices of a few
 * milliseconds, so that requests are answered in between, rather than all in the analysis that
 * `ready` then asks for (a first look-up costs a dictionary search; an answer remembered, nothing).
 */
export function backgroundSpellers(ready: () => void, wordsOf: (lang: SpellLang) => Iterable<string> = () => [], load: (lang: SpellLang) => Speller | undefined = loaded1): SpellerProvider {
  const pending = new Set<SpellLang>();
  const done = new Map<SpellLang, Speller | undefined>();
  let loading = false;
  const loadNext = (): void => {
    const lang = pending.values().next().value as SpellLang | undefined;
    if (lang === undefined) {
      loading = false;
      return ready();
    }
    pending.delete(lang);
    const speller = load(lang);
    done.set(lang, speller);
    if (speller) lookUpAhead(speller, () => wordsOf(lang)[Symbol.iterator](), loadNext);
    else setImmediate(loadNext);
  };
  return (lang) => {
    if (done.has(lang)) return done.get(lang);
    pending.add(lang);
    if (!loading) {
      loading = true;
      setTimeout(loadNext, 0);
    }
    return undefined;
  };
}
