/**
 * A hunspell dictionary read by `nspell`, fed on demand. `nspell` expands every word of a
 * dictionary into all its forms when it loads (8 s and 200-450 MB for the Kazakh and Russian
 * ones); here it is given only the dictionary lines a looked-up word can come from: the word
 * itself and each stem its suffixes leave, with only the flags whose entries make the word (the
 * kk and ru affix files have suffixes only, single-letter flags, no prefixes, no continuation
 * classes and no compounding). What `nspell` answers is the same as with the whole dictionary
 * loaded (the test compares both on part of each dictionary).
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

/** The UTF-8 bytes of the first two letters of a word, as a small integer (a V8 "Smi": no allocation). */
function keyOf(bytes: Uint8Array, at: number, end: number): number {
  let key = 0;
  let letters = 0;
  for (let i = at; i < end && letters < 2; letters++) {
    const lead = bytes[i];
    if (lead === 0x2f /* / */ || lead === 0x0d || lead === 0x0a) break;
    const n = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    for (let j = 0; j < n && i < end; j++) key = (Math.imul(key, 31) + bytes[i++]) & 0x3fffffff;
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

/** FNV-1a of the bytes `at`..`end`, in 30 bits (a small integer). */
function hash(bytes: Buffer, at: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h & 0x3fffffff;
}

/** A line's place: the file's number above 2^25, the offset below. */
const FILE_UNIT = 2 ** 25;

/**
 * The dictionary's lines by their word (a word listed twice keeps both lines). The file stays
 * bytes (a Buffer, outside the JavaScript heap) and each line is one number, its offset, grouped
 * by the line's first two letters when the file is read; a group's lines are sorted by the hash of
 * their word's bytes (into two typed arrays) when a word of that group is first looked up. Decoding every line
 * into a map of strings would take 150-250 ms and 5-10 MB of heap for each dictionary.
 */
export class StemIndex {
  private readonly files: Buffer[] = [];
  private readonly groups = new Map<number, number[] | Hashed>();

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

  /** The looked-up word's bytes (one buffer for every look-up: no garbage). */
  private readonly scratch = Buffer.alloc(512);

  private bytesOf(place: number): Buffer {
    return this.files[Math.floor(place / FILE_UNIT)];
  }

  /** The first `n` bytes of `scratch` are the word of the line at `place`. */
  private same(n: number, place: number): boolean {
    const bytes = this.bytesOf(place);
    const at = place % FILE_UNIT;
    const end = wordEnd(bytes, at);
    return end - at === n && this.scratch.compare(bytes, at, end, 0, n) === 0;
  }

  private line(place: number): string {
    const bytes = this.bytesOf(place);
    const at = place % FILE_UNIT;
    const nl = bytes.indexOf(0x0a, at);
    return bytes.toString('utf8', at, nl < 0 ? bytes.length : nl).trim();
  }

  /** A group's lines sorted by the hash of their words (two flat arrays, no map), made on first use. */
  private hashed(k: number): Hashed | undefined {
    const g = this.groups.get(k);
    if (!g || !Array.isArray(g)) return g;
    const order = g.map((place) => {
      const bytes = this.bytesOf(place);
      const at = place % FILE_UNIT;
      return { h: hash(bytes, at, wordEnd(bytes, at)), place };
    });
    order.sort((a, b) => a.h - b.h || a.place - b.place);
    const sorted: Hashed = { hashes: Uint32Array.from(order, (o) => o.h), places: Uint32Array.from(order, (o) => o.place) };
    this.groups.set(k, sorted);
    return sorted;
  }

  get(word: string): string | undefined {
    if (word.length > 100) return undefined;
    const n = this.scratch.write(word);
    const group = this.hashed(keyOf(this.scratch, 0, n));
    if (!group) return undefined;
    const h = hash(this.scratch, 0, n);
    const lines: string[] = [];
    for (let i = firstAtLeast(group.hashes, h); i < group.hashes.length && group.hashes[i] === h; i++) {
      if (this.same(n, group.places[i])) lines.push(this.line(group.places[i]));
    }
    return lines.length ? lines.join('\n') : undefined;
  }
}

/** A group's lines once looked up: the places in the order of their words' hashes. */
interface Hashed {
  hashes: Uint32Array;
  places: Uint32Array;
}

/** The first index whose value is at least `h` (binary search of a sorted array). */
function firstAtLeast(xs: Uint32Array, h: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
