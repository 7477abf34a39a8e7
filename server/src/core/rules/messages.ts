/** Pieces of messages shared by several rules: clause names, type descriptions, lists. */
import type { Catalog, Field, ValueType } from '../catalog/types';
import type { Lang, Localized } from '../types';
import { LANGS } from '../types';

export function mapL(f: (lang: Lang) => string): Localized {
  return { kk: f('kk'), ru: f('ru'), en: f('en') };
}

/** A clause of the edition as rules name it: its number, heading and (for a sub-item) its label. */
export interface ClauseRef {
  number: number;
  title?: Localized;
  /** Label of the sub-clause or row the key answers, e.g. `7.1 а)`. */
  ref?: string;
}

/** The field at a dotted key path (list indices skipped), with the clause it or its nearest parent answers. */
export function fieldAt(catalog: Catalog, path: string): { field?: Field; clause?: number } {
  let fields: Field[] = catalog.root.fields;
  let field: Field | undefined;
  let clause: number | undefined;
  for (const key of path.split('.')) {
    if (/^\d+$/.test(key)) continue;
    field = fields.find((f) => f.key === key);
    if (!field) return {};
    clause = field.clause ?? clause;
    let t: ValueType = field.type;
    while (t.kind === 'list' || t.kind === 'ref') t = t.kind === 'list' ? t.item : catalog.types[t.name] ?? { kind: 'object', fields: [] };
    fields = t.kind === 'object' ? t.fields : [];
  }
  return { field, clause };
}

/** The clause the key at `path` answers in this edition (e.g. `general.fee` -> 8, Fee). */
export function clauseOf(catalog: Catalog | undefined, path: string): ClauseRef | undefined {
  if (!catalog) return undefined;
  const { field, clause } = fieldAt(catalog, path);
  if (clause === undefined) return undefined;
  const title = catalog.clauses.find((c) => c.number === clause)?.title;
  return { number: clause, title, ref: field?.ref };
}

/** Sub-item letters in kk/ru order, and the English letters that stand for them. */
const LETTERS = 'абвгдежзиклмн';
const LATIN = 'abcdefghijklm';

/** A sub-clause label in each language: `7.1 а)` stays as written in kk and ru, is `7.1 a)` in en. */
export function refName(ref: string): Localized {
  const en = ref.replace(/[а-н](?=\))/g, (c) => LATIN[LETTERS.indexOf(c)] ?? c);
  return { kk: ref, ru: ref, en };
}

/** The numbered part of a sub-clause label: `7.1 а)` -> `7.1`. */
export function subClause(ref: string): string {
  return ref.split(' ')[0];
}

/** Grammatical case of "clause" in a sentence: nominative, accusative, genitive, "of/in clause N" (kk locative). */
export type ClauseCase = 'nom' | 'acc' | 'gen' | 'loc';
const KK: Record<ClauseCase, string> = { nom: 'тармақ', acc: 'тармақты', gen: 'тармақтың', loc: 'тармақтағы' };
const RU: Record<ClauseCase, string> = { nom: 'пункт', acc: 'пункт', gen: 'пункта', loc: 'пункта' };

export interface ClauseStyle {
  case?: ClauseCase;
  /** At the start of a sentence. */
  capital?: boolean;
  /** Adds the clause's heading: `clause N (Deadlines)`. */
  title?: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "clause N (Deadlines)" in each language: the one place a clause number is put into words. */
export function clauseWords(c: ClauseRef | string | number, style: ClauseStyle = {}): Localized {
  const n = typeof c === 'object' ? String(c.number) : String(c);
  const t = style.title !== false && typeof c === 'object' ? c.title : undefined;
  const k = style.case ?? 'nom';
  const up = (s: string) => (style.capital ? cap(s) : s);
  return {
    kk: `${n}-${KK[k]}${t ? ` (${t.kk})` : ''}`,
    ru: `${up(RU[k])} ${n}${t ? ` (${t.ru})` : ''}`,
    en: `${up('clause')} ${n}${t ? ` (${t.en})` : ''}`,
  };
}

/** "clause N (Deadlines)" in each language, for a clause number of the edition. */
export function clauseName(catalog: Catalog | undefined, n: number | undefined): Localized | undefined {
  if (n === undefined) return undefined;
  const title = catalog?.clauses.find((x) => x.number === n)?.title;
  return clauseWords({ number: n, title });
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

/** The related place "Clause N (Form of service)": the value another finding rests on, named by its clause. */
export function relatedClause(catalog: Catalog | undefined, path: string, offset: [number, number]): { offset: [number, number]; message: Localized }[] {
  const c = clauseOf(catalog, path);
  const message = c ? clauseWords(c, { capital: true }) : { kk: `\`${path}\``, ru: `\`${path}\``, en: `\`${path}\`` };
  return [{ offset, message }];
}
