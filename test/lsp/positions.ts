/** Positions in a text and LSP edits applied to it, for the protocol tests. */

/** The LSP position of `needle` in `text` (plus `delta` characters). */
export function pos(text: string, needle: string, delta = 0) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not found`);
  const o = i + delta;
  const before = text.slice(0, o).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text after LSP text edits (ranges of the original text). */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
