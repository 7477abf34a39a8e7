/** `missing-required`: a required clause or key is absent; the message names the clause. */
import { defaultEdition } from '../../catalog';
import type { Field } from '../../catalog/types';
import { insertIntoMap } from '../../edit/insert';
import { fieldFlow, fieldYaml } from '../../skeleton/skeleton';
import type { Fix } from '../../types';
import { clauseName, clauseWords, quoteList } from '../messages';
import type { Rule, RuleContext } from '../rule';

function parentOf(path: string): string {
  return path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
}

function insertFix(ctx: RuleContext, mapPath: string, field: Field): Fix | undefined {
  const map = ctx.model.maps.get(mapPath);
  if (!map || !ctx.catalog) return undefined;
  const o = { languages: ctx.model.languages.length ? ctx.model.languages : ctx.catalog.languages.slice(0, 2) };
  const entry = ctx.model.get(mapPath);
  const siblings = entry?.type.kind === 'object' ? entry.type.fields.map((f) => f.key) : mapPath === '' ? ctx.catalog.root.fields.map((f) => f.key) : undefined;
  const before = siblings ? siblings.slice(0, siblings.indexOf(field.key)) : undefined;
  const edit = insertIntoMap(ctx.source, map, fieldYaml(ctx.catalog, field, o), fieldFlow(ctx.catalog, field, o), before);
  if (!edit) return undefined;
  const what = field.clause !== undefined ? clauseWords(field.clause, { case: 'acc' }) : { kk: `\`${field.key}\` кілтін`, ru: `ключ \`${field.key}\``, en: `key \`${field.key}\`` };
  return { title: { kk: `${what.kk} қосу`, ru: `Добавить ${what.ru}`, en: `Add ${what.en}` }, edits: [edit] };
}

export const rule: Rule = {
  code: 'missing-required',
  defaultSeverity: 'error',
  title: { kk: 'Міндетті тармақ немесе кілт жоқ', ru: 'Нет обязательного пункта или ключа', en: 'Missing required clause or key' },
  summary: { kk: 'Міндетті тармақ немесе кілт жоқ; бос файл', ru: 'Нет обязательного пункта или ключа; пустой файл', en: 'a required clause or key is absent; an empty file' },
  group: 'structure',
  clauses: 'any',
  check(ctx) {
    const edition = ctx.catalog?.edition ?? defaultEdition;
    for (const f of ctx.findings('empty-document')) {
      ctx.report({
        offset: f.offset,
        message: {
          kk: `Файл бос. Стандарт \`edition: ${edition}\` жолынан басталады.`,
          ru: `Файл пуст. Стандарт начинается со строки \`edition: ${edition}\`.`,
          en: `The file is empty. A standard starts with \`edition: ${edition}\`.`,
        },
      });
    }
    for (const f of ctx.findings('missing-required')) {
      const parent = f.field ? parentOf(f.path) : f.path;
      const keys = f.keys;
      const own = f.field?.clause !== undefined;
      const clause = clauseName(ctx.catalog, f.clause);
      const inParent = parent ? { kk: ` (\`${parent}\` ішінде)`, ru: ` в \`${parent}\``, en: ` in \`${parent}\`` } : { kk: '', ru: '', en: '' };
      let message;
      if (keys.length > 1) {
        message = {
          kk: `${clause ? clause.kk + ': ' : ''}${quoteList(keys, 'kk')} кілттерінің бірі керек${inParent.kk}.`,
          ru: `${clause ? clause.ru + ': ' : ''}нужен хотя бы один из ключей ${quoteList(keys, 'ru')}${inParent.ru}.`,
          en: `${clause ? clause.en + ': ' : ''}one of ${quoteList(keys, 'en')} is required${inParent.en}.`,
        };
      } else if (own && clause) {
        message = {
          kk: `${clause.kk} жоқ: \`${keys[0]}\` кілті керек${inParent.kk}.`,
          ru: `Не заполнен ${clause.ru}: нужен ключ \`${keys[0]}\`${inParent.ru}.`,
          en: `Missing ${clause.en}: key \`${keys[0]}\` is required${inParent.en}.`,
        };
      } else {
        const ref = f.field?.ref ? ` (${f.field.ref})` : '';
        message = {
          kk: `${clause ? clause.kk + ': ' : ''}міндетті \`${keys[0]}\`${ref} кілті жоқ${inParent.kk}.`,
          ru: `${clause ? clause.ru + ': ' : ''}нет обязательного ключа \`${keys[0]}\`${ref}${inParent.ru}.`,
          en: `${clause ? clause.en + ': ' : ''}required key \`${keys[0]}\`${ref} is missing${inParent.en}.`,
        };
      }
      const fix = f.field ? insertFix(ctx, parent, f.field) : undefined;
      ctx.report({ offset: f.offset, message, clause: f.clause, fixes: fix ? [fix] : undefined });
    }
  },
};
