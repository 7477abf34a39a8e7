/** Where each rule's documentation page lives. */
import pkg from '../../../package.json';

const home = (pkg as { homepage: string }).homepage;
const base = `${home}/blob/main/docs/rules`;

/** The published address of an edition's JSON Schema. */
export function schemaUrl(edition: string): string {
  return `${home}/raw/main/schemas/${edition}.schema.json`;
}

export function docsUrl(code: string): string {
  return `${base}/${code}.md`;
}

export const toolVersion: string = (pkg as { version: string }).version;
