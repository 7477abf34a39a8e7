/**
 * What the spelling rule (and the look-alike readings) are given: a dictionary per language,
 * passed in by the caller (the CLI and the server load hunspell dictionaries, `server/src/node/spell/`),
 * and the writer's own words. The engine stays pure: without a speller nothing is spell-checked.
 */

/** The languages there is a dictionary for. */
export const SPELL_LANGS = ['kk', 'ru'] as const;
export type SpellLang = (typeof SPELL_LANGS)[number];

export interface Speller {
  /** The word (as written, or in lower case) is known. */
  correct(word: string): boolean;
  /** Known words near an unknown one, the likeliest first; [] when there are none. */
  suggest(word: string): string[];
}

/** The speller of a language, loaded on first use; undefined when there is no dictionary. */
export type SpellerProvider = (lang: SpellLang) => Speller | undefined;

/** The `spelling:` settings of `.service-standard.yaml`. */
export interface SpellingSettings {
  /** Languages checked (default: kk and ru). */
  languages?: SpellLang[];
}

export interface SpellingContext {
  speller: SpellerProvider;
  /** The workspace's own words (`words:`), lower-case: never reported. */
  words: ReadonlySet<string>;
  languages: ReadonlySet<SpellLang>;
}

export function spellingContext(speller: SpellerProvider | undefined, words: readonly string[] = [], settings: SpellingSettings = {}): SpellingContext | undefined {
  if (!speller) return undefined;
  return {
    speller,
    words: new Set(words.map((w) => w.toLowerCase())),
    languages: new Set(settings.languages ?? SPELL_LANGS),
  };
}
