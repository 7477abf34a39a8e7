/**
 * The lines of a text as the `yaml` parser sees them: which token starts each line (a comment,
 * a key, nothing when the line continues a block scalar or a quoted string), the file's line
 * ending and byte order mark. Edits that move or add whole lines decide with this, never by
 * looking for `#` in the raw text.
 */
import { CST, Lexer } from 'yaml';
import { findConflicts, maskConflicts } from '../parse/conflicts';
import { lineStartAt } from '../parse/line-start';

export interface Token {
  type: string;
  offset: number;
  /** The token's text, kept for comments, anchors and aliases only. */
  source?: string;
}

export interface SourceLines {
  source: string;
  /** The tokens of the text but spaces and line breaks, by offset. */
  tokens: Token[];
  /** 1 when the text starts with a byte order mark (it stays before everything), else 0. */
  bom: number;
  /** The line ending of the file (its first line break). */
  eol: '\n' | '\r\n';
}

const KEEP_SOURCE = new Set(['comment', 'anchor', 'alias']);

/**
 * The tokens of yaml's lexer (what its parser builds the syntax tree from), with their offsets.
 * A scalar's text (plain, or a block scalar's lines) follows a `\x1f` marker; `\x02` and `\x18`
 * are markers too: none of them is in the text.
 */
function lexTokens(text: string): Token[] {
  const out: Token[] = [];
  let offset = 0;
  let scalar = false;
  for (const tok of new Lexer().lex(text)) {
    if (tok === '\x02' || tok === '\x18') continue;
    if (tok === '\x1f') {
      scalar = true;
      continue;
    }
    const type = scalar ? 'scalar' : (CST.tokenType(tok) ?? 'other');
    scalar = false;
    if (tok.length && type !== 'space' && type !== 'newline') out.push(KEEP_SOURCE.has(type) ? { type, offset, source: tok } : { type, offset });
    offset += tok.length;
  }
  return out;
}

let cached: SourceLines | undefined;

/** The lines of `source` (merge conflict markers masked, as the engine parses it); the last one is cached. */
export function sourceLines(source: string): SourceLines {
  if (cached?.source === source) return cached;
  const tokens = lexTokens(maskConflicts(source, findConflicts(source)));
  const nl = source.indexOf('\n');
  const eol = nl > 0 && source[nl - 1] === '\r' ? '\r\n' : '\n';
  cached = { source, tokens, bom: source.startsWith('\uFEFF') ? 1 : 0, eol };
  return cached;
}

/** The start of the line holding `offset` (after the byte order mark on the first line). */
export function lineStartOf(s: SourceLines, offset: number): number {
  return Math.max(s.bom, lineStartAt(s.source, offset));
}

/** The start of the next line, or the end of the text. */
export function nextLineStart(s: SourceLines, lineStart: number): number {
  const nl = s.source.indexOf('\n', lineStart);
  return nl < 0 ? s.source.length : nl + 1;
}

/** The end of a line's text, before its `\r\n` or `\n`. */
export function lineTextEnd(s: SourceLines, lineStart: number): number {
  const nl = s.source.indexOf('\n', lineStart);
  const end = nl < 0 ? s.source.length : nl;
  return end > lineStart && s.source[end - 1] === '\r' ? end - 1 : end;
}

/** The index of the first token at or after `offset`. */
function firstIndexFrom(s: SourceLines, offset: number): number {
  let lo = 0;
  let hi = s.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.tokens[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that start in `[from, to)`. */
export function tokensIn(s: SourceLines, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = firstIndexFrom(s, from); i < s.tokens.length && s.tokens[i].offset < to; i++) out.push(s.tokens[i]);
  return out;
}

/** The last token before `offset` that is not one of `skip`. */
export function tokenBefore(s: SourceLines, offset: number, skip: ReadonlySet<string>): Token | undefined {
  for (let i = firstIndexFrom(s, offset) - 1; i >= 0; i--) if (!skip.has(s.tokens[i].type)) return s.tokens[i];
  return undefined;
}

/** The first token that starts on the line, if any (none: a blank line, or one inside a multi-line scalar). */
export function firstTokenOfLine(s: SourceLines, lineStart: number): Token | undefined {
  const end = nextLineStart(s, lineStart);
  for (let i = firstIndexFrom(s, lineStart); i < s.tokens.length && s.tokens[i].offset < end; i++) {
    if (s.tokens[i].type !== 'byte-order-mark') return s.tokens[i];
  }
  return undefined;
}

/** The column of the comment that makes up the whole line, or undefined when the line is not a comment line. */
export function commentColumn(s: SourceLines, lineStart: number): number | undefined {
  const t = firstTokenOfLine(s, lineStart);
  return t?.type === 'comment' ? t.offset - lineStart : undefined;
}

/** A line with no token and nothing but spaces. */
export function isBlankLine(s: SourceLines, lineStart: number): boolean {
  return !firstTokenOfLine(s, lineStart) && s.source.slice(lineStart, lineTextEnd(s, lineStart)).trim() === '';
}

/** The start of the line before, or undefined on the first line. */
export function previousLineStart(s: SourceLines, lineStart: number): number | undefined {
  return lineStart <= s.bom ? undefined : lineStartOf(s, lineStart - 1);
}
