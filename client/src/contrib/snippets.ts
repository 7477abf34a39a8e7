/**
 * VS Code snippets generated from the catalog. The language server is the one source of clause,
 * key and value items and of the whole standard (in an empty file), ranked and filtered for the
 * cursor; a contributed snippet would show up beside them (twice for the same clause) and in value
 * positions too, since VS Code offers snippets wherever their prefix is typed. So the snippets hold
 * only what the server does not offer: the appendix table with its sample rows, under prefixes no
 * key or value has.
 */
import type { Catalog } from '../../../server/src/core/catalog/types';
import { clauseFields } from '../../../server/src/core/model/clauses';
import { fieldYaml } from '../../../server/src/core/skeleton/skeleton';
import type { Lang } from '../../../server/src/core/types';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const LANGS: Lang[] = ['kk', 'ru'];

/** Escape `$` for snippet bodies and turn each empty text into the next tab stop. */
function toBody(yaml: string): string[] {
  let n = 0;
  const text = yaml.replace(/[$\\]/g, '\\$&').replace(/""/g, () => `"\${${++n}}"`);
  return `${text}$0`.split('\n');
}

/** The key that holds the appendix table (`results.indicators` in kz-2010). */
function tableField(catalog: Catalog) {
  const key = catalog.appendix.path.split('.').pop();
  for (const [, fields] of clauseFields(catalog)) {
    const f = fields.find((cf) => cf.field.key === key)?.field;
    if (f) return f;
  }
  return undefined;
}

export function snippets(catalog: Catalog): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  const table = tableField(catalog);
  if (table) {
    out['appendix: indicators table'] = {
      prefix: ['appendix', 'қосымша', 'приложение', 'таблица'],
      body: toBody(fieldYaml(catalog, table, { languages: LANGS, examples: true })),
      description: `${catalog.appendix.title.kk} / ${catalog.appendix.title.ru}`,
    };
  }
  return out;
}
