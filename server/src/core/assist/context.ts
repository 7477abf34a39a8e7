/**
 * Where the cursor is, in terms of the catalog: which mapping, key or value is being typed.
 * Works on half-typed text, where the YAML does not parse yet, from the indentation of the
 * lines above (the way YAML nests block mappings) and the brackets on the cursor's line.
 */
import { resolveRef } from '../catalog/resolve';
import type { Catalog, Field, ValueType } from '../catalog/types';
import { lineStartAt } from '../parse/line-start';

export type Segment = { key: string } | { list: true };

export interface CursorContext {
  kind: 'key' | 'value' | 'flow-key' | 'flow-item';
  /** Keys (and list steps) from the root to the mapping or list being typed in. */
  path: Segment[];
  /** For values: the key whose value is typed. */
  key?: string;
  /** The word typed so far, and where it starts. */
  prefix: string;
  replaceStart: number;
  /** Column where keys of this mapping start. */
  indent: number;
  /** Keys already present in the mapping (or items in a flow list). */
  siblings: string[];
  /** The cursor line starts a list item (`- `). */
  listItem: boolean;
  /** Nothing but whitespace and comments in the document. */
  emptyDocument: boolean;
}

interface LineInfo {
  indent: number;
  dash: boolean;
  /** Column where the key (or item) text starts: after the dash when there is one. */
  keyCol: number;
  key?: string;
  /** Text after `key:` (trimmed, comments removed). */
  value?: string;
  blank: boolean;
}

const KEY_LINE = /^([^\s#'"{}[\],:][^#:]*?|"[^"]*"|'[^']*'):(?:\s+(.*))?$/;

function info(line: string): LineInfo {
  const m = /^(\s*)((?:-\s+)*)(.*)$/.exec(line)!;
  const indent = m[1].length;
  const dash = m[2].length > 0;
  const rest = m[3];
  const blank = rest.trim() === '' || rest.trimStart().startsWith('#');
  const out: LineInfo = { indent, dash, keyCol: indent + m[2].length, blank: blank && !dash };
  const hash = rest.search(/\s#/);
  const km = KEY_LINE.exec((hash === -1 ? rest : rest.slice(0, hash)).trimEnd());
  if (km) {
    out.key = km[1].replace(/^["']|["']$/g, '');
    out.value = (km[2] ?? '').trim();
  }
  return out;
}

/**
 * The lines of a text above and below one line, read one at a time as they are asked for, so that
 * the context of a cursor in a long standard costs what its mapping holds, not the whole text.
 * Carriage returns and Unicode line separators read as spaces (same length, same offsets).
 */
class Lines {
  constructor(
    private readonly text: string,
    /** Where the cursor's line starts, and where it ends (its line break, or the text's end). */
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The lines above the cursor's, nearest first. */
  above(): () => string | undefined {
    let at = this.start;
    return () => {
      if (at <= 0) return undefined;
      const from = lineStartAt(this.text, at - 1);
      const line = this.text.slice(from, at - 1);
      at = from;
      return spaced(line);
    };
  }

  /** The lines below the cursor's, nearest first. */
  below(): () => string | undefined {
    let at = this.end;
    return () => {
      if (at >= this.text.length) return undefined;
      const next = this.text.indexOf('\n', at + 1);
      const to = next === -1 ? this.text.length : next;
      const line = this.text.slice(at + 1, to);
      at = to;
      return spaced(line);
    };
  }
}

const spaced = (s: string) => s.replace(/[\r\u2028\u2029]/g, ' ');

/** The spaces and tabs a line starts with (at most its indentation). */
function spacesOf(line: string): number {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
  return n;
}

const isBlank = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');

/** No line but the cursor's holds anything but whitespace and comments. */
function onlyBlankAround(lines: Lines): boolean {
  for (const next of [lines.above(), lines.below()]) for (let l = next(); l !== undefined; l = next()) if (!isBlank(l)) return false;
  return true;
}

export function contextAt(source: string, offset: number): CursorContext {
  const lineStart = lineStartAt(source, offset);
  const lineBreak = source.indexOf('\n', offset);
  const lines = new Lines(source, lineStart, lineBreak === -1 ? source.length : lineBreak);
  const before = spaced(source.slice(lineStart, offset));
  const emptyDocument = before.trim() === '' && onlyBlankAround(lines);

  const cur = /^(\s*)((?:-\s+)*)(.*)$/.exec(before)!;
  const indent = cur[1].length + cur[2].length;
  const listItem = cur[2].length > 0;
  const rest = cur[3];

  const parents = parentPath(lines, indent, listItem);
  const base: Omit<CursorContext, 'kind' | 'prefix' | 'replaceStart'> = {
    path: parents.path,
    indent,
    siblings: parents.siblings,
    listItem,
    emptyDocument,
  };

  // Inside a flow collection on this line: `{kk: …, ` or `[mon, `.
  const flow = openBracket(rest);
  if (flow) {
    // The key before the bracket is short: look at the end of the line only.
    const head = rest.slice(Math.max(0, flow.at - 200), flow.at);
    const keyMatch = /([^\s:{}[\],]+):\s*$/.exec(head);
    const word = /[^\s{}[\],:]*$/.exec(rest)![0];
    const inner = rest.slice(flow.at + 1);
    const path = keyMatch ? [...parents.path, { key: keyMatch[1] }] : listItem ? [...parents.path] : parents.path;
    if (flow.char === '{') {
      const afterColon = /:\s*[^,{]*$/.test(inner);
      if (afterColon) {
        const k = /([^\s{,:]+):\s*[^,{]*$/.exec(inner)?.[1];
        return { ...base, kind: 'value', path, key: k, prefix: word, replaceStart: offset - word.length, siblings: [] };
      }
      const present = [...inner.matchAll(/([^\s{,:]+)\s*:/g)].map((m) => m[1]);
      return { ...base, kind: 'flow-key', path, key: keyMatch?.[1], prefix: word, replaceStart: offset - word.length, siblings: present };
    }
    const present = inner.split(',').map((s) => s.trim()).filter((s) => s && s !== word);
    return { ...base, kind: 'flow-item', path, key: keyMatch?.[1], prefix: word, replaceStart: offset - word.length, siblings: present };
  }

  const km = /^([^\s#'"{}[\],:][^#:]*?):(\s*)(.*)$/.exec(rest);
  if (km && km[2].length > 0) {
    const value = km[3];
    return { ...base, kind: 'value', key: km[1], prefix: value, replaceStart: offset - value.length };
  }
  if (km && km[2].length === 0 && km[3] === '') {
    return { ...base, kind: 'value', key: km[1], prefix: '', replaceStart: offset };
  }
  const word = /^[^\s:#]*$/.test(rest) ? rest : /[^\s:#]*$/.exec(rest)![0];
  if (listItem && parents.path.length && parents.itemOfList) {
    return { ...base, kind: 'value', key: undefined, prefix: word, replaceStart: offset - word.length };
  }
  return { ...base, kind: 'key', prefix: word, replaceStart: offset - word.length };
}

function openBracket(s: string): { char: '{' | '['; at: number } | undefined {
  const stack: { char: '{' | '['; at: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') stack.push({ char: ch, at: i });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === '#' && (i === 0 || s[i - 1] === ' ')) break;
  }
  return stack[stack.length - 1];
}

/** Keys from the root down to the mapping at `indent` on the cursor's line, and that mapping's keys. */
function parentPath(lines: Lines, indent: number, listItem: boolean): { path: Segment[]; siblings: string[]; itemOfList: boolean } {
  const path: Segment[] = [];
  const siblings: string[] = [];
  let level = indent;
  let first = true;
  let afterDash = listItem;
  let itemOfList = false;
  if (listItem) {
    level = indent - 2;
  }
  const up = lines.above();
  for (let line = up(); line !== undefined; line = up()) {
    // Deeper than the level looked for: neither a parent nor a sibling (most lines of a long list).
    if (spacesOf(line) > level) continue;
    const l = info(line);
    if (l.blank) continue;
    if (!afterDash && l.keyCol === level) {
      if (first && l.key) siblings.push(l.key);
      if (l.dash) {
        // The mapping being typed in is an item of a list.
        afterDash = true;
        level = l.indent;
      }
      continue;
    }
    if (afterDash && l.dash && l.indent === level) continue; // an earlier item of the same list
    const isParent = afterDash ? l.keyCol <= level && !(l.dash && l.keyCol === level) : l.keyCol < level;
    if (!isParent) continue;
    if (!l.key) {
      if (l.dash && afterDash) continue;
      break;
    }
    if (afterDash) {
      path.unshift({ list: true });
      if (first) itemOfList = true;
    }
    path.unshift({ key: l.key });
    first = false;
    afterDash = l.dash;
    level = l.dash ? l.indent : l.keyCol;
    if (level === 0 && !afterDash) break;
  }
  if (!first || !listItem) {
    // Keys of the same mapping after the cursor line.
    const down = lines.below();
    for (let line = down(); line !== undefined; line = down()) {
      if (spacesOf(line) > indent) continue;
      const l = info(line);
      if (l.blank) continue;
      if (l.keyCol < indent || (l.dash && l.keyCol <= indent)) break;
      if (l.keyCol === indent && l.key && !l.dash) siblings.push(l.key);
    }
  }
  if (listItem && path.length === 0 && first) itemOfList = false;
  return { path, siblings, itemOfList: itemOfList || (listItem && path.length > 0 && (path[path.length - 1] as { list?: true }).list === true) };
}

/** The catalog type reached by a path (list steps go into the item type). */
export function typeAt(catalog: Catalog, path: Segment[]): { type?: ValueType; field?: Field } {
  let type: ValueType | undefined = catalog.root;
  let field: Field | undefined;
  for (const seg of path) {
    type = resolve(catalog, type);
    if (!type) return {};
    if ('list' in seg) {
      if (type.kind === 'list') type = type.item;
      continue;
    }
    if (type.kind === 'list' && type.single) type = type.item;
    type = resolve(catalog, type);
    if (type?.kind !== 'object') return {};
    field = type.fields.find((f) => f.key === seg.key);
    if (!field) return {};
    type = field.type;
  }
  return { type: resolve(catalog, type), field };
}

export const resolve = resolveRef;
