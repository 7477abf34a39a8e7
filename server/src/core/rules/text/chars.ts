/**
 * Quick first looks over a text, one table lookup per character: whether it may hold a Latin
 * letter, a letter foreign to Kazakh, an invisible character or a placeholder. V8 matches
 * `\p{Script=Latin}` and long character classes slowly; a text these say "no" to needs no regex.
 * Each bit covers at least the characters of the exact pattern it stands in front of (a test
 * holds them to it).
 */
import { LEGACY_FONT, NON_KAZAKH } from './letters';

/** Latin letters of the basic plane (a superset of `\p{Script=Latin}` there), any surrogate, and `?`. */
export const LATIN_OR_LOST = 1;
/** Letters no Kazakh word has, and legacy-font letters. */
export const NOT_KAZAKH = 2;
/** Bidi controls, zero-width characters, the word joiner and BOM (`INVISIBLE`). */
export const INVISIBLE_CHAR = 4;

const LATIN_RANGES: [number, number][] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xba, 0xba], [0xc0, 0x2e4], [0x1d00, 0x1eff], [0x2071, 0x2071], [0x207f, 0x207f],
  [0x2090, 0x209c], [0x212a, 0x2188], [0x2c60, 0x2c7f], [0xa722, 0xa7ff], [0xab30, 0xab6f], [0xfb00, 0xfb06], [0xff21, 0xff5a],
  [0xd800, 0xdfff], [0x3f, 0x3f],
];
const INVISIBLE_RANGES: [number, number][] = [[0x61c, 0x61c], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2060], [0x2066, 0x2069], [0xfeff, 0xfeff]];

const TABLE = (() => {
  const t = new Uint8Array(0x10000);
  const mark = (ranges: [number, number][], bit: number) => {
    for (const [from, to] of ranges) for (let c = from; c <= to; c++) t[c] |= bit;
  };
  mark(LATIN_RANGES, LATIN_OR_LOST);
  mark(INVISIBLE_RANGES, INVISIBLE_CHAR);
  for (const ch of [...Object.keys(NON_KAZAKH), ...Object.keys(LEGACY_FONT)]) t[ch.charCodeAt(0)] |= NOT_KAZAKH;
  return t;
})();

/** Whether `text` holds a character of any of the kinds in `mask`. */
export function holds(text: string, mask: number): boolean {
  for (let i = 0; i < text.length; i++) if ((TABLE[text.charCodeAt(i)] & mask) !== 0) return true;
  return false;
}
