/**
 * The readings of a spoiled word: each letter's possible replacements give candidate words,
 * those Kazakh spelling rules out are dropped, and known words come first.
 */

const FRONT = 'әеіөү';
const VOWELS = 'аәеёиіоөуұүыэюя';
/** At most this many candidates are built, and this many are offered. */
const MAX_CANDIDATES = 16;
const MAX_OFFERED = 4;

/** Known words: the catalog's, the dictionary's. */
export interface KnownWords {
  has(word: string): boolean;
}

export interface Spelling {
  /** Candidate words, the likeliest first. */
  words: string[];
  /** The first word is the one reading: a single candidate, or the only known word among several. */
  sure: boolean;
}

const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch.toLowerCase());

/**
 * Kazakh spelling rules out a reading: `қ` and `ғ` never go with a front vowel (`Қітап`), and
 * `ғ` never ends a word; `ң` never starts a word nor follows a consonant.
 */
function impossible(reading: string, prev: string | undefined, next: string | undefined): boolean {
  const r = reading.toLowerCase();
  if (r === 'қ' || r === 'ғ') {
    if (r === 'ғ' && next === undefined) return true;
    const vowel = isVowel(next) ? next : isVowel(prev) ? prev : undefined;
    return vowel !== undefined && FRONT.includes(vowel.toLowerCase());
  }
  if (r === 'ң') return !isVowel(prev);
  return false;
}

/** Keeps the readings of each letter that Kazakh spelling allows (all of them if it allows none). */
function plausible(options: string[][]): string[][] {
  return options.map((opts, i) => {
    if (opts.length < 2) return opts;
    const kept = opts.filter((o) => !impossible(o, options[i - 1]?.[0], options[i + 1]?.[0]));
    return kept.length ? kept : opts;
  });
}

function candidates(options: string[][]): string[] {
  let words = [''];
  for (const opts of options) {
    const next: string[] = [];
    for (const w of words) for (const o of opts) if (next.length < MAX_CANDIDATES) next.push(w + o);
    words = next;
  }
  return words;
}

/**
 * The words the letters' readings make, or undefined when a letter has none. `kazakh` applies
 * the Kazakh spelling rules; `known` holds known words in lower case.
 */
export function spell(options: string[][], kazakh: boolean, known: KnownWords): Spelling | undefined {
  if (options.some((o) => o.length === 0)) return undefined;
  const all = candidates(kazakh ? plausible(options) : options);
  if (all.length === 1) return { words: all, sure: true };
  const isKnown = all.filter((w) => known.has(w.toLowerCase()));
  const rest = all.filter((w) => !isKnown.includes(w));
  return { words: [...isKnown, ...rest].slice(0, MAX_OFFERED), sure: isKnown.length === 1 };
}
