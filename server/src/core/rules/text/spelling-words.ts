/**
 * The words of a kk or ru text the spelling rule looks up. Left out, as names or forms a
 * dictionary cannot know: one letter (`К.`, spaced `Е Т Е Д І`), all capitals (`ҚР`, `ШЖҚ`,
 * `РМК`), a capital inside the word (`ҚазПошта`), a capital word inside a sentence or a quote (a
 * proper name: `Астана`, `Мәсімов`, «Қазпошта»; a dot after a short lower-case word is an
 * abbreviation's or an initial's: `ул. Абая`, `К. Мәсімов`), any part with Latin letters or digits, web and email addresses.
 * Words with letters of the legacy fonts or outside the Kazakh alphabet are the orthography
 * rule's. A hyphenated word is looked up whole, then by its Cyrillic parts.
 */
import { LEGACY_FONT, NON_KAZAKH } from './letters';
import { maskAddresses } from './scalar-source';

export interface WordAt {
  word: string;
  /** Offset in the text. */
  at: number;
  /** Parts of a hyphenated word (`интернет-ресурс`), with their offsets in the text. */
  parts: { word: string; at: number }[];
}

/** A run of letters and hyphens, with what touches it (a digit or a Latin letter ends the look). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:-[\p{L}\p{M}\p{N}_]+)*/gu;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\p{M}]+$/u;
const ENDS_SENTENCE = /[.!?…]/u;
/** A short lower-case word or one capital before a dot is an abbreviation (`г.`, `ул.`, `көш.`) or an initial (`К. Мәсімов`), not a sentence's end. */
const ABBREVIATION = /^(?:\p{Ll}{1,4}|\p{Lu})$/u;
const FOREIGN = new RegExp(`[${Object.keys(NON_KAZAKH).join('')}${Object.keys(LEGACY_FONT).join('')}]`, 'u');

/** A letter that changes in upper case: the word is not all capitals. */
const LOWER = /\p{Ll}/u;
/** A capital after the first letter (`ҚазПошта`). */
const CAPITAL_INSIDE = /^.[^]*\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * A part worth a look: Cyrillic, two letters or more, lower case or capitalised where allowed. Its
 * letters are all Cyrillic (or marks), so their case is their Unicode category: the tests allocate
 * nothing (a long text has tens of thousands of words).
 */
function checkable(part: string, capitalAllowed: boolean, kk: boolean): boolean {
  if (part.length < 2 || !CYRILLIC_WORD.test(part)) return false;
  if (kk && FOREIGN.test(part)) return false;
  if (!LOWER.test(part)) return false;
  if (CAPITAL_INSIDE.test(part)) return false;
  return capitalAllowed || !CAPITAL_FIRST.test(part);
}

export function wordsToCheck(text: string, lang: 'kk' | 'ru'): WordAt[] {
  const masked = maskAddresses(text);
  const out: WordAt[] = [];
  let last = 0;
  let previous = '';
  for (const m of masked.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    const gap = masked.slice(last, at);
    const opens = last === 0 || (ENDS_SENTENCE.test(gap) && !(gap.trimStart().startsWith('.') && ABBREVIATION.test(previous)));
    last = at + m[0].length;
    previous = m[0];
    const parts: { word: string; at: number }[] = [];
    let offset = at;
    m[0].split('-').forEach((p, i) => {
      if (checkable(p, i === 0 && opens, lang === 'kk')) parts.push({ word: p, at: offset });
      offset += p.length + 1;
    });
    if (parts.length === 0) continue;
    out.push({ word: m[0], at, parts });
  }
  return out;
}
