/** Text edits that add keys to YAML maps while keeping every other byte (and comment) as it was. */
import { isMap, type Node, type YAMLMap } from 'yaml';
import { lineEnd } from '../parse/parse';
import type { TextEdit } from '../types';

/** Column of an offset within its line. */
export function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just after the last non-space character before `offset`. */
function trimBack(source: string, offset: number): number {
  let i = Math.min(offset, source.length);
  while (i > 0 && /\s/.test(source[i - 1])) i--;
  return i;
}

/**
 * An edit that adds `block` (YAML lines, unindented) and `flow` (`key: value` in flow style)
 * as a new key of `map`, after its last key.
 */
export function insertIntoMap(source: string, map: YAMLMap, block: string, flow: string, fallbackIndent = 2): TextEdit | undefined {
  const r = (map as Node).range;
  if (!r) return undefined;
  if (map.flow) {
    const close = source.lastIndexOf('}', r[1]);
    if (close < r[0]) return undefined;
    const before = trimBack(source, close);
    const sep = source[before - 1] === '{' ? '' : ', ';
    return { start: before, end: before, newText: `${sep}${flow}` };
  }
  const first = map.items[0]?.key as Node | undefined;
  const indent = first?.range ? columnOf(source, first.range[0]) : fallbackIndent;
  const last = map.items[map.items.length - 1];
  const lastEnd = ((last?.value as Node | null)?.range ?? (last?.key as Node | null)?.range ?? r)[1];
  const at = lineEnd(source, trimBack(source, lastEnd));
  const pad = ' '.repeat(indent);
  const text = block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
  return { start: at, end: at, newText: `\n${text}` };
}

export function isBlockMap(node: unknown): node is YAMLMap {
  return isMap(node) && !node.flow;
}
