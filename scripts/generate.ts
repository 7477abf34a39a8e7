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
import { docsUrl } from '../server/src/core/docs';
import { rules } from '../server/src/core/rules';

const root = join(__dirname, '..');

export const GENERATED: Record<string, () => unknown> = {
  'schemas/kz-2010.schema.json': () => jsonSchema(kz2010),
  'syntaxes/service-standard.tmLanguage.json': () => grammar(kz2010),
  'snippets/service-standard.code-snippets': () => snippets(kz2010),
  'package.json': () => undefined,
};

export function render(path: string): string {
  if (path === 'package.json') return packageJson();
  return `${JSON.stringify(GENERATED[path](), null, 2)}\n`;
}

/** package.json's `serviceStandard.rules` setting lists every rule with its default severity. */
function packageJson(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties['serviceStandard.rules'];
  props.properties = Object.fromEntries(
    rules.map((r) => [r.code, { type: 'string', enum: ['error', 'warning', 'info', 'off'], default: r.defaultSeverity, markdownDescription: `${r.title.en} ([docs](${docsUrl(r.code)}))` }]),
  );
  return `${JSON.stringify(pkg, null, 2)}\n`;
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
