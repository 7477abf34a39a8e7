/**
 * Edits that remove whole lines of a YAML text: the lines a node takes (its key's line, its
 * nested lines, a block scalar's body, up to the line of its last content with the comment at
 * the end of that line), and nothing else. What is around stays as it was: the comment lines
 * above and below (they head or close other entries), the line endings, a final line without a
 * line break, and every value before and after, so a keep-chomped block scalar (`|+`, `>+`)
 * just above keeps the blank lines it owns and takes none more.
 *
 * When the lines cannot go without touching other content (something else on the first or the
 * last line, such as a flow collection; a comment below that would turn into the text of a block
 * scalar above; an anchor that an alias elsewhere refers to; a merge-conflict marker line among
 * them) there is no edit, so that a fix is not offered rather than offered wrong.
 */
import { findConflicts, findLoneMarkers, maskConflicts } from '../parse/conflicts';
import type { TextEdit } from '../types';
import { firstTokenOfLine, isBlankLine, lineStartOf, lineTextEnd, nextLineStart, previousLineStart, sourceLines, tokenBefore, tokensIn, type SourceLines, type Token } from './lines';

const NONE: ReadonlySet<string> = new Set();
const COMMENTS: ReadonlySet<string> = new Set(['comment']);
const MARKER = /^(?:<{7}|\|{7}|={7}|>{7})/;

/** The lines of a text lexed as the engine parses it: conflicts and lone marker lines blanked (offsets unchanged). */
function maskedLines(source: string): SourceLines {
  const conflicts = findConflicts(source);
  return sourceLines(maskConflicts(source, conflicts, findLoneMarkers(source, conflicts)));
}

/** A line of the text as written holds nothing but spaces (a blanked marker line is not blank). */
function blankAsWritten(source: string, s: SourceLines, lineStart: number): boolean {
  return source.slice(lineStart, lineTextEnd(s, lineStart)).trim() === '';
}

interface BlockScalar {
  /** Its trailing blank lines are part of its value (`|+`, `>+`). */
  keep: boolean;
  /** The column from which a line is part of its text. */
  indent: number;
}

/** The header of the block scalar whose text is the last token before `at`, if it is one. */
function blockHeaderBefore(s: SourceLines, at: number): Token | undefined {
  const last = tokenBefore(s, at, NONE);
  if (!last) return undefined;
  if (last.type === 'block-scalar-header') return last;
  if (last.type !== 'scalar' && last.type !== 'comment') return undefined;
  const header = tokenBefore(s, last.offset, last.type === 'scalar' ? COMMENTS : NONE);
  if (header?.type !== 'block-scalar-header') return undefined;
  // A comment after a header with no text: only the comment of the header's own line.
  return last.type === 'scalar' || lineStartOf(s, header.offset) === lineStartOf(s, last.offset) ? header : undefined;
}

/** The block scalar that ends right above the line at `at` (blank lines between), if any. */
function blockScalarBefore(s: SourceLines, at: number): BlockScalar | undefined {
  const header = blockHeaderBefore(s, at);
  if (!header) return undefined;
  const indicator = /^[|>][-+1-9]*/.exec(s.source.slice(header.offset, header.offset + 3))?.[0] ?? '';
  const keep = indicator.includes('+');
  const bodyStart = nextLineStart(s, header.offset);
  const firstLine = /^(?:[ \t]*\r?\n)*( *)\S/.exec(s.source.slice(bodyStart, at));
  // An explicit indentation, or no text yet: any line indented at all might join it.
  const indent = /\d/.test(indicator) || !firstLine ? 1 : firstLine[1].length;
  return { keep, indent };
}

/** The start of the first line from `from` on that is not blank as written. */
function afterBlankLines(source: string, s: SourceLines, from: number): number {
  let ls = from;
  while (ls < source.length && blankAsWritten(source, s, ls)) ls = nextLineStart(s, ls);
  return ls;
}

/** The end of the last line before `lineStart` that is not blank, or the start of the text. */
function textEndBefore(source: string, s: SourceLines, lineStart: number): number {
  for (let ls = previousLineStart(s, lineStart); ls !== undefined; ls = previousLineStart(s, ls)) {
    if (!blankAsWritten(source, s, ls)) return lineTextEnd(s, ls);
  }
  return s.bom;
}

/** Whether the line that comes up after the removed lines is read as before: not taken into a block scalar above, not nested deeper than `column` (the removed node's). */
function nextLineKept(s: SourceLines, from: number, column: number, block: BlockScalar | undefined): boolean {
  let ls = from;
  while (ls < s.source.length && isBlankLine(s, ls)) ls = nextLineStart(s, ls);
  if (ls >= s.source.length) return true;
  const t = firstTokenOfLine(s, ls);
  if (!t) return false;
  const col = t.offset - ls;
  if (t.type !== 'comment') return col <= column;
  return !block || col < block.indent;
}

/** Whether the lines `[start, end)` hold only what the span removes: no marker line but the span's own, no anchor an alias outside refers to. */
function onlyTheSpan(source: string, s: SourceLines, [start, end]: [number, number], span: [number, number]): boolean {
  const ownMarker = MARKER.test(source.slice(span[0], span[1]));
  for (let ls = start; ls < end; ls = nextLineStart(s, ls)) {
    if (MARKER.test(source.slice(ls, lineTextEnd(s, ls))) && !(ownMarker && ls === lineStartOf(s, span[0]))) return false;
  }
  const anchors = tokensIn(s, start, end).filter((t) => t.type === 'anchor').map((t) => `*${t.source!.slice(1)}`);
  if (!anchors.length) return true;
  return !s.tokens.some((t) => t.type === 'alias' && (t.offset < start || t.offset >= end) && anchors.includes(t.source!.trimEnd()));
}

/** The first and last line of the span, when nothing else is on them but a comment after it. */
function ownLines(s: SourceLines, [from, to]: [number, number]): { first: number; last: number } | undefined {
  const first = lineStartOf(s, from);
  const last = lineStartOf(s, to > from && s.source[to - 1] === '\n' ? to - 1 : to);
  if (tokensIn(s, first, from).length) return undefined;
  if (tokensIn(s, to, lineTextEnd(s, last)).some((t) => t.type !== 'comment')) return undefined;
  return { first, last };
}

/**
 * The end of the removal: after the last line, and after the blank lines that would join the
 * value of a keep-chomped scalar above; undefined when a line after would be read otherwise.
 * Lines with no token (a blanked marker line) are blank lines to the parser: nothing reads them.
 */
function removalEnd(source: string, s: SourceLines, first: number, last: number, block: BlockScalar | undefined): number | undefined {
  let end = nextLineStart(s, last);
  const removed = tokensIn(s, first, end);
  if (!removed.length) return end;
  if (block?.keep) {
    end = afterBlankLines(source, s, end);
    if (end < source.length && isBlankLine(s, end)) return undefined;
  }
  // Only a node's lines can leave deeper lines after them to the wrong parent, not a comment's.
  const node = removed.find((t) => t.type !== 'comment');
  return nextLineKept(s, end, node ? node.offset - lineStartOf(s, node.offset) : Infinity, block) ? end : undefined;
}

/**
 * The edit that removes the whole lines of `span` (from the start of a node, or of its key, to
 * the end of its last content), or undefined when they cannot be removed alone.
 */
export function removeLines(source: string, span: [number, number]): TextEdit | undefined {
  const s = maskedLines(source);
  const lines = ownLines(s, span);
  if (!lines) return undefined;
  const block = blockScalarBefore(s, lines.first);
  const end = removalEnd(source, s, lines.first, lines.last, block);
  if (end === undefined || !onlyTheSpan(source, s, [lines.first, end], span)) return undefined;
  // The last lines of a text without a final line break: the line break before them goes instead,
  // unless it ends the value of a keep-chomped scalar.
  const start = end === source.length && !source.endsWith('\n') && !block?.keep ? textEndBefore(source, s, lines.first) : lines.first;
  return { start, end, newText: '' };
}

/**
 * The edit that removes a comment: its whole line when it is alone on it (as `removeLines`
 * does), else the comment and the spaces before it. Undefined when its line cannot go alone.
 */
export function removeComment(source: string, comment: [number, number]): TextEdit | undefined {
  const s = maskedLines(source);
  const lineStart = lineStartOf(s, comment[0]);
  if (!tokensIn(s, lineStart, comment[0]).length) return removeLines(source, comment);
  let start = comment[0];
  while (start > lineStart && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
  const textEnd = lineTextEnd(s, lineStart);
  const end = source.slice(comment[1], textEnd).trim() === '' ? textEnd : comment[1];
  return { start, end, newText: '' };
}
