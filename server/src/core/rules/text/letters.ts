/**
 * Letters of the Kazakh and Russian Cyrillic alphabets and the look-alikes that creep in from
 * Latin keyboards, OCR and legacy Windows-1251 "KZ" fonts.
 */

/** Latin letters that look like Cyrillic ones, in both kk and ru text. */
export const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у',
  A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х', Y: 'У',
  K: 'К', H: 'Н', M: 'М', T: 'Т', B: 'В',
};

/**
 * Latin letters with several Kazakh readings, the usual one first: OCR drops the tail of `Қ`
 * and `Ң`, and `ү` is the straight `y`.
 */
export const KK_READINGS: Record<string, string[]> = {
  K: ['К', 'Қ'], H: ['Н', 'Ң'], y: ['у', 'ү'], Y: ['У', 'Ү'],
};

/** Look-alikes of letters only Kazakh has. */
export const LATIN_LOOKALIKES_KK: Record<string, string> = {
  i: 'і', I: 'І', h: 'һ', ə: 'ә', Ə: 'Ә', ɵ: 'ө', Ɵ: 'Ө',
};

/**
 * Letters OCR reads from italic Cyrillic; applied only to Latin words that also carry a
 * letter found in no English or Russian word (ə, ɵ), as in the seed's `K. Məcimov`.
 */
export const OCR_ITALIC: Record<string, string> = { m: 'м', v: 'в', u: 'и', n: 'п' };

/**
 * Letters no Kazakh word has, typed where Kazakh letters were meant, with the letters they may
 * stand for (upper case; `matchCase` lowers them). `Њ` is `ғ` in the model's own `тапсыраЊан`
 * and `ң` in the KZ-1048 code page (`таЊертеЊ`); the palochka `Ӏ` is typed for `і`. An empty
 * list: the intended letter is unknown.
 */
export const NON_KAZAKH: Record<string, string[]> = {
  Њ: ['Ғ', 'Ң'], њ: ['ғ', 'ң'], Ӏ: ['І'], ӏ: ['і'], Љ: [], љ: [], Ђ: [], ђ: [], Ћ: [], ћ: [], Џ: [], џ: [],
};

/** Legacy Windows-1251 Kazakh fonts: these code points stood for Kazakh letters. */
export const LEGACY_FONT: Record<string, string> = {
  ќ: 'қ', є: 'ғ', ґ: 'ө', ў: 'ұ', ї: 'ү', ѕ: 'ң', ј: 'ә',
  Ќ: 'Қ', Є: 'Ғ', Ґ: 'Ө', Ў: 'Ұ', Ї: 'Ү', Ѕ: 'Ң', Ј: 'Ә',
};

/**
 * Characters that show nothing yet change what a reader sees: bidi embeddings, overrides,
 * isolates and marks, zero-width spaces and joiners, the word joiner and a BOM inside text.
 */
export const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/** The text without its invisible characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

export const CYRILLIC = /\p{Script=Cyrillic}/u;
export const LATIN = /\p{Script=Latin}/u;
export const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** Lower-case the replacement when the letter follows a lower-case letter (`тапсыраЊан` -> `ғ`). */
export function matchCase(replacement: string, word: string, index: number): string {
  const prev = word[index - 1];
  const prevIsLower = prev !== undefined && prev === prev.toLowerCase() && prev !== prev.toUpperCase();
  return prevIsLower ? replacement.toLowerCase() : replacement;
}
