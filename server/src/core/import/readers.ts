/**
 * Values read back from the published text, by the type the catalog gives the key: durations, money,
 * times, dates in words, weekday runs, enumerations from their kk/ru wording, contacts. Each reader
 * is the reverse of the writer in `official/`, with the same words from the catalog.
 */
import { resolveRef } from '../catalog/resolve';
import type { Catalog, EnumType, EnumValue, OfficialWords, ValueType } from '../catalog/types';
import type { Lang } from '../types';
import { parseDuration } from '../values/duration';
import { parseMoney } from '../values/money';
import { numberWords } from './numerals';

export interface ReadContext {
  catalog: Catalog;
  lang: Lang;
  words: OfficialWords;
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
/** A text as a regular expression that matches it literally. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The same, any run of spaces matching any run of spaces. */
const rx = (s: string) => escapeRe(s).replace(/\s+/g, '\\s+');

export function resolveType(c: ReadContext, type: ValueType): ValueType {
  return resolveRef(c.catalog, type) ?? type;
}

const CLOCK = '\\d{1,2}[.:]\\d{2}';

/**
 * The expression of a time range: the words' own lead (`с `), then two times with a few letters or a
 * dash between them, as writers wrote them (`с 9.00 до 18.30`, `9.00-ден 18.00-ге`, `9.00–18.30`).
 */
export function timeRangeSource(w: OfficialWords): string {
  const before = w.timeRange.split('{start}')[0];
  return `${before.trim() ? `(?:${rx(before)})?` : ''}${CLOCK}[^\\d;,]{1,12}?${CLOCK}`;
}

function clock(s: string): string {
  const [h, m] = s.split(/[.:]/);
  return `${h.padStart(2, '0')}:${m}`;
}

function readTimeRange(s: string): string | undefined {
  const times = s.match(new RegExp(CLOCK, 'g'));
  return times && times.length === 2 ? `${clock(times[0])}-${clock(times[1])}` : undefined;
}

/** The expression of a date in words, as the words write it: `26 октября 2009 года`. */
export function dateSource(w: OfficialWords): string {
  const parts: Record<string, string> = { day: '\\d{1,2}', month: `(?:${w.months.map(rx).join('|')})`, year: '\\d{4}' };
  return w.date.split(/(\{\w+\})/).map((p) => parts[p.slice(1, -1)] ?? rx(p)).join('');
}

function readDate(c: ReadContext, s: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (!new RegExp(`^${dateSource(c.words)}$`, 'iu').test(s.trim())) return undefined;
  const month = c.words.months.findIndex((m) => new RegExp(`(^|\\s)${rx(m)}(\\s|$)`, 'iu').test(s));
  const day = /(?:^|\s)(\d{1,2})(?=\s)/u.exec(s)?.[1];
  const year = /(\d{4})/.exec(s)?.[1];
  if (month < 0 || !day || !year) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function enumValue(c: ReadContext, type: EnumType, s: string, form?: string): EnumValue | undefined {
  const n = norm(s);
  const words = (v: EnumValue) => [v.forms?.[form ?? '']?.[c.lang], ...Object.values(v.forms ?? {}).map((f) => f[c.lang]), v.title[c.lang], v.value, ...(v.aliases ?? [])];
  return type.values.find((v) => words(v).some((w) => w !== undefined && w !== '' && norm(w) === n));
}

/** Splits an inline list: `a, b и c`. */
function splitList(c: ReadContext, s: string): string[] {
  const and = c.words.and.trim();
  return s.split(new RegExp(`\\s*,\\s*|\\s+${rx(and)}\\s+`, 'u')).map((x) => x.trim()).filter(Boolean);
}

function readDays(c: ReadContext, type: EnumType, s: string): string[] | undefined {
  const [before, middle, after] = c.words.dayRange.split(/\{from\}|\{to\}/);
  const m = new RegExp(`^${rx(before)}(.+?)${rx(middle)}(.+?)${rx(after)}$`, 'u').exec(s.trim());
  const a = m && enumValue(c, type, m[1], 'from');
  const b = m && enumValue(c, type, m[2], 'to');
  if (a && b) {
    const order = type.values.map((v) => v.value);
    return order.slice(order.indexOf(a.value), order.indexOf(b.value) + 1);
  }
  const items = splitList(c, s).map((x) => enumValue(c, type, x, 'nom')?.value);
  return items.every((x) => x) ? (items as string[]) : undefined;
}

function readDurationText(c: ReadContext, s: string): string | undefined {
  const dw = c.words.durationWords ?? { before: [], after: [] };
  let t = s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  for (const w of dw.before) if (norm(t).startsWith(`${w} `)) t = t.slice(w.length).trim();
  for (const w of dw.after) if (norm(t).endsWith(` ${w}`)) t = t.slice(0, -w.length).trim();
  const cleaned = numberWords(t);
  let d = parseDuration(cleaned);
  // A unit word declined (`30 минуттан`): its first letters, a few cut from the end.
  const last = cleaned.split(/\s+/).pop() ?? '';
  for (let cut = 1; cut <= 3 && !('amount' in d) && last.length - cut >= 3; cut++) d = parseDuration(cleaned.slice(0, cleaned.length - cut));
  if (!('amount' in d)) return undefined;
  return `${d.amount} ${d.amount === 1 ? d.unit.replace(/s$/, '') : d.unit}`;
}

function readMoneyText(s: string): string | undefined {
  const m = parseMoney(s.replace(/\s*\([^)]*\)/g, ''));
  return 'amount' in m ? `${m.amount} ${m.unit}` : undefined;
}

/** The values of an enumeration whose words stand in a sentence (`жеке тұлғаларға` → individuals). */
export function enumsIn(c: ReadContext, type: EnumType, s: string): string[] {
  const low = ` ${norm(s)} `;
  return type.values
    .filter((v) => [v.title[c.lang], ...Object.values(v.forms ?? {}).map((f) => f[c.lang])].some((w) => !!w && w.trim().length > 2 && low.includes(` ${norm(w)} `.replace(/ $/, ''))))
    .map((v) => v.value);
}

/** A value of `type` read from `s`, as it is written in YAML; `undefined` when it cannot be read. */
export function readValue(c: ReadContext, type: ValueType, s: string, form?: string): unknown {
  const t = resolveType(c, type);
  switch (t.kind) {
    case 'enum':
      return enumValue(c, t, s, form)?.value ?? (t.allowText ? s : undefined);
    case 'list': {
      const item = resolveType(c, t.item);
      if (item.kind === 'enum' && item.values.some((v) => v.forms?.from)) return readDays(c, item, s);
      if (item.kind === 'time-range') {
        const ranges = s.match(new RegExp(timeRangeSource(c.words), 'gu')) ?? [];
        return ranges.length ? ranges.map((x) => readTimeRange(x)) : undefined;
      }
      const items = splitList(c, s).map((x) => readValue(c, item, x, form));
      return items.every((x) => x !== undefined) ? items : undefined;
    }
    case 'duration':
      return readDurationText(c, s);
    case 'money':
      return readMoneyText(s);
    case 'time-range':
      return readTimeRange(s);
    case 'date':
      return readDate(c, s);
    case 'percent': {
      const n = Number(s.replace(',', '.').replace(/\s+/g, ''));
      return Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      return undefined;
    case 'object':
      return undefined;
    default:
      return s;
  }
}

/** The expression a value of `type` must match in running text, where its shape is known. */
export function slotSourceOf(c: ReadContext, type: ValueType | undefined, form?: string): string | undefined {
  const t = type && resolveType(c, type);
  if (!t) return undefined;
  if (t.kind === 'time-range') return timeRangeSource(c.words);
  if (t.kind === 'date') return dateSource(c.words);
  if (t.kind === 'list' && resolveType(c, t.item).kind === 'time-range') {
    const one = timeRangeSource(c.words);
    return `${one}(?:(?:,\\s*|\\s+${rx(c.words.and.trim())}\\s+)${one})*`;
  }
  if (t.kind === 'duration' || t.kind === 'money') return '\\d[\\d\\s]*(?:[.,]\\d+)?\\s+[^,;.]+?';
  if (t.kind === 'enum' && form && !t.allowText) {
    const words = t.values.map((v) => v.forms?.[form]?.[c.lang] ?? v.title[c.lang]).filter((w) => w.trim());
    return words.length ? `(?:${words.sort((a, b) => b.length - a.length).map(rx).join('|')})?` : undefined;
  }
  return undefined;
}

