/**
 * Enumerated keys the published text does not write out (the kind of an act, the kind of a result),
 * read from the words of their siblings by the `cue` forms of the catalog: `Закон …` is a law; when
 * no word names one, `other`.
 */
import { typeAt } from './clause';
import { resolveType, type ReadContext } from './readers';

export function inferByCue(c: ReadContext, values: Map<string, unknown>): void {
  const parents = new Set([...values.keys()].map((k) => k.slice(0, Math.max(0, k.lastIndexOf('.')))));
  for (const parent of parents) {
    const t = typeAt(c, parent);
    const obj = t && resolveType(c, t);
    if (obj?.kind !== 'object') continue;
    const text = [...values.entries()]
      .filter(([k, v]) => k.startsWith(`${parent}.`) && typeof v === 'string')
      .map(([, v]) => (v as string).toLowerCase())
      .join(' ');
    for (const f of obj.fields) {
      const ft = resolveType(c, f.type);
      const key = `${parent}.${f.key}`;
      if (ft.kind !== 'enum' || values.has(key)) continue;
      const hit = ft.values.find((v) => {
        const cue = v.forms?.cue?.[c.lang];
        return cue && text.includes(cue.toLowerCase());
      });
      // A kind that no word names is `other`, where the enumeration has it: the writer checks it.
      const other = ft.values.some((v) => v.forms?.cue) ? ft.values.find((v) => v.value === 'other') : undefined;
      if (hit ?? other) values.set(key, (hit ?? other)!.value);
    }
  }
}
