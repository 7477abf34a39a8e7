/** "Fix all": every safe (preferred) fix of the chosen rules, without overlaps. */
import type { Diagnostic, TextEdit } from '../types';

export function fixAll(diagnostics: Diagnostic[], codes: string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const d of diagnostics) {
    if (!codes.includes(d.code)) continue;
    const fix = d.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => edits.some((x) => e.start < x.end && x.start < e.end))) continue;
    edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.start - b.start);
}
