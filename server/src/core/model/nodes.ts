/** Small helpers over `yaml` nodes shared by the structural walk and the rules. */
import { distance } from 'fastest-levenshtein';
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';

/** Close matches for "did you mean". */
export function suggest(word: string, candidates: string[], max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return candidates
    .filter((c) => c !== word)
    .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

export function range(node: Node | null | undefined, fallback: [number, number]): [number, number] {
  const r = node?.range;
  return r ? [r[0], r[1]] : fallback;
}

/** The text of a scalar as written (numbers and booleans keep their source spelling). */
export function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return '';
  return node.source ?? String(node.value);
}

export function describe(node: Node | null): string {
  if (!node || (isScalar(node) && (node.value === null || node.value === undefined))) return 'empty';
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return typeof node.value === 'string' ? 'string' : typeof node.value;
  return 'alias';
}

export function isEmpty(node: Node | null): boolean {
  return !node || (isScalar(node) && (node.value === null || node.value === undefined));
}
