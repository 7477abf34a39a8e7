/**
 * Writes the files derived from the catalog: the JSON Schema, the TextMate grammar and the snippets.
 * `npm run generate`; `--check` fails when a file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../client/src/contrib/grammar';
import { snippets } from '../client/src/contrib/snippets';
import { kz2010 } from '../server/src/core/catalog/kz-2010';
import { jsonSchema } from '../server/src/core/schema/json-schema';

const root = join(__dirname, '..');

export const GENERATED: Record<string, () => unknown> = {
  'schemas/kz-2010.schema.json': () => jsonSchema(kz2010),
  'syntaxes/service-standard.tmLanguage.json': () => grammar(kz2010),
  'snippets/service-standard.code-snippets': () => snippets(kz2010),
};

export function render(path: string): string {
  return `${JSON.stringify(GENERATED[path](), null, 2)}\n`;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const path of Object.keys(GENERATED)) {
    const text = render(path);
    const file = join(root, path);
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      old = '';
    }
    if (old === text) continue;
    if (check) {
      console.error(`${path} is out of date: run npm run generate`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
