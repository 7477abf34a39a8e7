/**
 * "Disable for this line" of a finding, as `disableLineFix` makes it, without lexing the whole file:
 * the tokens of the finding's line only depend on the text before it, and the lexer reads a block
 * map key that opens its own line the same from there as from the file's start. So the text is
 * lexed from the nearest such key above the finding (the deepest one holding it) to the end of the
 * finding's line. A file whose lexing could depend on more (line endings other than `\n`, merge
 * conflicts or their markers, syntax errors, several documents) is lexed whole.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Analysis } from '../engine';
import { disableLineFix } from '../rules/structure/unused-disable';
import type { Diagnostic, Fix } from '../types';
import { lineStartAt } from '../parse/line-start';

/** The start of the line of the deepest block map key that opens its line and comes at or before `offset`. */
function restartPoint(source: string, root: unknown, offset: number): number {
  let restart = 0;
  let node: unknown = root;
  for (;;) {
    if (isMap(node) && !node.flow) {
      const pair = node.items.find((p, i) => {
        const start = (p.key as Node | null)?.range?.[0];
        const next = (node as { items: { key: unknown }[] }).items[i + 1]?.key as Node | null | undefined;
        const end = next?.range?.[0] ?? (p.value as Node | null)?.range?.[2] ?? Infinity;
        return start !== undefined && start <= offset && offset < end;
      });
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return restart;
      const keyStart = pair.key.range[0];
      const lineStart = lineStartAt(source, keyStart);
      if (/^ *$/.test(source.slice(lineStart, keyStart))) restart = lineStart;
      node = pair.value;
    } else if (isSeq(node) && !node.flow) {
      node = node.items.find((x) => {
        const r = (x as Node | null)?.range;
        return !!r && r[0] <= offset && offset < r[2];
      });
    } else return restart;
  }
}

/** Whether the lexing of a part of the file can be taken for the lexing of the whole one. */
function partsLexAlike(analysis: Analysis): boolean {
  const { parsed } = analysis;
  if (parsed.conflicts.length || parsed.loneMarkers?.length || parsed.doc.errors.length || parsed.extraDocuments.length) return false;
  return !parsed.source.includes('\r') && !parsed.source.startsWith('\uFEFF');
}

export function disableLineFixOf(analysis: Analysis, d: Diagnostic): Fix | undefined {
  const source = analysis.parsed.source;
  if (!partsLexAlike(analysis)) return disableLineFix(source, d);
  const from = restartPoint(source, analysis.parsed.doc.contents, d.offset[0]);
  const nl = source.indexOf('\n', d.offset[0]);
  const to = nl < 0 ? source.length : nl + 1;
  const fix = disableLineFix(source.slice(from, to), { ...d, offset: [d.offset[0] - from, Math.min(d.offset[1], to) - from] });
  if (!fix) return undefined;
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + from, end: e.end + from })) };
}
