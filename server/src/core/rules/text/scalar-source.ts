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

/** Blank out web and email addresses (same length), which hold Latin letters by right. */
export function maskAddresses(text: string): string {
  // Token by token, so that no pattern ever scans a long run twice.
  return text.replace(/[^\s"',;()]+/g, (token) => (ADDRESS.some((re) => re.test(token)) ? ' '.repeat(token.length) : token));
}
