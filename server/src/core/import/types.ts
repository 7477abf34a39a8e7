/** What the importer shares with the rest of the engine. */
export type { Catalog } from '../catalog/types';
export type { Lang } from '../types';
