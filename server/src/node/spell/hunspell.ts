/**
 * A hunspell dictionary read by `nspell`, fed on demand. `nspell` expands every word of a
 * dictionary into all its forms when it loads (8 s and 200-450 MB for the Kazakh and Russian
 * ones); here it is given only the dictionary lines a looked-up word can come from: the word
 * itself and each stem its suffixes leave, with only the flags whose entries make the word (the
 * kk and ru affix files have suffixes only, single-letter flags, no prefixes, no continuation
 * classes and no compounding). What `nspell` answers is the same as with the whole dictionary
 * loaded (the test compares both on part of each dictionary).
 */
import { StemIndex } from './stem-index';

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

/**
 * Stems (with their flags) whose forms `nspell` may hold at once: about 5 MB of forms per 10,000 in
 * either dictionary. A session that has seen more words starts again from none (10-20 ms).
 */
export const MAX_FED = 20_000;

export class Hunspell {
  readonly stems = new StemIndex();
  readonly entries: AffixEntry[];
  private spell!: NSpell;
  /** Suffix -> the strings its entries strip from a stem -> the flags of those entries. */
  private readonly strips = new Map<string, Map<string, string>>();
  private readonly maxAdd: number;
  private readonly fed = new Set<string>();
  private readonly looked = new Set<string>();
  private feeding = false;
  private readonly affText: string;
  /** `nspell`'s table of forms, and the proxy it reads it through (feeding a word's stems on a miss). */
  private target!: Record<string, unknown>;
  private proxy!: Record<string, unknown>;

  constructor(aff: string, dic: Buffer, extraDic: Buffer = Buffer.alloc(0)) {
    const affText = cleanText(aff);
    this.entries = suffixEntries(affText);
    this.stems.add(dic);
    this.stems.add(extraDic);
    for (const e of this.entries) {
      if (!this.strips.has(e.add)) this.strips.set(e.add, new Map());
      const flags = this.strips.get(e.add)!;
      flags.set(e.strip, (flags.get(e.strip) ?? '') + e.flag);
    }
    this.maxAdd = Math.max(0, ...this.entries.map((e) => e.add.length));
    this.affText = affText;
    this.fresh();
  }

  /**
   * An `nspell` with no forms yet, fed on demand through the proxy. Also how the forms are kept
   * bounded in a long session: past MAX_FED stems they are all dropped and fed again as words come.
   */
  private fresh(): void {
    this.fed.clear();
    this.looked.clear();
    this.spell = nspell(this.affText);
    this.target = this.spell.data;
    this.proxy = new Proxy(this.target, {
      has: (t, k) => {
        if (typeof k === 'string') this.feed(k);
        return k in t;
      },
      get: (t, k) => {
        if (typeof k === 'string') this.feed(k);
        return t[k as string];
      },
    });
    this.spell.data = this.proxy;
  }

  /** How many stems (with their flags) have been given to `nspell` since it was last made afresh. */
  get fedCount(): number {
    return this.fed.size;
  }

  /** The word is a form of the dictionary (as written, or in lower case). */
  correct(word: string): boolean {
    this.bound();
    return this.spell.correct(word);
  }

  /** `nspell`'s own suggestions (slow for long words: up to a second). */
  suggest(word: string): string[] {
    this.bound();
    return this.spell.suggest(word);
  }

  /** Between two look-ups (never during one, which reads the forms it is fed): start afresh past MAX_FED stems. */
  private bound(): void {
    if (this.fed.size > MAX_FED) this.fresh();
  }

  /** Gives `nspell` the dictionary lines `word` can be a form of, once. */
  private feed(word: string): void {
    if (this.feeding || this.looked.has(word)) return;
    if (this.looked.size > 20_000) this.looked.clear();
    this.looked.add(word);
    const lines: string[] = [];
    // A stem is given with only those of its flags that have an entry making `word` (each flag
    // adds all of its forms: time and memory), and once per flag.
    const take = (stem: string, flags: string) => {
      const found = this.stems.get(stem);
      if (found === undefined) return;
      for (const line of found.split('\n')) {
        const slash = line.indexOf('/');
        const own = slash < 0 ? '' : line.slice(slash + 1);
        const keep = [...new Set(own)].filter((f) => flags.includes(f) && !this.fed.has(`${stem}/${f}`));
        if (!keep.length && this.fed.has(stem)) continue;
        this.fed.add(stem);
        for (const f of keep) this.fed.add(`${stem}/${f}`);
        lines.push(keep.length ? `${stem}/${keep.join('')}` : stem);
      }
    };
    for (const v of new Set([word, word.toLowerCase(), word.charAt(0) + word.slice(1).toLowerCase()])) {
      take(v, '');
      for (let n = 1; n <= Math.min(this.maxAdd, v.length); n++) {
        const strips = this.strips.get(v.slice(-n));
        if (!strips) continue;
        const base = v.slice(0, -n);
        for (const [strip, flags] of strips) take(base + strip, flags);
      }
      const same = this.strips.get('');
      if (same) for (const [strip, flags] of same) take(v + strip, flags);
    }
    if (!lines.length) return;
    // The forms are written to the table itself, not through the proxy (thousands of accesses).
    this.feeding = true;
    this.spell.data = this.target;
    try {
      // `nspell` skips a dictionary's first line (the word count).
      this.spell.dictionary(`\n${lines.join('\n')}`);
    } finally {
      this.spell.data = this.proxy;
      this.feeding = false;
    }
  }
}
