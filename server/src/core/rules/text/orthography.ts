/**
 * `orthography`: Kazakh and Russian words spoiled by look-alike Latin letters, letters that are not
 * in the Kazakh alphabet, legacy-font letters, or `?` from a lossy conversion.
 */
import type { Fix, Lang, Localized } from '../../types';
import { quoteList } from '../messages';
import type { TextEntry } from '../../model/model';
import type { Rule } from '../rule';
import { CYRILLIC, KK_READINGS, LATIN, LATIN_LOOKALIKES, LATIN_LOOKALIKES_KK, LEGACY_FONT, NON_KAZAKH, OCR_ITALIC, ROMAN_NUMERAL, matchCase } from './letters';
import { LATIN_OR_LOST, NOT_KAZAKH, holds } from './chars';
import { knownKazakhWords } from './lexicon';
import { spell, type KnownWords } from './readings';
import type { Speller } from './speller';
import { PerText, type Found } from './per-text';
import { maskAddresses, scalarSource } from './scalar-source';

/** A word, with its hyphenated parts (`call-центр`) and `?` for lost letters (`?ызмет`, `т?рі`). */
const WORD = /(?:(?<![\p{L}\p{M}?])\?+(?=\p{L}))?[\p{L}\p{M}]+(?:(?:\?+|-)[\p{L}\p{M}]+)*/gu;

/** Words written in Latin letters by convention inside kk and ru texts. */
const LATIN_BY_CONVENTION = new Set(['e-mail', 'email', 'e-gov', 'egov', 'www', 'call', 'sms', 'online', 'on-line', 'web', 'wi-fi', 'url', 'pdf', 'qr']);

const LOOKALIKES: Record<'kk' | 'ru', Record<string, string>> = {
  kk: { ...LATIN_LOOKALIKES, ...LATIN_LOOKALIKES_KK },
  ru: LATIN_LOOKALIKES,
};

/** Letters that can make a word suspect; a text with none of them needs no word-by-word look. */
export const SUSPECT: Record<'kk' | 'ru', RegExp> = {
  kk: new RegExp(`[\\p{Script=Latin}?${Object.keys(NON_KAZAKH).join('')}${Object.keys(LEGACY_FONT).join('')}]`, 'u'),
  ru: /[\p{Script=Latin}?]/u,
};

/** The kinds of characters (see `chars.ts`) a suspect text must hold one of. */
export const MAYBE_SUSPECT: Record<'kk' | 'ru', number> = { kk: LATIN_OR_LOST | NOT_KAZAKH, ru: LATIN_OR_LOST };

export interface WordProblem {
  kind: 'latin' | 'non-kazakh' | 'legacy' | 'lossy';
  /** The letters that are wrong. */
  letters: string[];
  /** The corrected word's readings, the likeliest first, when there are any. */
  fixes?: string[];
  /**
   * The first fix is safe for "fix all": the only reading, or the only one that makes a known
   * word. Not so for several readings, nor for a word that may be meant as Latin (`ATM`).
   */
  sure?: boolean;
}

const NO_WORDS: KnownWords = new Set<string>();

/** The catalog's words, and the dictionary's when there is one: a reading the dictionary knows comes first. */
function withDictionary(words: KnownWords, speller: Speller | undefined): KnownWords {
  return speller ? { has: (w) => words.has(w) || speller.correct(w) } : words;
}

/** The readings of each letter of `word`: itself, its replacements, or none (no fix known). */
function readings(word: string, map: (ch: string, i: number) => string[] | string | undefined): string[][] {
  return [...word].map((ch, i) => {
    const r = map(ch, i);
    return r === undefined ? [] : typeof r === 'string' ? [r] : r;
  });
}

function problem(kind: WordProblem['kind'], letters: string[], options: string[][], lang: Lang, known: KnownWords, unsure = false): WordProblem {
  const s = spell(options, lang === 'kk', known);
  return s ? { kind, letters: [...new Set(letters)], fixes: s.words, sure: s.sure && !unsure } : { kind, letters: [...new Set(letters)] };
}

/** What is wrong with one word of `lang` text, if anything; `known` words rank the readings. */
export function checkWord(word: string, lang: Lang, textHasCyrillic: boolean, known: KnownWords = NO_WORDS): WordProblem | undefined {
  if (lang !== 'kk' && lang !== 'ru') return undefined;
  if (!SUSPECT[lang].test(word)) return undefined;
  const lookalikes = LOOKALIKES[lang];
  const latinReading = (ch: string) => (lang === 'kk' ? KK_READINGS[ch] : undefined) ?? lookalikes[ch];
  const nonKazakh = (ch: string, i: number) => NON_KAZAKH[ch].map((r) => matchCase(r, word, i));
  const hasCyr = CYRILLIC.test(word);
  const hasLat = LATIN.test(word);
  if (word.includes('?')) {
    return hasCyr ? { kind: 'lossy', letters: ['?'] } : undefined;
  }
  if (lang === 'kk' && hasCyr) {
    const legacy = [...word].filter((ch) => ch in LEGACY_FONT);
    const foreign = [...word].filter((ch) => ch in NON_KAZAKH);
    if (legacy.length || foreign.length) {
      const options = readings(word, (ch, i) => {
        if (ch in LEGACY_FONT) return LEGACY_FONT[ch];
        if (ch in NON_KAZAKH) return nonKazakh(ch, i);
        return LATIN.test(ch) ? latinReading(ch) : ch;
      });
      return legacy.length ? problem('legacy', legacy, options, lang, known) : problem('non-kazakh', foreign, options, lang, known);
    }
  }
  if (!hasLat) return undefined;
  const latin = [...word].filter((ch) => LATIN.test(ch));
  if (hasCyr) return problem('latin', latin, readings(word, (ch) => (LATIN.test(ch) ? latinReading(ch) : ch)), lang, known);
  // A Latin-only word in Cyrillic text.
  if (!textHasCyrillic || LATIN_BY_CONVENTION.has(word.toLowerCase())) return undefined;
  const kazakhOnly = lang === 'kk' && latin.some((ch) => 'əƏɵƟ'.includes(ch));
  if (kazakhOnly) return problem('latin', latin, readings(word, (ch) => latinReading(ch) ?? OCR_ITALIC[ch]), lang, known);
  if (ROMAN_NUMERAL.test(word) && word.length > 1) return undefined;
  const allLookalike = latin.every((ch) => ch in LATIN_LOOKALIKES);
  // A lone letter (`o` for the preposition `о`, `K.` for an initial) or an all-capitals word (`TOO`).
  if (allLookalike && (word.length === 1 || word === word.toUpperCase())) {
    return problem('latin', latin, readings(word, latinReading), lang, known, word.length > 1);
  }
  return undefined;
}

/** The parts of a hyphenated word to check, with their offsets in it; Latin parts by convention are skipped. */
function wordParts(word: string): { part: string; at: number }[] {
  if (LATIN_BY_CONVENTION.has(word.toLowerCase())) return [];
  const parts: { part: string; at: number }[] = [];
  let at = 0;
  for (const part of word.split('-')) {
    parts.push({ part, at });
    at += part.length + 1;
  }
  if (parts.length === 1) return parts;
  // `call-центр`, `e-өтініш`, `SMS-хабарлама`: a whole part in Latin letters is written so on purpose.
  return parts.filter(({ part }) => CYRILLIC.test(part) || part.includes('?') || /[əƏɵƟ]/u.test(part) || (part.length > 1 && part === part.toUpperCase()));
}

/** "Should be `X`." for one reading, "Could be `X` or `Y`." for several. */
function suggestion(p: WordProblem): Localized {
  const words = p.fixes ?? [];
  if (words.length === 0) return { kk: '', ru: '', en: '' };
  if (words.length === 1 || p.sure) return { kk: ` \`${words[0]}\` болуы керек.`, ru: ` Должно быть \`${words[0]}\`.`, en: ` Should be \`${words[0]}\`.` };
  return { kk: ` ${quoteList(words, 'kk')} болуы мүмкін.`, ru: ` Возможно, ${quoteList(words, 'ru')}.`, en: ` Could be ${quoteList(words, 'en')}.` };
}

function fixesFor(p: WordProblem, word: string, start: number, end: number): Fix[] | undefined {
  const words = (p.fixes ?? []).filter((w) => w !== word);
  if (words.length === 0) return undefined;
  return words.map((w, i) => ({
    title: { kk: `\`${w}\` деп түзету`, ru: `Исправить на \`${w}\``, en: `Correct to \`${w}\`` },
    edits: [{ start, end, newText: w }],
    preferred: i === 0 && p.sure === true,
  }));
}

function describe(word: string, p: WordProblem, lang: Lang): Localized {
  const letters = p.letters.map((l) => `\`${l}\``).join(', ');
  const fix = suggestion(p);
  const langName = lang === 'kk' ? { kk: 'Қазақша', ru: 'Казахское', en: 'Kazakh' } : { kk: 'Орысша', ru: 'Русское', en: 'Russian' };
  switch (p.kind) {
    case 'latin':
      return {
        kk: `\`${word}\` сөзінде кирилл әрпіне ұқсас латын әріптері бар: ${letters}.${fix.kk}`,
        ru: `В слове \`${word}\` латинские буквы, похожие на кириллицу: ${letters}.${fix.ru}`,
        en: `${langName.en} word \`${word}\` holds Latin look-alike letters: ${letters}.${fix.en}`,
      };
    case 'non-kazakh':
      return {
        kk: `\`${word}\` сөзінде қазақ әліпбиінде жоқ әріп бар: ${letters}.${fix.kk}`,
        ru: `В слове \`${word}\` буква, которой нет в казахском алфавите: ${letters}.${fix.ru}`,
        en: `Word \`${word}\` holds a letter that is not in the Kazakh alphabet: ${letters}.${fix.en}`,
      };
    case 'legacy':
      return {
        kk: `\`${word}\` ескі Windows-1251 қаріпімен терілген (${letters}).${fix.kk}`,
        ru: `Слово \`${word}\` набрано в старом шрифте Windows-1251 (${letters}).${fix.ru}`,
        en: `Word \`${word}\` was typed in a legacy Windows-1251 font (${letters}).${fix.en}`,
      };
    case 'lossy':
      return {
        kk: `\`${word}\` сөзіндегі \`?\` — кодтауды түрлендіргенде жоғалған әріп; түпнұсқадан тексеріңіз.`,
        ru: `\`?\` в слове \`${word}\` — буква, потерянная при перекодировке; сверьте с оригиналом.`,
        en: `The \`?\` in \`${word}\` is a letter lost in a lossy conversion; check the original.`,
      };
  }
}

/**
 * The findings of one `lang` text at `start` in the file (`text`: as written, escapes blanked);
 * `known` gives the words that rank the readings, read only for a suspect word.
 */
function checkText(found: Found, text: string, start: number, lang: 'kk' | 'ru', clause: number | undefined, known: (lang: 'kk' | 'ru') => KnownWords): void {
  if (!holds(text, MAYBE_SUSPECT[lang]) || !SUSPECT[lang].test(text)) return;
  const masked = maskAddresses(text);
  if (!SUSPECT[lang].test(masked)) return;
  const hasCyr = CYRILLIC.test(masked);
  for (const m of masked.matchAll(WORD)) {
    for (const { part, at } of wordParts(m[0])) {
      if (!SUSPECT[lang].test(part)) continue;
      // The dictionary ranks the readings of suspect words only: the other texts' findings do not depend on it.
      found.late();
      const p = checkWord(part, lang, hasCyr, known(lang));
      if (!p) continue;
      const from = start + (m.index ?? 0) + at;
      const to = from + part.length;
      found.report({ offset: [from, to], clause, message: describe(part, p, lang), fixes: fixesFor(p, part, from, to) });
    }
  }
}

/** The findings of the texts that did not change since the last version, moved to where they are now. */
const memo = new PerText();

export const rule: Rule = {
  code: 'orthography',
  defaultSeverity: 'warning',
  title: { kk: 'Емле: әріптер', ru: 'Орфография: буквы', en: 'Orthography: letters' },
  summary: { kk: 'Латынның ұқсас әріптері, қазақ әліпбиінде жоқ және ескі қаріп әріптері, түрлендіруде жоғалған `?`', ru: 'Латинские двойники, буквы не казахского алфавита и старых шрифтов, `?`, потерянные при конвертации', en: 'Latin look-alikes, non-Kazakh and legacy-font letters, `?` lost in conversion' },
  group: 'text',
  clauses: 'any',
  reads: ['speller'],
  fixAllSafe: true,
  check(ctx) {
    const known: Partial<Record<'kk' | 'ru', KnownWords>> = {};
    const knownWords = (lang: 'kk' | 'ru') => (known[lang] ??= withDictionary(lang === 'kk' ? knownKazakhWords(ctx.catalog) : NO_WORDS, ctx.spelling?.speller(lang)));
    const run = memo.run<TextEntry & { lang: 'kk' | 'ru' }>([ctx.catalog], {
      check(t, found) {
        const src = scalarSource(ctx.source, t.node);
        if (src) checkText(found, src.text, src.start, t.lang, t.clause, knownWords);
      },
      accepts: (t) => t.lang === 'kk' || t.lang === 'ru',
      late: (lang) => ctx.spelling?.speller(lang as 'kk' | 'ru'),
    }, ctx.oneShot);
    run.each(ctx.model, (r) => ctx.report(r));
  },
};
