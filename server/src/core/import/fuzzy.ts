/**
 * Reading texts worded otherwise than the frames: a sentence whose words are mostly the frame's
 * gives its value after the last colon or dash; a schedule is read from the times and days it names.
 */
import type { EnumType, ObjectType } from '../catalog/types';
import { escapeRe, readValue, resolveType, timeRangeSource, type ReadContext } from './readers';

const stems = (s: string) => new Set((s.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).map((w) => w.slice(0, 5)));

/** The share of the frame's own words (placeholders left out) found in the text. */
export function overlap(text: string, template: string): number {
  const frame = stems(template.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' '));
  if (!frame.size) return 0;
  const own = stems(text);
  return [...frame].filter((w) => own.has(w)).length / frame.size;
}

/** Shared words over the shorter side: a writer's shortened wording of a frame still scores high. */
export function similarity(text: string, template: string): number {
  const frame = stems(template.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' '));
  const own = stems(text);
  if (!frame.size || !own.size) return 0;
  return [...frame].filter((w) => own.has(w)).length / Math.min(frame.size, own.size);
}

const cache = new WeakMap<object, Set<string>>();

/** Every word the edition itself writes (its frames, titles, enumerations), lowercased. */
export function editionWords(catalog: object): Set<string> {
  let words = cache.get(catalog);
  if (!words) cache.set(catalog, (words = new Set(JSON.stringify(catalog).toLowerCase().match(/[\p{L}]{4,}/gu) ?? [])));
  return words;
}

/** Whether every word of 4+ letters of `text` is the edition's own or one of `kept`: reading it loses nothing. */
export function onlyFrameWords(catalog: object, text: string, kept = ''): boolean {
  const own = editionWords(catalog);
  const keep = new Set(kept.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []);
  return (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).every((w) => own.has(w) || keep.has(w));
}

/** The single value a template asks for outside its optional groups, if it asks for exactly one. */
export function soleSlot(template: string): { path: string; form?: string } | undefined {
  const slots = [...template.replace(/\[[^\]]*\]/g, '').matchAll(/\{([^#}][^}]*)\}/g)].map((m) => m[1]);
  if (slots.length !== 1) return undefined;
  const [path, form] = slots[0].split('|');
  return { path, form };
}

/** `lead words: value.` or `lead words – value.` split at the last colon or dash. */
export function splitValue(text: string): { left: string; value: string } | undefined {
  const m = /^([^]*?)(?::\s+|\s+[–—-]\s+)((?:(?!:\s|\s[–—-]\s)[^])+?)[.;]?$/u.exec(text.trim());
  return m && m[2].trim() ? { left: m[1], value: m[2].trim() } : undefined;
}


function weekdays(c: ReadContext, type: EnumType, text: string): string[] {
  const low = text.toLowerCase();
  return type.values
    .filter((v) => [v.title[c.lang], ...Object.values(v.forms ?? {}).map((f) => f[c.lang])].some((w) => !!w && new RegExp(`(^|[^\\p{L}])${escapeRe(w.toLowerCase())}($|[^\\p{L}])`, 'u').test(low)))
    .map((v) => v.value);
}

/** A schedule `{days, hours, breaks}` from a sentence: its first time range, the ranges after, its days. */
export function readScheduleLoose(c: ReadContext, type: ObjectType, text: string): Record<string, unknown> | undefined {
  const field = (k: string) => type.fields.find((f) => f.key === k);
  const daysField = field('days');
  const item = daysField && resolveType(c, daysField.type);
  const dayType = item?.kind === 'list' ? resolveType(c, item.item) : undefined;
  const ranges: string[] = [...(text.match(new RegExp(timeRangeSource(c.words), 'gu')) ?? [])];
  const [first, ...rest] = ranges;
  const hours = field('hours');
  if (first === undefined || dayType?.kind !== 'enum' || !hours) return undefined;
  const out: Record<string, unknown> = { hours: readValue(c, hours.type, first) };
  if (rest.length && field('breaks')) out.breaks = rest.map((r) => readValue(c, { kind: 'time-range' }, r));
  const sw = c.words.scheduleWords;
  const low = text.toLowerCase();
  const range = readValue(c, daysField!.type, text.split(first)[0].replace(/^[^:]*:\s*/, '').trim());
  let days = Array.isArray(range) ? (range as string[]) : sw?.everyDay.some((w) => low.includes(w)) ? dayType.values.map((v) => v.value) : undefined;
  if (!days) {
    const named = weekdays(c, dayType, text);
    if (!named.length) return undefined;
    days = named;
  }
  const except = sw?.except.find((w) => low.includes(w));
  if (except && sw) {
    const tail = c.lang === 'kk' ? low.slice(0, low.indexOf(except)) : low.slice(low.indexOf(except));
    const off = new Set(weekdays(c, dayType, tail.split(ranges[ranges.length - 1] ?? first).pop() ?? tail));
    // Days off are the last two of the week.
    if (sw.daysOff.some((w) => tail.includes(w))) dayType.values.slice(-2).forEach((v) => off.add(v.value));
    days = days.filter((d) => !off.has(d));
  }
  out.days = days;
  return out;
}
