/**
 * The nesting guard run before `yaml`: where a text nests deeper than MAX_NESTING through flow
 * brackets, indicators on one line (`- - - …`, `? ? …`, `a: b: : …`) or indentation. `yaml`
 * recurses once per level, so such a text could exhaust the stack; it is refused before parsing.
 *
 * The scan jumps from one character that may matter to the next with a regular expression rather
 * than looking at each character: most of a standard is prose and keys, which change nothing here.
 */

/** Levels of nesting a text may have (a standard needs about ten); deeper text is not parsed. */
export const MAX_NESTING = 100;

/** Spaces of indentation past which a line nests too deep (its position: the first space past them). */
const MAX_INDENT = MAX_NESTING * 4;

/** At the start of a line (indicators still count): the next character that is not a space or a tab. */
const NOT_BLANK = /[^ \t]/g;
/** Past the line's leading run: the next line break, quote, comment, bracket or colon (a dash or `?` no longer counts). */
const MAY_MATTER = /[\n"'#[\]{}:]/g;

function next(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

/** Where a text nests deeper than MAX_NESTING (see the module's comment). */
export function nestingTooDeep(text: string): number | undefined {
  return nestingScan(text).at;
}

/** Whether the spaces that open the line at `lineStart` run past MAX_INDENT before `to`. */
function overIndented(text: string, lineStart: number, to: number): boolean {
  const at = lineStart + MAX_INDENT + 1;
  if (at >= to) return false;
  for (let k = lineStart; k <= at; k++) if (text[k] !== ' ') return false;
  return true;
}

/**
 * The scan of `nestingTooDeep` over whole lines `[from, to)` of `text`, entered with `depth` open
 * flow brackets: where it nests too deep, else the depth it leaves; `onLine` gets the depth at each
 * line start after a line break.
 */
export function nestingScan(text: string, from = 0, to = text.length, start = 0, onLine?: (depth: number) => void): { at?: number; depth: number } {
  let depth = start;
  let lineStart = from;
  let indicators = 0;
  let leading = true;
  let i = next(NOT_BLANK, text, from);
  if (i - lineStart > MAX_INDENT && overIndented(text, lineStart, to)) return { at: lineStart + MAX_INDENT + 1, depth };
  while (i < to) {
    const ch = text[i];
    if (ch === '\n') {
      onLine?.(depth);
      lineStart = i + 1;
      indicators = 0;
      leading = true;
      i = next(NOT_BLANK, text, lineStart);
      if (i - lineStart > MAX_INDENT && overIndented(text, lineStart, to)) return { at: lineStart + MAX_INDENT + 1, depth };
      continue;
    }
    const prev = i === lineStart ? ' ' : text[i - 1];
    const afterBlank = prev === ' ' || prev === '\t' || i === lineStart;
    let skipTo = i + 1;
    if ((ch === '"' || ch === "'") && startsScalar(text, i, lineStart)) {
      // A quoted scalar: nothing inside it counts, up to its closing quote or the line's end.
      const close = text.indexOf(ch, i + 1);
      const nl = text.indexOf('\n', i + 1);
      skipTo = close !== -1 && (nl === -1 || close < nl) ? close + 1 : nl === -1 ? text.length : nl;
    } else if (ch === '#' && (prev === ' ' || prev === '\t')) {
      const nl = text.indexOf('\n', i);
      skipTo = nl === -1 ? text.length : nl;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_NESTING) return { at: i, depth };
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if ((ch === '-' || ch === '?' || ch === ':') && afterBlank) {
      // Block indicators in the leading run of a line (`- - ? …`), or a colon standing alone
      // (`a: b: : …`); a dash inside prose (`Астана - Алматы`) does not count.
      const after = text[i + 1];
      const alone = after === ' ' || after === '\t' || after === '\n' || after === '\r' || after === undefined;
      if (alone && (leading || ch === ':') && ++indicators > MAX_NESTING) return { at: i, depth };
      if (!alone) leading = false;
    } else leading = false;
    i = skipTo >= to ? to : next(leading ? NOT_BLANK : MAY_MATTER, text, skipTo);
  }
  return { depth };
}

/** Whether a quote at `i` opens a quoted scalar (and is not a character inside a plain one). */
export function startsScalar(text: string, i: number, lineStart: number): boolean {
  const prev = text[i - 1];
  if (i === lineStart || prev === '[' || prev === '{' || prev === ',') return true;
  if (prev !== ' ' && prev !== '\t') return false;
  let j = i - 1;
  while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < lineStart) return true;
  const before = text[j];
  // After `key: `, `- `, `? `, or inside a flow collection.
  if (before === ':' || before === ',' || before === '[' || before === '{') return true;
  return (before === '-' || before === '?') && (j === lineStart || /[\s[{,]/.test(text[j - 1]));
}
