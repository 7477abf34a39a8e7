/** Durations as writers type them (`10 working-days`, `1 working-day`, kk/ru words) and as readers see them. */
import assert from 'node:assert/strict';
import { durationMinutes, isDays, parseDuration, readDuration } from '../../server/src/core/values/duration';

describe('values: durations', () => {
  it('reads the singular `1 working-day` as one working day, in every language', () => {
    const d = parseDuration('1 working-day');
    assert.deepEqual(d, { amount: 1, unit: 'working-days' });
    assert.deepEqual(readDuration({ amount: 1, unit: 'working-days' }), { kk: '1 жұмыс күні', ru: '1 рабочий день', en: '1 working day' });
  });

  it('takes the unit in Kazakh or Russian, any case and spacing, and a decimal comma', () => {
    assert.deepEqual(parseDuration('10 рабочих  дней'), { amount: 10, unit: 'working-days' });
    assert.deepEqual(parseDuration('  15 Жұмыс күні '), { amount: 15, unit: 'working-days' });
    assert.deepEqual(parseDuration('30 календарных дней'), { amount: 30, unit: 'calendar-days' });
    assert.deepEqual(parseDuration('2 сағат'), { amount: 2, unit: 'hours' });
    assert.deepEqual(parseDuration('1,5 hours'), { amount: 1.5, unit: 'hours' });
    assert.deepEqual(parseDuration('30min'), { amount: 30, unit: 'minutes' });
  });

  it('says what is wrong: no number, an unknown unit (quoted back), a zero amount', () => {
    assert.deepEqual(parseDuration('ten days'), { error: 'format' });
    assert.deepEqual(parseDuration(''), { error: 'format' });
    assert.deepEqual(parseDuration('10 weeks'), { error: 'unit', unit: 'weeks' });
    assert.deepEqual(parseDuration('0 minutes'), { error: 'zero' });
    assert.deepEqual(parseDuration('0,0 hours'), { error: 'zero' });
  });

  it('reads Russian plurals by the count: 1 день, 2 дня, 5 дней, 21 день, 11 дней; a fraction takes "часа"', () => {
    const ru = (amount: number, unit: 'calendar-days' | 'hours' | 'minutes') => readDuration({ amount, unit }).ru;
    assert.equal(ru(1, 'calendar-days'), '1 календарный день');
    assert.equal(ru(2, 'calendar-days'), '2 календарных дня');
    assert.equal(ru(5, 'calendar-days'), '5 календарных дней');
    assert.equal(ru(21, 'calendar-days'), '21 календарный день');
    assert.equal(ru(11, 'calendar-days'), '11 календарных дней');
    assert.equal(ru(0.5, 'hours'), '0,5 часа');
    assert.equal(ru(1, 'minutes'), '1 минута');
  });

  it('writes the decimal comma in kk and ru, the point in en, and English plurals', () => {
    assert.deepEqual(readDuration({ amount: 0.5, unit: 'hours' }), { kk: '0,5 сағат', ru: '0,5 часа', en: '0.5 hours' });
    assert.deepEqual(readDuration({ amount: 30, unit: 'minutes' }), { kk: '30 минут', ru: '30 минут', en: '30 minutes' });
    assert.equal(readDuration({ amount: 1, unit: 'calendar-days' }).en, '1 calendar day');
  });

  it('counts minutes for on-the-spot limits: hours × 60, days as whole days', () => {
    assert.equal(durationMinutes({ amount: 15, unit: 'minutes' }), 15);
    assert.equal(durationMinutes({ amount: 2, unit: 'hours' }), 120);
    assert.equal(durationMinutes({ amount: 1, unit: 'working-days' }), 1440);
    assert.equal(isDays({ amount: 1, unit: 'calendar-days' }), true);
    assert.equal(isDays({ amount: 1, unit: 'hours' }), false);
  });
});
