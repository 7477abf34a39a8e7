/**
 * Kazakh word forms the dictionary's affix file misses. Its suffix conditions look at the letter
 * before the stem's last consonant (`[аоуұыэ]т`), so a stem ending in two consonants takes no
 * suffix at all (`стандарт` but not `стандарты`); and a word takes one suffix only, while Kazakh
 * chains them (`тармақ-тар-да-ғы`, `ауыстыр-ыл-сын`). Here the vowel of a condition is the stem's
 * last vowel, a final `г ғ б` may stand for `к қ п` before a vowel (`түбіртегін`), and a known
 * form may take up to three more suffixes of the affix file or of the list below.
 */
import type { AffixEntry, Hunspell } from './hunspell';

const VOWELS = 'аәеёиіоөуұүыэюя';
/** Suffixes of word building and of verbs that the affix file does not list. */
const MORE_SUFFIXES = (
  'ғы гі қы кі сын сін ған ген қан кен атын етін йтын йтін у ушы уші лық лік дық дік тық тік сыз сіз ' +
  'ма ме ба бе па пе ыл іл л ын ін н дыр дір тыр тір ғыз гіз қыз кіз ады еді йды йді ды ді ты ті уы уі ' +
  'ғанда генде қанда кенде мақ мек бақ бек пақ пек ып іп й а е ар ер р ша ше ғаны гені қаны кені сы сі'
).split(' ');
const MUTATION: Record<string, string> = { г: 'к', ғ: 'қ', б: 'п' };
const MAX_DEPTH = 3;

/** A condition's letter classes: `[аоуұыэ]т` -> `аоуұыэ`, `т`. */
function classes(condition: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < condition.length; ) {
    if (condition[i] === '[') {
      const j = condition.indexOf(']', i);
      out.push(condition.slice(i + 1, j < 0 ? undefined : j));
      i = j < 0 ? condition.length : j + 1;
    } else out.push(condition[i++]);
  }
  return out;
}

const inClass = (cls: string, ch: string | undefined) => ch !== undefined && (cls.startsWith('^') ? !cls.slice(1).includes(ch) : cls.includes(ch));
const vowelClass = (cls: string) => [...cls.replace(/^\^/, '')].every((c) => VOWELS.includes(c));
function lastVowel(s: string): string | undefined {
  for (let i = s.length - 1; i >= 0; i--) if (VOWELS.includes(s[i])) return s[i];
  return undefined;
}

/** The condition as written, or with its vowel read as the stem's last vowel after a consonant cluster. */
function condition(cond: string): (stem: string) => boolean {
  if (!cond || cond === '.') return () => true;
  let re: RegExp;
  try {
    re = new RegExp(`${cond}$`, 'u');
  } catch {
    return () => false;
  }
  const cls = classes(cond);
  const [v, c] = cls.slice(-2);
  if (cls.length < 2 || !vowelClass(v) || vowelClass(c)) return (s) => re.test(s);
  return (s) => re.test(s) || (inClass(c, s[s.length - 1]) && !VOWELS.includes(s[s.length - 2] ?? 'а') && inClass(v, lastVowel(s)));
}

interface Entry {
  flag: string;
  strip: string;
  test: (stem: string) => boolean;
}

export class KazakhForms {
  private readonly bySuffix = new Map<string, Entry[]>();
  private readonly suffixes: Set<string>;
  private readonly maxAdd: number;
  private readonly memo = new Map<string, boolean>();

  constructor(private readonly dict: Hunspell) {
    // One test per distinct condition: the Kazakh affix file has ~2,500 entries and ~120 conditions.
    const tests = new Map<string, (stem: string) => boolean>();
    for (const e of dict.entries as AffixEntry[]) {
      if (!e.add) continue;
      if (!this.bySuffix.has(e.add)) this.bySuffix.set(e.add, []);
      let test = tests.get(e.condition);
      if (!test) tests.set(e.condition, (test = condition(e.condition)));
      this.bySuffix.get(e.add)!.push({ flag: e.flag, strip: e.strip, test });
    }
    this.suffixes = new Set([...this.bySuffix.keys(), ...MORE_SUFFIXES]);
    this.maxAdd = Math.max(...[...this.suffixes].map((s) => s.length));
  }

  /**
   * The (lower-case) word is a dictionary form (`nspell`, or a stem with one suffix of its flags
   * by the stem's last vowel) followed by up to three suffixes.
   */
  known(word: string): boolean {
    const memo = this.memo.get(word);
    if (memo !== undefined) return memo;
    if (this.memo.size > 10_000) this.memo.clear();
    let ok = this.form(word);
    for (let i = word.length - 1; !ok && i >= 3; i--) {
      const rest = word.slice(i);
      if (!this.chain(rest, MAX_DEPTH)) continue;
      ok = this.bases(word.slice(0, i), rest).some((b) => this.form(b));
    }
    this.memo.set(word, ok);
    return ok;
  }

  /** `rest` is one to `depth` suffixes. */
  private chain(rest: string, depth: number): boolean {
    if (!rest) return true;
    if (depth === 0) return false;
    for (let n = Math.min(this.maxAdd, rest.length); n >= 1; n--) {
      if (this.suffixes.has(rest.slice(0, n)) && this.chain(rest.slice(n), depth - 1)) return true;
    }
    return false;
  }

  /** A form of the dictionary: as `nspell` reads it, or a stem with a suffix of its flags (relaxed conditions). */
  private form(word: string): boolean {
    if (this.dict.correct(word)) return true;
    for (let n = Math.min(this.maxAdd, word.length - 2); n >= 1; n--) {
      const add = word.slice(-n);
      const base = word.slice(0, -n);
      for (const e of this.bySuffix.get(add) ?? []) {
        for (const b of this.bases(base + e.strip, add)) if (this.flagged(b, e.flag) && e.test(b)) return true;
      }
    }
    return false;
  }

  /** The stem as it is, and with `г ғ б` read as `к қ п` before a suffix that starts with a vowel. */
  private bases(stem: string, suffix: string): string[] {
    const alt = MUTATION[stem[stem.length - 1]];
    return alt && VOWELS.includes(suffix[0]) ? [stem, stem.slice(0, -1) + alt] : [stem];
  }

  private flagged(stem: string, flag: string): boolean {
    const lines = this.dict.stems.get(stem);
    if (!lines) return false;
    return lines.split('\n').some((l) => (l.split('/')[1] ?? '').includes(flag));
  }
}
