/**
 * Suggestions for an unknown word, checked against the dictionary: first the letters a Kazakh or
 * Russian writer (or an OCR) confuses (`н`/`ң`, `у`/`ұ`/`ү`, `е`/`ё`), one or two of them, then
 * every word one letter away (a letter replaced, dropped, added or two swapped). Bounded: about
 * a thousand look-ups, 5-30 ms a word; `nspell`'s own search goes two letters away and takes up
 * to a second.
 */
const CONFUSABLE: Record<'kk' | 'ru', string[]> = {
  kk: ['аә', 'оө', 'уұү', 'кқ', 'гғ', 'нң', 'иіы', 'еәэ', 'өеә', 'хһ', 'шщ'],
  ru: ['её', 'ий', 'шщ', 'ьъ', 'еэ', 'ао', 'иы'],
};
const ALPHABET: Record<'kk' | 'ru', string> = {
  kk: 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
};
const MAX_SUGGESTIONS = 4;
const MAX_PAIRS = 400;

function confusions(lang: 'kk' | 'ru'): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of CONFUSABLE[lang]) for (const ch of g) m.set(ch, [...new Set((m.get(ch) ?? '') + g.replace(ch, ''))].join(''));
  return m;
}
const CONFUSIONS = { kk: confusions('kk'), ru: confusions('ru') };

/** Words with one, then two confusable letters changed. */
function confused(word: string, lang: 'kk' | 'ru'): string[][] {
  const alt = CONFUSIONS[lang];
  const one: string[] = [];
  const two: string[] = [];
  const chars = [...word];
  chars.forEach((ch, i) => {
    for (const o of alt.get(ch) ?? '') {
      const w1 = [...chars];
      w1[i] = o;
      one.push(w1.join(''));
      for (let j = i + 1; j < chars.length && two.length < MAX_PAIRS; j++) {
        for (const o2 of alt.get(chars[j]) ?? '') {
          const w2 = [...w1];
          w2[j] = o2;
          two.push(w2.join(''));
        }
      }
    }
  });
  return [one, two];
}

/** Words one letter away. */
function edits(word: string, lang: 'kk' | 'ru'): string[] {
  const out: string[] = [];
  const letters = ALPHABET[lang];
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + b[1] + b[0] + b.slice(2));
    for (const ch of letters) {
      if (b) out.push(a + ch + b.slice(1));
      out.push(a + ch + b);
    }
  }
  return out;
}

/** The suggestion written like the word: `Үшін` for `Ұшін`, `ҚР` capitals kept. */
function likeWord(s: string, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return s.toUpperCase();
  if (word[0] !== word[0].toLowerCase()) return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/**
 * Suggestions for `word`: `near` checks a confusion (may be slow, Kazakh forms), `exact` a word
 * one letter away (a dictionary look-up).
 */
export function suggestions(word: string, lang: 'kk' | 'ru', near: (w: string) => boolean, exact: (w: string) => boolean): string[] {
  const lower = word.toLowerCase();
  const found: string[] = [];
  const take = (list: string[], ok: (w: string) => boolean) => {
    for (const w of list) {
      if (found.length >= MAX_SUGGESTIONS) return;
      if (w !== lower && !found.includes(w) && ok(w)) found.push(w);
    }
  };
  const [one, two] = confused(lower, lang);
  take(one, near);
  if (!found.length) take(two, near);
  take(edits(lower, lang), exact);
  return found.map((s) => likeWord(s, word));
}
