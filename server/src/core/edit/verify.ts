/**
 * The last check before an edit that only moves text is offered: the edited text parses as
 * cleanly, holds the same data (every key's value, aliases resolved), the same comments, the
 * same line endings and the same byte order mark and final line break.
 */
import { parse, PARSE_OPTIONS } from '../parse/parse';
import { sourceLines } from './lines';

/** A text's data, with the keys of every map sorted: equal when only the order of keys differs. */
function canonical(source: string): string | undefined {
  const p = parse(source);
  if (p.doc.errors.length || p.tooDeep !== undefined) return undefined;
  try {
    const sortKeys = (_: string, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v;
    return JSON.stringify(p.doc.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount }), sortKeys);
  } catch {
    // An alias without its anchor above it, or too many aliases.
    return undefined;
  }
}

function commentsOf(source: string): string {
  return sourceLines(source)
    .tokens.filter((t) => t.type === 'comment')
    .map((t) => t.source!.replace(/\r$/, ''))
    .sort()
    .join('\n');
}

/** Line breaks and what frames the text: `\r\n` and bare `\n` counts, the BOM, the final line break. */
function frame(source: string): string {
  const crlf = source.split('\r\n').length - 1;
  const lf = source.split('\n').length - 1 - crlf;
  return `${crlf}/${lf}/${source.startsWith('\uFEFF')}/${/\n$/.test(source)}`;
}

/** What a move of text lost or changed, or undefined when `after` keeps everything of `before`. */
export function movedTextProblem(before: string, after: string): 'data' | 'comments' | 'frame' | undefined {
  const a = canonical(before);
  if (a === undefined || a !== canonical(after)) return 'data';
  if (commentsOf(before) !== commentsOf(after)) return 'comments';
  if (frame(before) !== frame(after)) return 'frame';
  return undefined;
}
