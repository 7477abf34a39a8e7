/** Where each rule's documentation page lives. */
import pkg from '../../../package.json';

const base = `${(pkg as { homepage: string }).homepage}/blob/main/docs/rules`;

export function docsUrl(code: string): string {
  return `${base}/${code}.md`;
}

export const toolVersion: string = (pkg as { version: string }).version;
