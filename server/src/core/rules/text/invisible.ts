/**
 * Invisible characters (bidi controls, zero-width characters) and padding spaces of a text, as
 * written in the file, and edits that remove them only where the YAML keeps its meaning.
 */
import { parseDocument, type Scalar } from 'yaml';
import type { TextEdit } from '../../types';
import { INVISIBLE_CHAR, holds } from './chars';
import { INVISIBLE } from './letters';

/** Spaces a writer may leave at the ends of a text: space, tab, no-break and other wide spaces. */
export const PAD = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const ONE_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
const EMOJI = /\p{Extended_Pictographic}/u;

export interface Found {
  /** Code points found, `U+202E`, in order of first appearance. */
  codes: string[];
  /** Edits removing them; undefined when removing one would change how the YAML reads. */
  edits?: TextEdit[];
}

const codeOf = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A joiner inside an emoji sequence (`👨‍👩‍👧`) is needed there. */
function needed(text: string, i: number): boolean {
  if (text[i] !== '\u200D') return false;
  return EMOJI.test(text.slice(Math.max(0, i - 2), i)) && EMOJI.test(text.slice(i + 1, i + 3));
}

/** Escapes of a double-quoted scalar that stand for an invisible character: `\u202E`. */
function escapedInvisible(raw: string, start: number, out: Found, edits: TextEdit[]): void {
  for (const m of raw.matchAll(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|.)/gs)) {
    const hex = m[1] ?? m[2] ?? m[3];
    if (!hex) continue;
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) continue;
    const ch = String.fromCodePoint(cp);
    if (!ONE_INVISIBLE.test(ch) || ch === '\u200D') continue;
    if (!out.codes.includes(codeOf(ch))) out.codes.push(codeOf(ch));
    edits.push({ start: start + m.index!, end: start + m.index! + m[0].length, newText: '' });
  }
}

/** The text without the invisible characters `findInvisible` removes. */
export function withoutInvisible(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!ONE_INVISIBLE.test(text[i]) || needed(text, i)) out += text[i];
  return out;
}

/** The invisible characters of a scalar whose source is `raw` at `start` (escapes blanked in `text`). */
export function findInvisible(node: Scalar, value: string, raw: string, text: string, start: number): Found | undefined {
  if (!holds(value, INVISIBLE_CHAR) || withoutInvisible(value) === value) return undefined;
  const out: Found = { codes: [] };
  const edits: TextEdit[] = [];
  // A block scalar's header line holds no text.
  const from = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? Math.max(0, text.indexOf('\n')) : 0;
  for (let i = from; i < text.length; i++) {
    if (!ONE_INVISIBLE.test(text[i]) || needed(text, i)) continue;
    if (!out.codes.includes(codeOf(text[i]))) out.codes.push(codeOf(text[i]));
    edits.push({ start: start + i, end: start + i + 1, newText: '' });
  }
  if (node.type === 'QUOTE_DOUBLE') escapedInvisible(raw, start, out, edits);
  if (out.codes.length === 0) return undefined;
  edits.sort((a, b) => a.start - b.start);
  out.edits = simpleQuoted(node, raw) || rereads(node, raw, value, applyInside(raw, start, edits), withoutInvisible(value)) ? edits : undefined;
  return out;
}

/** A one-line quoted scalar without escapes: removing characters inside never changes how it reads. */
export function simpleQuoted(node: Scalar, raw: string): boolean {
  if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return false;
  return !/[\r\n]/.test(raw) && (node.type === 'QUOTE_SINGLE' || !raw.includes('\\'));
}

/** The source reads as `value` before the edit and as `expected` after it. */
function rereads(node: Scalar, raw: string, value: string, after: string, expected: string): boolean {
  const got = reread(after);
  return got !== undefined && got === trimPlain(node, expected) && reread(raw) === value;
}

/** The source with the edits applied (all of them inside `raw`, which starts at `start`). */
export function applyInside(raw: string, start: number, edits: TextEdit[]): string {
  let out = raw;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start - start) + e.newText + out.slice(e.end - start);
  return out;
}

/** YAML drops the spaces at the ends of a plain scalar. */
export function trimPlain(node: Scalar, value: string): string {
  return node.type === 'PLAIN' ? value.replace(/^[ \t]+|[ \t]+$/g, '') : value;
}

/**
 * The string a scalar's source reads as on its own, or undefined when it is no string scalar.
 * An edit keeps a text's meaning when the source read this way gives the original value before
 * it and the intended value after it (`\u200B- x` would become a list, `a \u200B#x` a comment).
 */
export function reread(raw: string): string | undefined {
  const doc = parseDocument(raw, { uniqueKeys: false });
  const v = doc.contents as Scalar | null;
  if (doc.errors.length > 0 || v === null || !('value' in v) || typeof v.value !== 'string') return undefined;
  return v.value;
}
