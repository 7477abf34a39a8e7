/** VS Code snippets generated from the catalog: one per clause, the appendix table and a whole standard. */
import type { Catalog, Field } from '../../../server/src/core/catalog/types';
import { clauseFields } from '../../../server/src/core/model/clauses';
import { fieldYaml, skeleton } from '../../../server/src/core/skeleton/skeleton';
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

function slug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

export function snippets(catalog: Catalog): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  out[`${catalog.edition}: standard`] = {
    prefix: ['standard', 'стандарт', catalog.edition],
    body: toBody(skeleton(catalog, { languages: LANGS })),
    description: `${catalog.title.kk} / ${catalog.title.ru}: 26 тармақ / 26 пунктов`,
  };
  for (const [n, fields] of clauseFields(catalog)) {
    const clause = catalog.clauses.find((c) => c.number === n)!;
    fields.forEach((cf: { field: Field }, i: number) => {
      const f = cf.field;
      const name = fields.length > 1 ? `${n}${'abcdef'[i]}` : `${n}`;
      const title = fields.length > 1 ? f.title : clause.title;
      out[`§${name} ${f.key}`] = {
        prefix: [`§${n}`, `cl${n}`, `clause${n}`, `${n}-${f.key}`, f.key, slug(title.kk), slug(title.ru)],
        body: toBody(fieldYaml(catalog, f, { languages: LANGS })),
        description: `${n}. ${title.kk} / ${title.ru}`,
      };
    });
  }
  const table = clauseFields(catalog).get(19)?.[0]?.field;
  if (table) {
    out['appendix: indicators table'] = {
      prefix: ['appendix', 'indicators', 'қосымша', 'приложение', 'кесте', 'таблица'],
      body: toBody(fieldYaml(catalog, table, { languages: LANGS, examples: true })),
      description: `${catalog.appendix.title.kk} / ${catalog.appendix.title.ru}`,
    };
  }
  return out;
}
