/**
 * A hunspell dictionary's lines by their word, for `hunspell.ts` to feed `nspell` from: the file
 * stays bytes and each line is one number (no line is decoded until a look-up wants it), and a
 * word's lines are found by binary search once its group is first looked up.
 */

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

/** A line's place: the file's number above 2^25, the offset below. Its index in its group (< 2^23): below its hash in a sort key. */
const FILE_UNIT = 2 ** 25;
const INDEX_UNIT = 2 ** 23;

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

  /**
   * A group's lines sorted by the hash of their words (two flat arrays, no map), made on first use.
   * Sorted as numbers, hash above index (exact in a double), with no comparison called per pair:
   * the first look-ups of a long text sort much of a dictionary. Lines of one hash keep their order.
   */
  private hashed(k: number): Hashed | undefined {
    const g = this.groups.get(k);
    if (!g || !Array.isArray(g)) return g;
    const keys = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) {
      const bytes = this.bytesOf(g[i]);
      const at = g[i] % FILE_UNIT;
      keys[i] = hash(bytes, at, wordEnd(bytes, at)) * INDEX_UNIT + i;
    }
    keys.sort();
    const sorted: Hashed = { hashes: new Uint32Array(g.length), places: new Uint32Array(g.length) };
    for (let i = 0; i < keys.length; i++) {
      sorted.hashes[i] = Math.floor(keys[i] / INDEX_UNIT);
      sorted.places[i] = g[keys[i] % INDEX_UNIT];
    }
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
