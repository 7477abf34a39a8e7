/** Counted nouns of the extension's texts, in the plural form of each language by `Intl.PluralRules`. */
export type UiLang = 'kk' | 'ru' | 'en';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Nouns by plural category (Kazakh keeps the singular after a number). */
const NOUNS = {
  clause: { en: { one: 'clause', other: 'clauses' }, ru: { one: 'пункт', few: 'пункта', many: 'пунктов', other: 'пункта' }, kk: { other: 'тармақ' } },
  error: { en: { one: 'error', other: 'errors' }, ru: { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' }, kk: { other: 'қате' } },
  warning: { en: { one: 'warning', other: 'warnings' }, ru: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' }, kk: { other: 'ескерту' } },
  value: { en: { one: 'value', other: 'values' }, ru: { one: 'значение', few: 'значения', many: 'значений', other: 'значения' }, kk: { other: 'мән' } },
  sentence: { en: { one: 'sentence', other: 'sentences' }, ru: { one: 'предложение', few: 'предложения', many: 'предложений', other: 'предложения' }, kk: { other: 'сөйлем' } },
} satisfies Record<string, Record<UiLang, Forms>>;

export type Noun = keyof typeof NOUNS;

const rules = new Map<UiLang, Intl.PluralRules>();

/** The noun's form for `n` in `lang`: 1 пункт, 2 пункта, 5 пунктов, 21 пункт; 1 clause, 2 clauses. */
export function nounFor(n: number, noun: Noun, lang: UiLang): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const forms: Forms = NOUNS[noun][lang];
  return forms[r.select(n)] ?? forms.other;
}

/** `n` and its noun: `5 пунктов`, `1 error`, `3 қате`. */
export function count(n: number, noun: Noun, lang: UiLang): string {
  return `${n} ${nounFor(n, noun, lang)}`;
}
