/** Text edits that add keys to YAML maps while keeping every other byte (and comment) as it was. */
import { isScalar, type Node, type YAMLMap } from 'yaml';
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
 * as a new key of `map`: after the last of `after` (the keys that come before it in the model)
 * that the map has, before its first key when it has none of them, else after its last key.
 */
export function insertIntoMap(source: string, map: YAMLMap, block: string, flow: string, after?: string[]): TextEdit | undefined {
  const r = (map as Node).range;
  if (!r) return undefined;
  const keyOf = (i: number) => {
    const k = map.items[i]?.key as Node | null;
    return isScalar(k) ? String(k.value) : undefined;
  };
  let index = map.items.length - 1;
  if (after) {
    const found = map.items.map((_, i) => i).filter((i) => after.includes(keyOf(i) ?? '\0'));
    index = found.length ? Math.max(...found) : -1;
  }
  if (map.flow) {
    if (index < 0 && map.items.length) {
      const firstKey = (map.items[0].key as Node).range![0];
      return { start: firstKey, end: firstKey, newText: `${flow}, ` };
    }
    if (index < 0) {
      const close = source.lastIndexOf('}', r[1]);
      return close < r[0] ? undefined : { start: close, end: close, newText: flow };
    }
    const pair = map.items[index];
    const at = trimBack(source, ((pair.value as Node | null)?.range ?? (pair.key as Node).range)![1]);
    return { start: at, end: at, newText: `, ${flow}` };
  }
  const first = map.items[0]?.key as Node | undefined;
  const indent = first?.range ? columnOf(source, first.range[0]) : 2;
  const pad = ' '.repeat(indent);
  const text = block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
  if (index < 0 && first?.range) {
    const at = source.lastIndexOf('\n', first.range[0] - 1) + 1;
    return { start: at, end: at, newText: `${text}\n` };
  }
  const pair = map.items[Math.max(index, 0)];
  const pairEnd = ((pair?.value as Node | null)?.range ?? (pair?.key as Node | null)?.range ?? r)[1];
  const at = lineEnd(source, trimBack(source, pairEnd));
  return { start: at, end: at, newText: `\n${text}` };
}
