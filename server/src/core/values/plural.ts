/** Made at the first Russian count, not when the module loads (a start needs none). */
let ru: Intl.PluralRules | undefined;

/** Russian plural form for a count: 1 день, 2 дня, 5 дней (a fraction takes the form of 2: 1,5 дня). */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const form = (ru ??= new Intl.PluralRules('ru')).select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
}

export function enPlural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** A number as each language writes it: `0.5` in English, `0,5` in Kazakh and Russian. */
export function formatNumber(n: number, lang: 'kk' | 'ru' | 'en'): string {
  const s = String(n);
  return lang === 'en' ? s : s.replace('.', ',');
}
