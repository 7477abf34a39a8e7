/**
 * `orthography`: Kazakh and Russian words spoiled by look-alike Latin letters, letters that are not
 * in the Kazakh alphabet, legacy-font letters, or `?` from a lossy conversion.
 */
import type { Lang, Localized } from '../../types';
import type { Rule } from '../rule';
import { CYRILLIC, LATIN, LATIN_LOOKALIKES, LATIN_LOOKALIKES_KK, LEGACY_FONT, NON_KAZAKH, OCR_ITALIC, ROMAN_NUMERAL, matchCase } from './letters';
import { maskAddresses, scalarSource } from './scalar-source';

const WORD = /[\p{L}\p{M}]+(?:\?+[\p{L}\p{M}]+)*/gu;

const LOOKALIKES: Record<'kk' | 'ru', Record<string, string>> = {
  kk: { ...LATIN_LOOKALIKES, ...LATIN_LOOKALIKES_KK },
  ru: LATIN_LOOKALIKES,
};

/** Letters that can make a word suspect; a text with none of them needs no word-by-word look. */
const SUSPECT: Record<'kk' | 'ru', RegExp> = {
  kk: new RegExp(`[\\p{Script=Latin}?${Object.keys(NON_KAZAKH).join('')}${Object.keys(LEGACY_FONT).join('')}]`, 'u'),
  ru: /[\p{Script=Latin}?]/u,
};

export interface WordProblem {
  kind: 'latin' | 'non-kazakh' | 'legacy' | 'lossy';
  /** The letters that are wrong. */
  letters: string[];
  /** The corrected word, when there is one. */
  fixed?: string;
  /** The word may be meant as Latin (an acronym such as `ATM`): the fix is offered, not applied by "fix all". */
  unsure?: boolean;
}

function mapWord(word: string, map: (ch: string, i: number) => string | undefined): string | undefined {
  let out = '';
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const r = map(chars[i], i);
    if (r === undefined) return undefined;
    out += r;
  }
  return out;
}

/** What is wrong with one word of `lang` text, if anything. */
export function checkWord(word: string, lang: Lang, textHasCyrillic: boolean): WordProblem | undefined {
  if (lang !== 'kk' && lang !== 'ru') return undefined;
  if (!SUSPECT[lang].test(word)) return undefined;
  const lookalikes = LOOKALIKES[lang];
  const hasCyr = CYRILLIC.test(word);
  const hasLat = LATIN.test(word);
  if (word.includes('?')) {
    return hasCyr ? { kind: 'lossy', letters: ['?'] } : undefined;
  }
  if (lang === 'kk' && hasCyr) {
    const legacy = [...word].filter((ch) => ch in LEGACY_FONT);
    if (legacy.length) {
      const fixed = mapWord(word, (ch, i) => {
        if (ch in LEGACY_FONT) return LEGACY_FONT[ch];
        if (ch in NON_KAZAKH) return NON_KAZAKH[ch] === undefined ? undefined : matchCase(NON_KAZAKH[ch]!, word, i);
        return LATIN.test(ch) ? lookalikes[ch] : ch;
      });
      return { kind: 'legacy', letters: [...new Set(legacy)], fixed };
    }
    const foreign = [...word].filter((ch) => ch in NON_KAZAKH);
    if (foreign.length) {
      const fixed = mapWord(word, (ch, i) => {
        if (ch in NON_KAZAKH) {
          const r = NON_KAZAKH[ch];
          return r === undefined ? undefined : matchCase(r, word, i);
        }
        return LATIN.test(ch) ? lookalikes[ch] : ch;
      });
      return { kind: 'non-kazakh', letters: [...new Set(foreign)], fixed };
    }
  }
  if (!hasLat) return undefined;
  const latin = [...word].filter((ch) => LATIN.test(ch));
  if (hasCyr) {
    return { kind: 'latin', letters: [...new Set(latin)], fixed: mapWord(word, (ch) => (LATIN.test(ch) ? lookalikes[ch] : ch)) };
  }
  // A Latin-only word in Cyrillic text.
  if (!textHasCyrillic) return undefined;
  const kazakhOnly = lang === 'kk' && latin.some((ch) => 'əƏɵƟ'.includes(ch));
  if (kazakhOnly) {
    return { kind: 'latin', letters: [...new Set(latin)], fixed: mapWord(word, (ch) => lookalikes[ch] ?? OCR_ITALIC[ch]) };
  }
  if (ROMAN_NUMERAL.test(word) && word.length > 1) return undefined;
  const allLookalike = latin.every((ch) => ch in LATIN_LOOKALIKES);
  // A lone letter (`o` for the preposition `о`, `K.` for an initial) or an all-capitals word (`TOO`).
  if (allLookalike && (word.length === 1 || word === word.toUpperCase())) {
    return { kind: 'latin', letters: [...new Set(latin)], fixed: mapWord(word, (ch) => lookalikes[ch]), unsure: word.length > 1 };
  }
  return undefined;
}

function describe(word: string, p: WordProblem, lang: Lang): Localized {
  const letters = p.letters.map((l) => `\`${l}\``).join(', ');
  const fix = p.fixed ? { kk: ` \`${p.fixed}\` болуы керек.`, ru: ` Должно быть \`${p.fixed}\`.`, en: ` Should be \`${p.fixed}\`.` } : { kk: '', ru: '', en: '' };
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

export const rule: Rule = {
  code: 'orthography',
  defaultSeverity: 'warning',
  title: { kk: 'Емле: әріптер', ru: 'Орфография: буквы', en: 'Orthography: letters' },
  check(ctx) {
    for (const t of ctx.model.texts) {
      if (t.lang !== 'kk' && t.lang !== 'ru') continue;
      const src = scalarSource(ctx.source, t.node);
      if (!src) continue;
      if (!SUSPECT[t.lang].test(src.text)) continue;
      const text = maskAddresses(src.text);
      if (!SUSPECT[t.lang].test(text)) continue;
      const hasCyr = CYRILLIC.test(text);
      for (const m of text.matchAll(WORD)) {
        const word = m[0];
        const p = checkWord(word, t.lang, hasCyr);
        if (!p) continue;
        const start = src.start + (m.index ?? 0);
        const end = start + word.length;
        ctx.report({
          offset: [start, end],
          clause: t.clause,
          message: describe(word, p, t.lang),
          fixes:
            p.fixed && p.fixed !== word
              ? [
                  {
                    title: { kk: `\`${p.fixed}\` деп түзету`, ru: `Исправить на \`${p.fixed}\``, en: `Correct to \`${p.fixed}\`` },
                    edits: [{ start, end, newText: p.fixed }],
                    preferred: !p.unsure,
                  },
                ]
              : undefined,
        });
      }
    }
  },
};
