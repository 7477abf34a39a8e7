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

/** The UTF-8 bytes of the first two letters of a word (at most 8 bytes), as one number. */
function keyOf(bytes: Uint8Array, at: number, end: number): number {
  let key = 0;
  let letters = 0;
  for (let i = at; i < end && letters < 2; letters++) {
    const lead = bytes[i];
    if (lead === 0x2f /* / */ || lead === 0x0d || lead === 0x0a) break;
    const n = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    for (let j = 0; j < n && i < end; j++) key = (key * 256 + bytes[i++]) % 0x1fffffffffffff;
  }
  return key;
}

/** Where a line's word ends: at `/`, a tab, a space or the line's end. */
function wordEnd(bytes: Buffer, at: number): number {
  let i = at;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x2f || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x20) break;
    i++;
  }
  return i;
}

/** A line's place: the file's number above 2^25, the offset below. */
const FILE_UNIT = 2 ** 25;

/**
 * The dictionary's lines by their word (a word listed twice keeps both lines). The file stays
 * bytes (a Buffer, outside the JavaScript heap) and each line is one number, its offset, grouped
 * by the line's first two letters when the file is read; a group is sorted by its words' bytes
 * when a word of that group is first looked up, and then searched by halves. Decoding every
 * line into a map would take 150-250 ms and 5-10 MB of heap for each dictionary.
 */
export class StemIndex {
  private readonly files: Buffer[] = [];
  private readonly groups = new Map<number, number[] | Float64Array>();

  /** Adds a `.dic` file's lines (its first line, the count, is skipped). */
  add(dic: Buffer): void {
    const file = this.files.length;
    this.files.push(dic);
    let at = dic.indexOf(0x0a) + 1;
    while (at > 0 && at < dic.length) {
      const nl = dic.indexOf(0x0a, at);
      const end = nl < 0 ? dic.length : nl;
      if (end > at && dic[at] !== 0x09 && dic[at] !== 0x0d) {
        const k = keyOf(dic, at, end);
        // Lines are added before any look-up: every group is still a list here.
        let g = this.groups.get(k) as number[] | undefined;
        if (!g) this.groups.set(k, (g = []));
        g.push(file * FILE_UNIT + at);
      }
      at = end + 1;
    }
  }

  /** `word` compared with the word of the line at `place`. */
  private compare(word: Buffer, place: number): number {
    const bytes = this.files[Math.floor(place / FILE_UNIT)];
    const at = place % FILE_UNIT;
    return word.compare(bytes, at, wordEnd(bytes, at));
  }

  private line(place: number): string {
    const bytes = this.files[Math.floor(place / FILE_UNIT)];
    const at = place % FILE_UNIT;
    const nl = bytes.indexOf(0x0a, at);
    return bytes.toString('utf8', at, nl < 0 ? bytes.length : nl).trim();
  }

  private sorted(k: number): Float64Array | undefined {
    const g = this.groups.get(k);
    if (!g || g instanceof Float64Array) return g;
    const words = new Map(g.map((p) => [p, this.files[Math.floor(p / FILE_UNIT)].subarray(p % FILE_UNIT, wordEnd(this.files[Math.floor(p / FILE_UNIT)], p % FILE_UNIT))]));
    const out = Float64Array.from(g.sort((a, b) => Buffer.compare(words.get(a)!, words.get(b)!) || a - b));
    this.groups.set(k, out);
    return out;
  }

  get(word: string): string | undefined {
    const target = Buffer.from(word);
    const g = this.sorted(keyOf(target, 0, target.length));
    if (!g) return undefined;
    let lo = 0;
    let hi = g.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(target, g[mid]) > 0) lo = mid + 1;
      else hi = mid;
    }
    const lines: string[] = [];
    for (let i = lo; i < g.length && this.compare(target, g[i]) === 0; i++) lines.push(this.line(g[i]));
    return lines.length ? lines.join('\n') : undefined;
  }
}

/** One of the dictionary line's flags (single-letter flags, as in the kk and ru files) is among `flags`. */
function hasFlag(lines: string, flags: string): boolean {
  for (const line of lines.split('\n')) {
    const slash = line.indexOf('/');
    if (slash < 0) continue;
    for (let i = slash + 1; i < line.length; i++) if (flags.includes(line[i])) return true;
  }
  return false;
}

export class Hunspell {
  readonly stems = new StemIndex();
  readonly entries: AffixEntry[];
  private readonly spell: NSpell;
  /** Suffix -> the strings its entries strip from a stem -> the flags of those entries. */
  private readonly strips = new Map<string, Map<string, string>>();
  private readonly maxAdd: number;
  private readonly fed = new Set<string>();
  private readonly looked = new Set<string>();
  private feeding = false;

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
    if (this.looked.size > 20_000) this.looked.clear();
    this.looked.add(word);
    const lines: string[] = [];
    // A stem is given only when one of its flags has an entry that makes `word` (its forms take memory).
    const take = (stem: string, flags?: string) => {
      if (this.fed.has(stem)) return;
      const line = this.stems.get(stem);
      if (line === undefined || (flags !== undefined && !hasFlag(line, flags))) return;
      this.fed.add(stem);
      lines.push(line);
    };
    for (const v of new Set([word, word.toLowerCase(), word.charAt(0) + word.slice(1).toLowerCase()])) {
      take(v);
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
    this.feeding = true;
    try {
      // `nspell` skips a dictionary's first line (the word count).
      this.spell.dictionary(`\n${lines.join('\n')}`);
    } finally {
      this.feeding = false;
    }
  }
}
