/**
 * The start of the line holding `offset`. Offset 0 is on the first line even when the text starts
 * with a line break: `text.lastIndexOf('\n', offset - 1)` reads the negative position -1 as 0 and
 * would find that break, giving 1.
 */
export function lineStartAt(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}
