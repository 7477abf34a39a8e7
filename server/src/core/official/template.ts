/**
 * Filling a frame's template: `{path}`, `{path|form}`, `{#path}` (a clause number from the catalog),
 * optional `[ … ]` groups, and `when` conditions. See `OfficialLanguage` in the catalog's types.
 */
import type { Catalog, Field } from '../catalog/types';
import type { Run } from './document';
import { render, type ValueContext } from './values';

/** The absolute path a placeholder names, from the path of the clause (or list item) it is in. */
export function resolvePath(path: string, base: string): string {
  if (path.startsWith('^')) return path.slice(1);
  if (path === '.') return base;
  return base ? `${base}.${path}` : path;
}

export function fieldAt(catalog: Catalog, path: string): Field | undefined {
  let fields = catalog.root.fields;
  let found: Field | undefined;
  for (const key of path.split('.')) {
    found = fields.find((f) => f.key === key);
    if (!found) return undefined;
    fields = found.type.kind === 'object' ? found.type.fields : [];
  }
  return found;
}

function placeholder(c: ValueContext, spec: string, base: string): string | undefined {
  if (spec.startsWith('#')) {
    const n = fieldAt(c.catalog, resolvePath(spec.slice(1), ''))?.clause;
    return n === undefined ? undefined : String(n);
  }
  const [path, form] = spec.split('|');
  return render(c, resolvePath(path, base), form);
}

/** Runs of a template piece without groups; `missing` is set when a value was absent. */
function fillFlat(c: ValueContext, template: string, base: string): { runs: Run[]; missing: boolean } {
  const runs: Run[] = [];
  let missing = false;
  let last = 0;
  for (const m of template.matchAll(/\{([^{}]+)\}/g)) {
    if (m.index > last) runs.push({ text: template.slice(last, m.index) });
    const value = placeholder(c, m[1], base);
    if (value === undefined) {
      missing = true;
      runs.push({ text: c.words.gap, gap: true });
    } else runs.push({ text: value, value: true });
    last = m.index + m[0].length;
  }
  if (last < template.length) runs.push({ text: template.slice(last) });
  return { runs, missing };
}

/** Splits `a[ b[ c]]d` into top-level pieces, each marked optional or not. */
function pieces(template: string): { text: string; optional: boolean }[] {
  const out: { text: string; optional: boolean }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '[' && depth++ === 0) {
      if (i > start) out.push({ text: template.slice(start, i), optional: false });
      start = i + 1;
    } else if (ch === ']' && --depth === 0) {
      out.push({ text: template.slice(start, i), optional: true });
      start = i + 1;
    }
  }
  if (start < template.length) out.push({ text: template.slice(start), optional: false });
  return out;
}

/** The runs of a template; an optional group whose values are missing is dropped whole. */
export function fillTemplate(c: ValueContext, template: string, base: string): Run[] {
  const runs: Run[] = [];
  for (const p of pieces(template)) {
    if (!p.optional) {
      runs.push(...fillFlat(c, p.text, base).runs);
      continue;
    }
    const inner = fillTemplate(c, p.text, base);
    if (!inner.some((r) => r.gap)) runs.push(...inner);
  }
  return tidy(runs);
}

/** No doubled punctuation where a writer's value already ends with it: `оплаты.` + `.`. */
function tidy(runs: Run[]): Run[] {
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[i - 1];
    if (!prev.gap && /[.;:!?]$/.test(prev.text) && /^[.;]/.test(runs[i].text)) runs[i] = { ...runs[i], text: runs[i].text.slice(1) };
  }
  return runs.filter((r) => r.text !== '' || r.gap).map((r) => (r.text.includes('№ ') ? { ...r, text: r.text.replace(/№ /g, '№\u00a0') } : r));
}

/** Whether a `when` condition holds: `&`-joined `path`, `!path`, `path=value`. */
export function holds(c: ValueContext, when: string | undefined, base: string): boolean {
  if (!when) return true;
  return when.split('&').every((term) => {
    const neg = term.startsWith('!');
    const [path, expected] = (neg ? term.slice(1) : term).split('=');
    const abs = resolvePath(path, base);
    if (expected !== undefined) return String(c.model.value(abs)) === expected;
    const present = c.model.get(abs)?.node != null && (c.model.value(abs) !== undefined || c.model.items(abs).length > 0);
    return neg ? !present : present;
  });
}
