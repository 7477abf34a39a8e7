/**
 * A frame's template read backwards: a regular expression whose groups capture the values the
 * template would have written (`{path}`, `{path|form}`), optional `[ … ]` groups made optional,
 * clause numbers (`{#path}`) matched as digits. The same templates that write the text read it.
 */

import { escapeRe } from './readers';

export interface Pattern {
  regex: RegExp;
  /** Placeholder of each capture group, in order: `{ path, form }`. */
  slots: { path: string; form?: string }[];
  /** The template's words before its first value: where its sentence starts in a paragraph. */
  lead: string;
}

const escape = (s: string) => escapeRe(s).replace(/\s+/g, '\\s+').replace(/№\\s\+/g, '№\\s*');

/** The expression a slot's value must match (by its type), or none for any text. */
export type SlotSource = (path: string, form?: string) => string | undefined;

function toSource(template: string, slots: Pattern['slots'], slot: SlotSource): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === '[') {
      let depth = 1;
      let j = i + 1;
      for (; j < template.length && depth; j++) depth += template[j] === '[' ? 1 : template[j] === ']' ? -1 : 0;
      out += `(?:${toSource(template.slice(i + 1, j - 1), slots, slot)})?`;
      i = j;
    } else if (ch === '{') {
      const end = template.indexOf('}', i);
      const spec = template.slice(i + 1, end);
      if (spec.startsWith('#')) out += '\\d+';
      else {
        const [path, form] = spec.split('|');
        slots.push({ path, form });
        out += `(${slot(path, form) ?? '[^]+?'})`;
      }
      i = end + 1;
    } else {
      const next = template.slice(i).search(/[[{]/);
      const lit = next < 0 ? template.slice(i) : template.slice(i, i + next);
      out += escape(lit);
      i += lit.length;
    }
  }
  return out;
}

/** The pattern of a template, matching a whole piece of text (`^…$`, a final `.` or `;` optional). */
export function patternOf(template: string, slot: SlotSource = () => undefined): Pattern {
  const slots: Pattern['slots'] = [];
  const body = toSource(template.replace(/[.;]$/, ''), slots, slot);
  const lead = template.split(/[[{]/)[0].trim();
  return { regex: new RegExp(`^\\s*${body}\\s*[.;]?\\s*$`, 'du'), slots, lead };
}

/** The captured values of a piece of text, by placeholder, or `undefined` when it does not match. */
export function matchPattern(p: Pattern, text: string): { path: string; form?: string; value: string; last: boolean }[] | undefined {
  const m = p.regex.exec(text);
  if (!m) return undefined;
  const out: { path: string; form?: string; value: string; last: boolean }[] = [];
  p.slots.forEach((s, i) => {
    const v = m[i + 1];
    // `last`: the value ends the piece, just before the frame's closing stop.
    if (v !== undefined && v.trim()) out.push({ ...s, value: v.trim(), last: m.index + m[0].trimEnd().replace(/[.;]$/, '').length === (m.indices?.[i + 1]?.[1] ?? -1) });
  });
  return out;
}
