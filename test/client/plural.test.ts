/** The extension's counted texts take each language's plural form (Intl.PluralRules), for every count. */
import assert from 'node:assert/strict';
import { count } from '../../client/src/plural';

describe('client: counts in kk, ru and en', () => {
  it('Russian: 1 пункт, 2 пункта, 5 пунктов, 11 пунктов, 21 пункт, 22 пункта, 26 пунктов', () => {
    const got = [1, 2, 5, 11, 21, 22, 26].map((n) => count(n, 'clause', 'ru'));
    assert.deepEqual(got, ['1 пункт', '2 пункта', '5 пунктов', '11 пунктов', '21 пункт', '22 пункта', '26 пунктов']);
    assert.deepEqual([0, 1, 3, 12].map((n) => count(n, 'error', 'ru')), ['0 ошибок', '1 ошибка', '3 ошибки', '12 ошибок']);
    assert.deepEqual([1, 4, 25].map((n) => count(n, 'warning', 'ru')), ['1 предупреждение', '4 предупреждения', '25 предупреждений']);
  });

  it('English: 1 clause, 2 clauses, 0 errors, 1 warning', () => {
    assert.deepEqual([count(1, 'clause', 'en'), count(2, 'clause', 'en'), count(0, 'error', 'en'), count(1, 'warning', 'en')], ['1 clause', '2 clauses', '0 errors', '1 warning']);
  });

  it('Kazakh keeps the singular after a number: 1 тармақ, 26 тармақ, 5 қате', () => {
    assert.deepEqual([count(1, 'clause', 'kk'), count(26, 'clause', 'kk'), count(5, 'error', 'kk')], ['1 тармақ', '26 тармақ', '5 қате']);
  });
});
