/** Durations: `30 minutes`, `2 hours`, `10 working-days`, `30 calendar-days`, and kk/ru unit words. */
import type { Localized } from '../types';
import { enPlural, formatNumber, ruPlural } from './plural';

export type DurationUnit = 'minutes' | 'hours' | 'working-days' | 'calendar-days';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export const DURATION_UNITS: DurationUnit[] = ['minutes', 'hours', 'working-days', 'calendar-days'];

const UNIT_WORDS: Record<DurationUnit, string[]> = {
  minutes: ['minute', 'minutes', 'min', 'мин', 'минут', 'минута', 'минуты'],
  hours: ['hour', 'hours', 'h', 'сағат', 'сағ', 'час', 'часа', 'часов'],
  'working-days': [
    'working-day', 'working-days', 'working day', 'working days', 'жұмыс күні', 'жұмыс күн',
    'рабочий день', 'рабочих дня', 'рабочих дней', 'рабочего дня',
  ],
  'calendar-days': [
    'calendar-day', 'calendar-days', 'calendar day', 'calendar days', 'күнтізбелік күн', 'күнтізбелік күні',
    'календарный день', 'календарных дня', 'календарных дней', 'календарного дня',
  ],
};

const WORD_TO_UNIT = new Map<string, DurationUnit>();
for (const unit of DURATION_UNITS) for (const w of UNIT_WORDS[unit]) WORD_TO_UNIT.set(w, unit);

/** Every unit word, for completion and "did you mean". */
export const DURATION_WORDS = [...WORD_TO_UNIT.keys()];

const PATTERN = /^(\d+(?:[.,]\d+)?)\s*(.+?)$/u;

export function parseDuration(raw: string): Duration | { error: 'format' | 'unit' | 'zero'; unit?: string } {
  const m = PATTERN.exec(raw.trim());
  if (!m) return { error: 'format' };
  const amount = Number(m[1].replace(',', '.'));
  const word = m[2].trim().toLowerCase().replace(/\s+/g, ' ');
  const unit = WORD_TO_UNIT.get(word);
  if (!unit) return { error: 'unit', unit: m[2].trim() };
  if (!(amount > 0)) return { error: 'zero' };
  return { amount, unit };
}

export function isDuration(v: unknown): v is Duration {
  return typeof v === 'object' && v !== null && 'amount' in v && DURATION_UNITS.includes((v as Duration).unit);
}

/** Minutes in a duration; days count as whole days of 24 hours (only used for on-the-spot limits). */
export function durationMinutes(d: Duration): number {
  switch (d.unit) {
    case 'minutes':
      return d.amount;
    case 'hours':
      return d.amount * 60;
    default:
      return d.amount * 24 * 60;
  }
}

export function isDays(d: Duration): boolean {
  return d.unit === 'working-days' || d.unit === 'calendar-days';
}

/** The normalised reading in each language: "10 working days / 10 жұмыс күні / 10 рабочих дней". */
export function readDuration(d: Duration): Localized {
  const n = d.amount;
  const kk = formatNumber(n, 'kk');
  const ru = formatNumber(n, 'ru');
  switch (d.unit) {
    case 'minutes':
      return { kk: `${kk} минут`, ru: `${ru} ${ruPlural(n, 'минута', 'минуты', 'минут')}`, en: `${n} ${enPlural(n, 'minute', 'minutes')}` };
    case 'hours':
      return { kk: `${kk} сағат`, ru: `${ru} ${ruPlural(n, 'час', 'часа', 'часов')}`, en: `${n} ${enPlural(n, 'hour', 'hours')}` };
    case 'working-days':
      return {
        kk: `${kk} жұмыс күні`,
        ru: `${ru} ${ruPlural(n, 'рабочий день', 'рабочих дня', 'рабочих дней')}`,
        en: `${n} working ${enPlural(n, 'day', 'days')}`,
      };
    case 'calendar-days':
      return {
        kk: `${kk} күнтізбелік күн`,
        ru: `${ru} ${ruPlural(n, 'календарный день', 'календарных дня', 'календарных дней')}`,
        en: `${n} calendar ${enPlural(n, 'day', 'days')}`,
      };
  }
}
