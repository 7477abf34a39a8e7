/** Small helpers for rules that work on dotted catalog paths. */
import type { Entry } from '../model/model';

export function join(...parts: string[]): string {
  return parts.filter(Boolean).join('.');
}

export function parentPath(path: string): string {
  return path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
}

export function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** The path's last key is `key` (`lastKey(path) === key`, without cutting the path). */
export function isKey(path: string, key: string): boolean {
  return path.endsWith(key) && (path.length === key.length || path.charCodeAt(path.length - key.length - 1) === 46);
}

/** The key-and-value span of an entry, for findings about "this line". */
export function span(e: Entry): [number, number] {
  return e.keyRange ? [e.keyRange[0], Math.max(e.keyRange[1], e.range[1])] : e.range;
}

/** Enum values held by an entry that is a list (or a single value written without brackets). */
export function listValues(entries: Map<string, Entry>, path: string): string[] {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const e = entries.get(`${path}.${i}`);
    if (!e) break;
    if (typeof e.value === 'string') out.push(e.value);
  }
  return out;
}
