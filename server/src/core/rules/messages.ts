/** Pieces of messages shared by several rules: clause names, type descriptions, lists. */
import type { Catalog, ValueType } from '../catalog/types';
import type { Lang, Localized } from '../types';
import { LANGS } from '../types';

export function mapL(f: (lang: Lang) => string): Localized {
  return { kk: f('kk'), ru: f('ru'), en: f('en') };
}

/** "clause 7 (Deadlines)" in each language. */
export function clauseName(catalog: Catalog | undefined, n: number | undefined): Localized | undefined {
  if (n === undefined) return undefined;
  const c = catalog?.clauses.find((x) => x.number === n);
  const t = c?.title;
  return {
    kk: `${n}-тармақ${t ? ` (${t.kk})` : ''}`,
    ru: `пункт ${n}${t ? ` (${t.ru})` : ''}`,
    en: `clause ${n}${t ? ` (${t.en})` : ''}`,
  };
}

export function quoteList(items: string[], lang: Lang, all = false): string {
  const q = items.map((i) => `\`${i}\``);
  if (q.length <= 1) return q.join('');
  const or = all ? (lang === 'kk' ? 'және' : lang === 'ru' ? 'и' : 'and') : lang === 'kk' ? 'немесе' : lang === 'ru' ? 'или' : 'or';
  return `${q.slice(0, -1).join(', ')} ${or} ${q[q.length - 1]}`;
}

/** "Did you mean `x`?" in each language, or empty strings when there is nothing to suggest. */
export function didYouMean(suggestions: string[]): Localized {
  if (suggestions.length === 0) return { kk: '', ru: '', en: '' };
  return mapL((lang) => {
    const list = quoteList(suggestions, lang);
    return lang === 'kk' ? ` Мүмкін, ${list} деген болар?` : lang === 'ru' ? ` Возможно, имелось в виду ${list}?` : ` Did you mean ${list}?`;
  });
}

const KIND: Record<string, Localized> = {
  text: { kk: 'мәтін', ru: 'текст', en: 'text' },
  string: { kk: 'жол', ru: 'строка', en: 'a string' },
  boolean: { kk: '`true` немесе `false`', ru: '`true` или `false`', en: '`true` or `false`' },
  percent: { kk: '0-ден 100-ге дейінгі сан (пайыз)', ru: 'число от 0 до 100 (процент)', en: 'a number from 0 to 100 (percent)' },
  duration: { kk: 'мерзім, мысалы `10 working-days` немесе `30 minutes`', ru: 'срок, например `10 working-days` или `30 minutes`', en: 'a duration such as `10 working-days` or `30 minutes`' },
  money: { kk: 'сома, мысалы `0.5 MCI` немесе `1500 KZT`', ru: 'сумма, например `0.5 MCI` или `1500 KZT`', en: 'an amount such as `0.5 MCI` or `1500 KZT`' },
  'time-range': { kk: 'уақыт аралығы, мысалы `09:00-18:30`', ru: 'интервал времени, например `09:00-18:30`', en: 'a time range such as `09:00-18:30`' },
  time: { kk: 'уақыт, мысалы `09:00`', ru: 'время, например `09:00`', en: 'a time such as `09:00`' },
  date: { kk: 'күн, мысалы `2010-06-26`', ru: 'дата, например `2010-06-26`', en: 'a date such as `2010-06-26`' },
  email: { kk: 'электрондық пошта мекенжайы', ru: 'адрес электронной почты', en: 'an email address' },
  phone: { kk: 'телефон нөмірі', ru: 'номер телефона', en: 'a phone number' },
  url: { kk: 'сілтеме (`https://…` немесе `www.…`)', ru: 'ссылка (`https://…` или `www.…`)', en: 'a link (`https://…` or `www.…`)' },
  object: { kk: 'кесте (кілт: мән)', ru: 'отображение (ключ: значение)', en: 'a mapping (key: value)' },
  list: { kk: 'тізім', ru: 'список', en: 'a list' },
  enum: { kk: 'тізімдегі мәндердің бірі', ru: 'одно из допустимых значений', en: 'one of the allowed values' },
};

export function describeType(type: ValueType, catalog: Catalog | undefined, langs: Lang[]): Localized {
  switch (type.kind) {
    case 'ref':
      return describeType(catalog?.types[type.name] ?? { kind: 'object', fields: [] }, catalog, langs);
    case 'enum':
      return mapL((lang) => `${KIND.enum[lang]}: ${quoteList(type.values.map((v) => v.value), lang)}`);
    case 'list':
      return mapL((lang) => `${KIND.list[lang]} (${describeType(type.item, catalog, langs)[lang]})`);
    case 'switch':
      return describeType(type.otherwise, catalog, langs);
    case 'text': {
      const keys = langs.length > 0 ? langs : [...LANGS].slice(0, 2);
      const map = `\`{${keys.map((k) => `${k}: …`).join(', ')}}\``;
      return mapL((lang) => (langs.length === 1 ? `${KIND.text[lang]}` : `${KIND.text[lang]} ${map}`));
    }
    default:
      return KIND[type.kind] ?? KIND.string;
  }
}

export function describeGot(got: string): Localized {
  switch (got) {
    case 'empty':
      return { kk: 'бос мән', ru: 'пустое значение', en: 'an empty value' };
    case 'mapping':
      return KIND.object;
    case 'list':
      return KIND.list;
    case 'boolean':
      return { kk: 'логикалық мән', ru: 'логическое значение', en: 'a boolean' };
    case 'number':
      return { kk: 'сан', ru: 'число', en: 'a number' };
    case 'string':
      return KIND.string;
    default:
      return { kk: got, ru: got, en: got };
  }
}
