/** Plural forms and numbers as each language writes them. */
import assert from 'node:assert/strict';
import { enPlural, formatNumber, ruPlural } from '../../server/src/core/values/plural';

describe('values: plurals and numbers', () => {
  const day = (n: number) => ruPlural(n, 'день', 'дня', 'дней');

  it('gives the Russian form by the last digits: 1 день, 2–4 дня, 5–20 дней, 21 день, 111 дней', () => {
    assert.deepEqual([1, 2, 4, 5, 11, 12, 14, 20, 21, 22, 25, 101, 111, 112].map(day), ['день', 'дня', 'дня', 'дней', 'дней', 'дней', 'дней', 'дней', 'день', 'дня', 'дней', 'день', 'дней', 'дней']);
    assert.equal(day(0), 'дней');
  });

  it('gives the "few" form for a fraction (0,5 дня)', () => {
    assert.equal(day(0.5), 'дня');
    assert.equal(day(1.5), 'дня');
  });

  it('gives the English singular for exactly one only', () => {
    assert.equal(enPlural(1, 'day', 'days'), 'day');
    assert.equal(enPlural(0, 'day', 'days'), 'days');
    assert.equal(enPlural(0.5, 'day', 'days'), 'days');
  });

  it('writes the decimal comma in Kazakh and Russian and the point in English', () => {
    assert.equal(formatNumber(0.5, 'kk'), '0,5');
    assert.equal(formatNumber(0.5, 'ru'), '0,5');
    assert.equal(formatNumber(0.5, 'en'), '0.5');
    assert.equal(formatNumber(1500, 'ru'), '1500');
  });
});
