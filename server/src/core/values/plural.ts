/** Russian plural form for a count: 1 день, 2 дня, 5 дней. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(n)) return few;
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function enPlural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** A number as each language writes it: `0.5` in English, `0,5` in Kazakh and Russian. */
export function formatNumber(n: number, lang: 'kk' | 'ru' | 'en'): string {
  const s = String(n);
  return lang === 'en' ? s : s.replace('.', ',');
}
