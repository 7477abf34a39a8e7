/**
 * Text edits that add keys to YAML maps while keeping every other byte (and comment) as it was.
 *
 * In a block map the new key goes after the whole block of the key before it (its value and
 * the comments under it) and above the comment lines that head the key after it, in the file's
 * own line ending. A map that cannot be cut into such blocks (keys written as `? key` /
 * `: value`) gets no edit.
 */
import type { Node, YAMLMap } from 'yaml';
import { isScalar } from 'yaml';
import type { TextEdit } from '../types';
import { hasExplicitKeys, mapBlocks } from './blocks';
import { sourceLines, type SourceLines } from './lines';
import { lineStartAt } from '../parse/line-start';

/** Column of an offset within its line. */
export function columnOf(source: string, offset: number): number {
  return offset - lineStartAt(source, offset);
}

/** The offset just after the last non-space character before `offset`. */
function trimBack(source: string, offset: number): number {
  let i = Math.min(offset, source.length);
  while (i > 0 && /\s/.test(source[i - 1])) i--;
  return i;
}

/** `key: value` pairs added to a flow map `{...}`. */
function insertIntoFlow(source: string, map: YAMLMap, flow: string, index: number): TextEdit | undefined {
  const r = (map as Node).range!;
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

/** YAML lines added to a block map, as blocks of whole lines. */
function insertIntoBlock(s: SourceLines, map: YAMLMap, block: string, index: number): TextEdit | undefined {
  const blocks = mapBlocks(s, map);
  if (!blocks) return undefined;
  const pad = ' '.repeat(blocks.column);
  const lines = block.split(/\r?\n/);
  const padded = lines.map((line) => (line ? pad + line : line)).join(s.eol);
  if (index >= 0) {
    const at = blocks.items[index].bodyEnd;
    return { start: at, end: at, newText: `${s.eol}${padded}` };
  }
  const first = blocks.items[0];
  if (first.ownLine) return { start: first.start, end: first.start, newText: `${padded}${s.eol}` };
  // The first key of a `- key: value` item: the new lines go in its place, the key moves below them.
  return { start: first.keyStart, end: first.keyStart, newText: `${lines.map((l, i) => (i && l ? pad + l : l)).join(s.eol)}${s.eol}${pad}` };
}

/**
 * An edit that adds `block` (YAML lines, unindented) and `flow` (`key: value` in flow style)
 * as a new key of `map`: after the last of `after` (the keys that come before it in the model)
 * that the map has, before its first key when it has none of them, else after its last key.
 * Undefined when the map has keys written as `? key`, or cannot be cut into whole lines.
 */
export function insertIntoMap(source: string, map: YAMLMap, block: string, flow: string, after?: string[]): TextEdit | undefined {
  if (!(map as Node).range) return undefined;
  const s = sourceLines(source);
  if (hasExplicitKeys(s, map)) return undefined;
  const keyOf = (i: number) => {
    const k = map.items[i]?.key as Node | null;
    return isScalar(k) ? String(k.value) : undefined;
  };
  let index = map.items.length - 1;
  if (after) {
    const found = map.items.map((_, i) => i).filter((i) => after.includes(keyOf(i) ?? '\0'));
    index = found.length ? Math.max(...found) : -1;
  }
  if (map.flow) return insertIntoFlow(source, map, flow, index);
  if (map.items.length === 0) return undefined;
  return insertIntoBlock(s, map, block, index);
}
