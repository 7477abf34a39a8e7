/**
 * Text rules look at the text as written in the file, so that every finding and fix lands on
 * the exact characters. Escapes in double-quoted strings are blanked out, same length.
 */
import type { Scalar } from 'yaml';

export interface ScalarSource {
  /** Offset of `text` in the file. */
  start: number;
  /** The scalar as written (quotes included), escapes blanked. */
  text: string;
}

export function scalarSource(source: string, node: Scalar): ScalarSource | undefined {
  const r = node.range;
  if (!r) return undefined;
  let text = source.slice(r[0], r[1]);
  if (node.type === 'QUOTE_DOUBLE') text = text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (m) => ' '.repeat(m.length));
  return { start: r[0], text };
}

const ADDRESS = [/^(?:https?:\/\/|www\.)/i, /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u, /^[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|org|gov|net)(?![\w-])/iu];

/** Ends a token (a run that may be an address): searched for forward, tested backward. */
const SEPARATORS = /[\s"',;()]/g;
const SEPARATOR = new RegExp(SEPARATORS.source);
/** A character each address has (`:` or `.` of a web address, `@` of an email): tokens without one are skipped. */
const IN_ADDRESS = /[.@:]/g;

/**
 * Blank out web and email addresses (same length), which hold Latin letters by right. Only the
 * tokens that hold `.`, `@` or `:` are looked at, each once: no pattern ever scans a run twice.
 */
export function maskAddresses(text: string): string {
  let out = '';
  let copied = 0;
  let scanned = 0;
  IN_ADDRESS.lastIndex = 0;
  for (let m = IN_ADDRESS.exec(text); m; m = IN_ADDRESS.exec(text)) {
    let start = m.index;
    while (start > scanned && !SEPARATOR.test(text[start - 1])) start--;
    SEPARATORS.lastIndex = m.index;
    const end = SEPARATORS.exec(text)?.index ?? text.length;
    const token = text.slice(start, end);
    if (ADDRESS.some((re) => re.test(token))) {
      out += text.slice(copied, start) + ' '.repeat(end - start);
      copied = end;
    }
    scanned = end;
    IN_ADDRESS.lastIndex = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
