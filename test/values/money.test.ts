/** Fees as writers type them (`0,5 МРП`, `1 500 KZT`) and as readers see them. */
import assert from 'node:assert/strict';
import { isMoney, parseMoney, readMoney } from '../../server/src/core/values/money';

describe('values: money', () => {
  it('reads `0,5 МРП` (decimal comma, Russian abbreviation) as half an MCI', () => {
    assert.deepEqual(parseMoney('0,5 МРП'), { amount: 0.5, unit: 'MCI' });
    assert.deepEqual(parseMoney('0.5 АЕК'), { amount: 0.5, unit: 'MCI' });
    assert.deepEqual(parseMoney('2 mci'), { amount: 2, unit: 'MCI' });
  });

  it('reads tenge in every spelling, with a space between thousands', () => {
    assert.deepEqual(parseMoney('1 500 KZT'), { amount: 1500, unit: 'KZT' });
    assert.deepEqual(parseMoney('1500 теңге'), { amount: 1500, unit: 'KZT' });
    assert.deepEqual(parseMoney('1500 тенге'), { amount: 1500, unit: 'KZT' });
    assert.deepEqual(parseMoney('1500₸'), { amount: 1500, unit: 'KZT' });
  });

  it('says what is wrong: no amount, or a currency the dialect does not know (quoted back)', () => {
    assert.deepEqual(parseMoney('MCI'), { error: 'format' });
    assert.deepEqual(parseMoney('free'), { error: 'format' });
    assert.deepEqual(parseMoney('5 USD'), { error: 'unit', unit: 'USD' });
    assert.equal(isMoney(parseMoney('5 USD')), false);
    assert.equal(isMoney(parseMoney('5 KZT')), true);
  });

  it('spells the MCI out in each language, with the decimal comma in kk and ru', () => {
    assert.deepEqual(readMoney({ amount: 0.5, unit: 'MCI' }), {
      kk: '0,5 АЕК (айлық есептік көрсеткіш)',
      ru: '0,5 МРП (месячный расчётный показатель)',
      en: '0.5 MCI (monthly calculation index)',
    });
    assert.deepEqual(readMoney({ amount: 1500, unit: 'KZT' }), { kk: '1500 теңге', ru: '1500 тенге', en: '1500 tenge (KZT)' });
  });
});
