/**
 * Values as a lawyer writes them in the published text: plurals by `Intl.PluralRules`, decimal commas,
 * times `9.00`, dates in words, weekday runs, contacts. The words come from the catalog.
 */
import type { OfficialWords } from '../catalog/types';
import type { Lang } from '../types';
import type { Duration } from '../values/duration';
import type { Money } from '../values/money';
import type { TimeRange } from '../values/time';

const plurals = new Map<Lang, Intl.PluralRules>();

function pluralOf(lang: Lang, n: number): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** `1 500`, `0,5` (kk, ru) or `1,500`, `0.5` (en). */
export function formatNumber(n: number, lang: Lang): string {
  const [int, frac] = String(n).split('.');
  const sep = lang === 'en' ? ',' : ' ';
  const grouped = int.length > 4 || lang === 'en' ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int;
  return frac === undefined ? grouped : `${grouped}${lang === 'en' ? '.' : ','}${frac}`;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

export function formatDuration(d: Duration, lang: Lang, w: OfficialWords): string {
  const forms = w.units[d.unit] ?? {};
  const word = forms[pluralOf(lang, d.amount)] ?? forms.other ?? d.unit;
  return `${formatNumber(d.amount, lang)} ${word}`;
}

export function formatMoney(m: Money, lang: Lang, w: OfficialWords): string {
  return `${formatNumber(m.amount, lang)} ${w.money[m.unit] ?? m.unit}`;
}

/** `9.00`: the body of a published text writes hours with a dot. */
export function formatClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}.${String(minutes % 60).padStart(2, '0')}`;
}

export function formatTimeRange(t: TimeRange, w: OfficialWords): string {
  return fill(w.timeRange, { start: formatClock(t.start), end: formatClock(t.end) });
}

export function formatDate(d: Date, w: OfficialWords): string {
  return fill(w.date, { day: String(d.getUTCDate()), month: w.months[d.getUTCMonth()], year: String(d.getUTCFullYear()) });
}

/** Items of an inline list: `a, b и c`. */
export function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
