/**
 * A hunspell dictionary read by `nspell`, fed on demand. `nspell` expands every word of a
 * dictionary into all its forms when it loads (8 s and 200-450 MB for the Kazakh and Russian
 * ones); here it is given only the dictionary lines a looked-up word can come from: the word
 * itself and each stem its suffixes leave (the kk and ru affix files have suffixes only, no
 * prefixes and no continuation classes). What `nspell` answers is the same as with the whole
 * dictionary loaded.
 */
/** The part of `nspell` (which ships no types) used here. */
interface NSpell {
  correct(word: string): boolean;
  suggest(word: string): string[];
  dictionary(dic: string): NSpell;
  data: Record<string, unknown>;
}
const nspell: (aff: string) => NSpell = require('nspell');

/** A dictionary file's text without its byte order mark and carriage returns. */
export const cleanText = (s: string): string => s.replace(/^\uFEFF/, '').replace(/\r/g, '');

export interface AffixEntry {
  flag: string;
  strip: string;
  add: string;
  condition: string;
}

/** The suffix entries of an affix file. */
export function suffixEntries(aff: string): AffixEntry[] {
  const out: AffixEntry[] = [];
  for (const line of aff.split('\n')) {
    const p = line.trim().split(/\s+/);
    if (p[0] !== 'SFX' || p.length < 5) continue;
    out.push({ flag: p[1], strip: p[2] === '0' ? '' : p[2], add: (p[3] === '0' ? '' : p[3]).split('/')[0], condition: p[4] });
  }
  return out;
}

/** The first two letters of a word, as one number. */
const keyOf = (s: string) => s.charCodeAt(0) * 65536 + (s.charCodeAt(1) || 0);

/**
 * The dictionary's lines by their word (a word listed twice keeps both lines). The lines are
 * grouped by their first two letters once (cheap: numbers as keys); a group's words are put in
 * a map when a word of that group is first looked up. A map of all 146,000 Russian words would
 * take 150-250 ms to build; this takes 20-40 ms.
 */
export class StemIndex {
  private readonly lines: string[] = [];
  private readonly groups = new Map<number, number[] | Map<string, string>>();

  add(dic: string): void {
    const lines = dic.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.charCodeAt(0) === 9) continue;
      const k = keyOf(line);
      // Lines are added before any look-up: every group is still a list here.
      let g = this.groups.get(k) as number[] | undefined;
      if (!g) this.groups.set(k, (g = []));
      g.push(this.lines.length);
      this.lines.push(line);
    }
  }

  get(word: string): string | undefined {
    const k = keyOf(word);
    let g = this.groups.get(k);
    if (!g) return undefined;
    if (Array.isArray(g)) {
      const m = new Map<string, string>();
      for (const i of g) {
        const line = this.lines[i].trim();
        const slash = line.indexOf('/');
        const w = slash < 0 ? line : line.slice(0, slash);
        const prev = m.get(w);
        m.set(w, prev ? `${prev}\n${line}` : line);
      }
      this.groups.set(k, (g = m));
    }
    return g.get(word);
  }
}

export class Hunspell {
  readonly stems = new StemIndex();
  readonly entries: AffixEntry[];
  private readonly spell: NSpell;
  /** Suffix -> the strings its entries strip from a stem. */
  private readonly strips = new Map<string, Set<string>>();
  private readonly maxAdd: number;
  private readonly fed = new Set<string>();
  private readonly looked = new Set<string>();
  private feeding = false;

  constructor(aff: string, dic: string, extraDic = '') {
    const affText = cleanText(aff);
    this.entries = suffixEntries(affText);
    this.stems.add(cleanText(dic));
    this.stems.add(cleanText(extraDic));
    for (const e of this.entries) {
      if (!this.strips.has(e.add)) this.strips.set(e.add, new Set());
      this.strips.get(e.add)!.add(e.strip);
    }
    this.maxAdd = Math.max(0, ...this.entries.map((e) => e.add.length));
    this.spell = nspell(affText);
    this.spell.data = new Proxy(this.spell.data, {
      has: (t, k) => {
        if (typeof k === 'string') this.feed(k);
        return k in t;
      },
      get: (t, k) => {
        if (typeof k === 'string') this.feed(k);
        return t[k as string];
      },
    });
  }

  /** The word is a form of the dictionary (as written, or in lower case). */
  correct(word: string): boolean {
    return this.spell.correct(word);
  }

  /** `nspell`'s own suggestions (slow for long words: up to a second). */
  suggest(word: string): string[] {
    return this.spell.suggest(word);
  }

  /** Gives `nspell` the dictionary lines `word` can be a form of, once. */
  private feed(word: string): void {
    if (this.feeding || this.looked.has(word)) return;
    if (this.looked.size > 200_000) this.looked.clear();
    this.looked.add(word);
    const lines: string[] = [];
    const take = (stem: string) => {
      if (this.fed.has(stem)) return;
      const line = this.stems.get(stem);
      if (line === undefined) return;
      this.fed.add(stem);
      lines.push(line);
    };
    for (const v of new Set([word, word.toLowerCase(), word.charAt(0) + word.slice(1).toLowerCase()])) {
      take(v);
      for (let n = 0; n <= Math.min(this.maxAdd, v.length); n++) {
        const strips = this.strips.get(n ? v.slice(-n) : '');
        if (!strips) continue;
        const base = n ? v.slice(0, -n) : v;
        for (const s of strips) take(base + s);
      }
    }
    if (!lines.length) return;
    this.feeding = true;
    try {
      // `nspell` skips a dictionary's first line (the word count).
      this.spell.dictionary(`\n${lines.join('\n')}`);
    } finally {
      this.feeding = false;
    }
  }
}
