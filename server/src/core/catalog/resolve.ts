/** A named type (`ref`, such as `contact`) as the catalog defines it; undefined for a name it lacks. */
import type { Catalog, ValueType } from './types';

export function resolveRef(catalog: Catalog, type: ValueType | undefined): ValueType | undefined {
  let t = type;
  for (let i = 0; t?.kind === 'ref' && i < 8; i++) t = catalog.types[t.name];
  return t;
}
