/** The text after a set of non-overlapping edits, as an editor applies them. */
import type { TextEdit } from '../../server/src/core/types';

export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
