/** Line edits the generated standards are built with: dropping keys, spoiling words, anchors and YAML shapes. */
import { COMMENT_TEXTS, type Shapes } from './standard-spec';

export const LATIN_FOR: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', А: 'A', Е: 'E', О: 'O', Р: 'P', С: 'C', Х: 'X', К: 'K', Н: 'H', М: 'M', Т: 'T', В: 'B' };
export const LATIN_FOR_KK: Record<string, string> = { і: 'i', І: 'I', һ: 'h', ә: 'ə', Ә: 'Ə', ө: 'ɵ', Ө: 'Ɵ' };
export const LEGACY_FOR: Record<string, string> = { қ: 'ќ', ғ: 'є', ө: 'ґ', ұ: 'ў', ү: 'ї', ң: 'ѕ', ә: 'ј', Қ: 'Ќ', Ғ: 'Є', Ө: 'Ґ', Ұ: 'Ў', Ү: 'Ї', Ң: 'Ѕ', Ә: 'Ј' };
export const NON_KAZAKH_FOR: Record<string, string> = { ғ: 'њ', Ғ: 'Њ' };

/** The line index of the `n`-th (modulo) line matching `re`, or -1. */
export function nth(lines: string[], re: RegExp, n: number): number {
  const idx: number[] = [];
  lines.forEach((l, i) => {
    if (re.test(l)) idx.push(i);
  });
  return idx.length ? idx[n % idx.length] : -1;
}

export const indentOf = (l: string) => /^ */.exec(l)![0].length;

/** The end (exclusive) of the block that starts at line `i`: the following lines indented deeper, or blank. */
export function blockEnd(lines: string[], i: number): number {
  const item = /^\s*- /.test(lines[i]);
  const ind = indentOf(lines[i]) + (item ? 2 : 0);
  let j = i + 1;
  while (j < lines.length) {
    const l = lines[j];
    // Deeper lines and blank lines belong to the block; so does a list written at the key's own indentation.
    if (l.trim() === '' || indentOf(l) > ind || (!item && indentOf(l) === ind && /^\s*- /.test(l))) j++;
    else break;
  }
  // Trailing blank lines belong to what follows.
  while (j > i + 1 && lines[j - 1].trim() === '') j--;
  return j;
}

/** Removes the key `key` (its line and its block); `n` picks among several. */
export function dropKey(lines: string[], key: string, n: number): void {
  const i = nth(lines, new RegExp(`^\\s*${key}:(\\s|$)`), n);
  if (i < 0) return;
  lines.splice(i, blockEnd(lines, i) - i);
}

/** Replaces letters of one word of the value of `lines[i]` using `map`, at most `count` of them. */
export function spoilWord(lines: string[], i: number, word: number, count: number, map: Record<string, string>): void {
  const m = /^(\s*(?:- )?(?:kk|ru): )(.*)$/.exec(lines[i]);
  if (!m) return;
  const words = [...m[2].matchAll(/[\p{L}]{3,}/gu)].filter((w) => /\p{Script=Cyrillic}/u.test(w[0]) && [...w[0]].some((ch) => ch in map));
  if (!words.length) return;
  const w = words[word % words.length];
  const chars = [...w[0]];
  let left = Math.max(1, count);
  for (let k = 0; k < chars.length && left > 0; k++) {
    const r = map[chars[(k + word) % chars.length]];
    if (r) {
      chars[(k + word) % chars.length] = r;
      left--;
    }
  }
  // Keep at least one Cyrillic letter, so that the word reads as a spoiled Cyrillic word.
  const spoiled = chars.join('');
  if (!/\p{Script=Cyrillic}/u.test(spoiled)) return;
  const at = m[1].length + (w.index ?? 0);
  lines[i] = lines[i].slice(0, at) + spoiled + lines[i].slice(at + w[0].length);
}

/** The root blocks: each root key with the comment lines right above it. */
export function rootBlocks(lines: string[]): { start: number; end: number }[] {
  const keys = lines.map((l, i) => (/^[a-z][\w-]*:/.test(l) ? i : -1)).filter((i) => i >= 0);
  const starts = keys.map((k) => {
    let s = k;
    while (s > 0 && /^\s*#/.test(lines[s - 1])) s--;
    return s;
  });
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : lines.length }));
}

/** `&aN` on a value, `*aN` for a later value of the same key. */
export function addAnchor(lines: string[], n: number): void {
  const re = /^(\s*(?:- )?)(phone|email|website|hours|days|kind|channel): ([^\s#&*!|>][^#]*?)\s*$/;
  const idx = lines.map((l, i) => (re.test(l) ? i : -1)).filter((i) => i >= 0);
  if (idx.length < 2) return;
  const a = idx[n % idx.length];
  const m = re.exec(lines[a])!;
  const later = idx.filter((i) => i > a && re.exec(lines[i])![2] === m[2]);
  const name = `a${n % 97}`;
  if (!later.length || lines.some((l) => l.includes(`&${name} `))) return;
  const b = later[(n >> 2) % later.length];
  lines[a] = `${m[1]}${m[2]}: &${name} ${m[3]}`;
  lines[b] = `${re.exec(lines[b])![1]}${m[2]}: *${name}`;
}

const PLAIN_TEXT = /^(\s*)((?:- )?)(kk|ru): ([^"'{[|>&*!\s#\\][^#"\\]*)$/;

/** A text as a block scalar whose second line starts with `#` (content, not a comment). */
function toBlockScalar(lines: string[], n: number): void {
  const i = nth(lines, PLAIN_TEXT, n);
  if (i < 0) return;
  const m = PLAIN_TEXT.exec(lines[i])!;
  const pad = ' '.repeat(m[1].length + m[2].length + 2);
  const style = ['|', '>', '|-', '>+'][n % 4];
  lines.splice(i, 1, `${m[1]}${m[2]}${m[3]}: ${style}`, `${pad}${m[4]}`, `${pad}# ${COMMENT_TEXTS[n % COMMENT_TEXTS.length]}`);
}

/** A text as a double-quoted string over three lines, the last one starting with `#`. */
function toQuotedMultiline(lines: string[], n: number): void {
  const i = nth(lines, PLAIN_TEXT, n);
  if (i < 0) return;
  const m = PLAIN_TEXT.exec(lines[i])!;
  const words = m[4].trimEnd().split(' ');
  const half = Math.ceil(words.length / 2);
  const pad = ' '.repeat(m[1].length + m[2].length + 2);
  lines.splice(i, 1, `${m[1]}${m[2]}${m[3]}: "${words.slice(0, half).join(' ')}`, '', `${pad}# ${words.slice(half).join(' ')}"`);
}

/** `key:` and its language lines written as `key: {kk: ..., ru: ...}`. */
function toFlowText(lines: string[], n: number): void {
  const i = nth(lines, /^\s*(?:- )?[a-z][\w-]*:$/, n);
  if (i < 0) return;
  const col = indentOf(lines[i]) + (/^\s*- /.test(lines[i]) ? 2 : 0);
  const kids: string[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const m = /^(\s*)(kk|ru|en): ([^\s"'{[|>&*!#,\]}][^#,:{}[\]"]*)$/.exec(lines[j]);
    if (!m || m[1].length <= col) break;
    kids.push(`${m[2]}: ${m[3].trimEnd()}`);
  }
  // Nothing of the map may be left below (past comments and blank lines).
  let k = j;
  while (k < lines.length && (lines[k].trim() === '' || /^\s*#/.test(lines[k]))) k++;
  if (!kids.length || (k < lines.length && indentOf(lines[k]) > col)) return;
  lines.splice(i, 1 + kids.length, `${lines[i]} {${kids.join(', ')}}`);
}

/** `key: value` written as `? key` and `: value` (outside conflicts). */
function toExplicitKey(lines: string[], n: number): void {
  const i = nth(lines, /^( *)([a-z][\w-]*):( .*)?$/, n);
  if (i < 0) return;
  const m = /^( *)([a-z][\w-]*):( .*)?$/.exec(lines[i])!;
  lines.splice(i, 1, `${m[1]}? ${m[2]}`, `${m[1]}:${m[3] ?? ''}`);
}

export function applyShapes(lines: string[], shapes: Shapes): void {
  for (const n of shapes.blockScalars) toBlockScalar(lines, n);
  for (const n of shapes.quoted) toQuotedMultiline(lines, n);
  for (const n of shapes.flowTexts) toFlowText(lines, n);
  for (const n of shapes.explicitKeys) toExplicitKey(lines, n);
}
