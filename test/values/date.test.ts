/** Calendar dates: ISO `YYYY-MM-DD`, real days only. */
import assert from 'node:assert/strict';
import { parseDate } from '../../server/src/core/values/date';

describe('values: dates', () => {
  it('reads an ISO date as that day at UTC midnight', () => {
    const d = parseDate(' 2010-06-26 ');
    assert.ok(d instanceof Date);
    assert.equal(d.toISOString(), '2010-06-26T00:00:00.000Z');
  });

  it('refuses a day the calendar does not have: 30 February, 31 April, 29 February of a common year', () => {
    assert.deepEqual(parseDate('2010-02-30'), { error: 'calendar' });
    assert.deepEqual(parseDate('2010-04-31'), { error: 'calendar' });
    assert.deepEqual(parseDate('2010-02-29'), { error: 'calendar' });
    assert.deepEqual(parseDate('2010-13-01'), { error: 'calendar' });
    assert.deepEqual(parseDate('2010-00-10'), { error: 'calendar' });
  });

  it('accepts 29 February of a leap year', () => {
    assert.equal((parseDate('2012-02-29') as Date).toISOString(), '2012-02-29T00:00:00.000Z');
  });

  it('says the format is wrong for other spellings (one-digit month, dots, day first)', () => {
    assert.deepEqual(parseDate('2010-6-26'), { error: 'format' });
    assert.deepEqual(parseDate('26.06.2010'), { error: 'format' });
    assert.deepEqual(parseDate('2010/06/26'), { error: 'format' });
    assert.deepEqual(parseDate(''), { error: 'format' });
  });
});
