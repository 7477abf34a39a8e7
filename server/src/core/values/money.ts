/** Money: `0.5 MCI` (monthly calculation index, АЕК / МРП) or `1500 KZT`. */
import type { Localized } from '../types';
import { formatNumber } from './plural';

export type MoneyUnit = 'MCI' | 'KZT';

export interface Money {
  amount: number;
  unit: MoneyUnit;
}

const UNIT_WORDS: Record<MoneyUnit, string[]> = {
  MCI: ['mci', 'аек', 'мрп'],
  KZT: ['kzt', 'тг', 'теңге', 'тенге', '₸'],
};

const WORD_TO_UNIT = new Map<string, MoneyUnit>();
for (const unit of Object.keys(UNIT_WORDS) as MoneyUnit[]) for (const w of UNIT_WORDS[unit]) WORD_TO_UNIT.set(w, unit);

export const MONEY_WORDS = ['MCI', 'KZT', 'АЕК', 'МРП', 'теңге', 'тенге'];

export function parseMoney(raw: string): Money | { error: 'format' | 'unit'; unit?: string } {
  const m = /^(\d+(?:[.,]\d+)?)\s*(\S+)$/u.exec(raw.trim().replace(/(\d)\s+(?=\d{3}\b)/g, '$1'));
  if (!m) return { error: 'format' };
  const unit = WORD_TO_UNIT.get(m[2].toLowerCase());
  if (!unit) return { error: 'unit', unit: m[2] };
  return { amount: Number(m[1].replace(',', '.')), unit };
}

export function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'unit' in v && ((v as Money).unit === 'MCI' || (v as Money).unit === 'KZT');
}

export function readMoney(m: Money): Localized {
  if (m.unit === 'KZT') {
    return { kk: `${formatNumber(m.amount, 'kk')} теңге`, ru: `${formatNumber(m.amount, 'ru')} тенге`, en: `${m.amount} tenge (KZT)` };
  }
  return {
    kk: `${formatNumber(m.amount, 'kk')} АЕК (айлық есептік көрсеткіш)`,
    ru: `${formatNumber(m.amount, 'ru')} МРП (месячный расчётный показатель)`,
    en: `${m.amount} MCI (monthly calculation index)`,
  };
}
