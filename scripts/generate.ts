/**
 * Writes the files derived from the catalogs and the rule registry: a JSON Schema per edition, the
 * rule registry, the TextMate grammar (one per language, so over every edition), the snippets (of the default edition), package.json's rule settings and the
 * rules index.
 * `npm run generate`; `--check` fails when a file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../client/src/contrib/grammar';
import { snippets } from '../client/src/contrib/snippets';
import { defaultEdition, editions } from '../server/src/core/catalog';
import type { Catalog } from '../server/src/core/catalog/types';
import { jsonSchema } from '../server/src/core/schema/json-schema';
import { docsUrl } from '../server/src/core/docs';
import { rules } from '../server/src/core/rules';
import { rulesIndex } from './rule-docs';
import { REGISTRY_PATH, ruleRegistry } from './rule-registry';

const root = join(__dirname, '..');

/** The files of one edition: its JSON Schema. */
export function editionFiles(catalog: Catalog): Record<string, () => unknown> {
  return { [`schemas/${catalog.edition}.schema.json`]: () => jsonSchema(catalog) };
}

const main = editions[defaultEdition];

export const GENERATED: Record<string, () => unknown> = {
  ...Object.assign({}, ...Object.values(editions).map(editionFiles)),
  'syntaxes/service-standard.tmLanguage.json': () => grammar(...Object.values(editions)),
  'snippets/service-standard.code-snippets': () => snippets(main),
  [REGISTRY_PATH]: ruleRegistry,
  'package.json': () => undefined,
  'docs/rules/README.md': rulesIndex,
};

export function render(path: string): string {
  if (path === 'package.json') return packageJson();
  const out = GENERATED[path]();
  if (typeof out === 'string') return out;
  return `${JSON.stringify(out, null, 2)}\n`;
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
