/**
 * A contact read back from its published form `name (address, телефон …, электронная почта …)`:
 * the details are found by the labels of the catalog's contact words, the rest is the address.
 */
import type { ObjectType } from '../catalog/types';
import { matchPattern, patternOf } from './pattern';
import { readValue, resolveType, slotSourceOf, type ReadContext } from './readers';

/** Splits `name (details)` at the parenthesis that closes the text. */
function splitName(s: string): { name: string; details?: string } {
  const t = s.trim().replace(/[.;]$/, '');
  if (!t.endsWith(')')) return { name: t };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) return { name: t.slice(0, i).trim(), details: t.slice(i + 1, -1) };
  }
  return { name: t };
}

function fieldType(type: ObjectType, key: string) {
  return type.fields.find((f) => f.key === key)?.type;
}

/** A schedule `{days, hours, breaks}` from the words' schedule template. */
export function readSchedule(c: ReadContext, type: ObjectType, s: string): Record<string, unknown> | undefined {
  const p = patternOf(c.words.schedule, (path) => slotSourceOf(c, fieldType(type, path)));
  const got = matchPattern(p, s);
  if (!got) return undefined;
  const out: Record<string, unknown> = {};
  for (const g of got) {
    const t = fieldType(type, g.path);
    const v = t && readValue(c, t, g.value);
    if (v === undefined) return undefined;
    out[g.path] = v;
  }
  return out;
}

export function readContact(c: ReadContext, type: ObjectType, s: string): Record<string, unknown> | undefined {
  const { name, details } = splitName(s);
  const out: Record<string, unknown> = { name };
  if (!details) return out;
  const labelled = c.words.contact
    .map((t) => ({ key: /\{([\w-]+)\}/.exec(t)?.[1] ?? '', before: t.split('{')[0], after: t.split('}')[1] ?? '' }))
    .filter((l) => l.before.trim() || l.after.trim());
  // Where each labelled detail starts: `, телефон …` (or at the very start).
  const starts = labelled
    .flatMap((l) => {
      if (!l.before.trim()) return [];
      const at = details.startsWith(l.before) ? 0 : details.indexOf(`, ${l.before}`);
      return at < 0 ? [] : [{ l, at, from: at === 0 ? l.before.length : at + 2 + l.before.length }];
    })
    .sort((a, b) => a.at - b.at);
  const address = details.slice(0, starts[0]?.at ?? details.length).trim();
  if (address) out.address = address;
  starts.forEach((st, i) => {
    const raw = details.slice(st.from, starts[i + 1]?.at ?? details.length).trim();
    const t = fieldType(type, st.l.key);
    const rt = t && resolveType(c, t);
    const value = rt?.kind === 'object' ? readSchedule(c, rt, raw) : t ? readValue(c, t, raw) : raw;
    const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
    out[st.l.key] = single ?? raw;
  });
  return out;
}
