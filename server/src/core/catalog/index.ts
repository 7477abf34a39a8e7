import type { Catalog } from './types';
import { kz2010 } from './kz-2010';

/** Every edition the engine knows. Adding an edition means adding its catalog here. */
export const editions: Record<string, Catalog> = {
  [kz2010.edition]: kz2010,
};

export const defaultEdition = kz2010.edition;

export function getCatalog(edition: string): Catalog | undefined {
  return Object.prototype.hasOwnProperty.call(editions, edition) ? editions[edition] : undefined;
}

export type { Catalog } from './types';
