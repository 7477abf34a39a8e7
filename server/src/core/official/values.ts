/**
 * A value of the model as the published text shows it: enumerations in the form the frame asks for,
 * lists joined, contacts with their details, schedules. `undefined` means the value is missing.
 */
import type { Catalog, EnumType, OfficialWords, ValueType } from '../catalog/types';
import { isScalar } from 'yaml';
import { resolveRef } from '../catalog/resolve';
import type { Entry, Model } from '../model/model';
import type { Lang } from '../types';
import { isDuration } from '../values/duration';
import { isMoney } from '../values/money';
import { isTimeRange } from '../values/time';
import { fill, formatDate, formatDuration, formatMoney, formatNumber, formatTimeRange, joinList } from './format';

export interface ValueContext {
  model: Model;
  catalog: Catalog;
  lang: Lang;
  /** The language whose texts are read (the standard's first when `lang` is not one of its own). */
  textLang: Lang;
  words: OfficialWords;
  /** Fills a template relative to `base` (the frames' own placeholder syntax). */
  fill(template: string, base: string): string;
}

function resolveType(c: ValueContext, type: ValueType): ValueType {
  return resolveRef(c.catalog, type) ?? type;
}

function enumWord(c: ValueContext, type: EnumType, value: string, form?: string): string {
  const v = type.values.find((x) => x.value === value);
  if (!v) return value;
  return v.forms?.[form ?? '']?.[c.lang] ?? v.title[c.lang];
}

function textOf(c: ValueContext, value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const texts = value as Partial<Record<Lang, string>>;
  const t = texts[c.textLang]?.trim();
  return t ? t : undefined;
}

function scalar(c: ValueContext, e: Entry, form?: string): string | undefined {
  const v = e.value;
  if (v === undefined || v === null) return undefined;
  const type = resolveType(c, e.type);
  if (type.kind === 'enum') return typeof v === 'string' ? enumWord(c, type, v, form) : textOf(c, v);
  if (type.kind === 'text') return textOf(c, v);
  // Links and numbers stand as the writer wrote them, not in their checked form.
  if ((type.kind === 'url' || type.kind === 'phone' || type.kind === 'email') && isScalar(e.node)) return String(e.node.value);
  if (isDuration(v)) return formatDuration(v, c.lang, c.words);
  if (isMoney(v)) return formatMoney(v, c.lang, c.words);
  if (isTimeRange(v)) return formatTimeRange(v, c.words);
  if (v instanceof Date) return formatDate(v, c.words);
  if (typeof v === 'number') return formatNumber(v, c.lang);
  if (typeof v === 'string') return v;
  return undefined;
}

/** A run of three or more consecutive weekdays as `с понедельника по пятницу`, else the days listed. */
function days(c: ValueContext, items: Entry[]): string | undefined {
  const type = resolveType(c, items[0].type) as EnumType;
  const order = type.values.map((v) => v.value);
  const idx = items.map((e) => order.indexOf(String(e.value)));
  if (idx.some((i) => i < 0)) return undefined;
  const run = idx.length >= 3 && idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (run) {
    return fill(c.words.dayRange, { from: enumWord(c, type, order[idx[0]], 'from'), to: enumWord(c, type, order[idx[idx.length - 1]], 'to') });
  }
  return joinList(idx.map((i) => enumWord(c, type, order[i], 'nom')), c.words.and);
}

function list(c: ValueContext, path: string, form?: string): string | undefined {
  const items = c.model.items(path);
  if (items.length === 0) return undefined;
  const first = resolveType(c, items[0].type);
  if (first.kind === 'enum' && first.values.some((v) => v.forms?.from)) return days(c, items);
  const shown = items.map((e) => render(c, e.path, form));
  if (shown.some((s) => s === undefined)) return undefined;
  const isContact = items[0].type.kind === 'ref';
  return isContact ? joinContacts(shown as string[], c.words.andAlso) : joinList(shown as string[], c.words.and);
}

function joinContacts(items: string[], andAlso: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}${andAlso}${items[items.length - 1]}`;
}

function schedule(c: ValueContext, path: string): string | undefined {
  if (render(c, `${path}.days`) === undefined || render(c, `${path}.hours`) === undefined) return undefined;
  return c.fill(c.words.schedule, path);
}

function contact(c: ValueContext, path: string): string | undefined {
  const name = render(c, `${path}.name`);
  const details: string[] = [];
  for (const template of c.words.contact) {
    const key = /\{([\w-]+)\}/.exec(template)?.[1];
    const value = key ? render(c, `${path}.${key}`) : undefined;
    if (key && value !== undefined) details.push(template.replace(`{${key}}`, value));
  }
  if (name === undefined && details.length === 0) return undefined;
  const head = name ?? c.words.gap;
  return details.length ? `${head} (${details.join(', ')})` : head;
}

/** The value at `path` as text, or `undefined` when it is missing or invalid. */
export function render(c: ValueContext, path: string, form?: string): string | undefined {
  const e = c.model.get(path);
  if (!e || e.node === null) return undefined;
  const type = resolveType(c, e.type);
  if (type.kind === 'list') return list(c, path, form);
  if (e.type.kind === 'ref' && type.kind === 'object' && type.fields.some((f) => f.key === 'name')) return contact(c, path);
  if (type.kind === 'object') return schedule(c, path);
  return scalar(c, e, form);
}
