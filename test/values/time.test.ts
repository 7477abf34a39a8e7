/** Times of day and working hours: `09:00-18:30`, up to `24:00`. */
import assert from 'node:assert/strict';
import { formatTime, isTimeRange, parseTime, parseTimeRange } from '../../server/src/core/values/time';

describe('values: times and time ranges', () => {
  it('takes `24:00` as the end of the day, and nothing after it', () => {
    assert.equal(parseTime('24:00'), 24 * 60);
    assert.equal(parseTime('24:30'), undefined);
    assert.equal(parseTime('25:00'), undefined);
    assert.deepEqual(parseTimeRange('09:00-24:00'), { start: 540, end: 1440 });
  });

  it('takes one-digit hours and surrounding spaces; refuses minutes over 59 and other shapes', () => {
    assert.equal(parseTime(' 9:05 '), 545);
    assert.equal(parseTime('00:00'), 0);
    assert.equal(parseTime('09:60'), undefined);
    assert.equal(parseTime('9.05'), undefined);
    assert.equal(parseTime('09:00 am'), undefined);
  });

  it('takes a hyphen, an en dash or an em dash between the times, spaced or not', () => {
    assert.deepEqual(parseTimeRange('09:00-18:30'), { start: 540, end: 1110 });
    assert.deepEqual(parseTimeRange('09:00 – 18:30'), { start: 540, end: 1110 });
    assert.deepEqual(parseTimeRange('09:00—18:30'), { start: 540, end: 1110 });
  });

  it('says a range is out of order when it ends before (or when) it starts, and malformed otherwise', () => {
    assert.deepEqual(parseTimeRange('18:00-09:00'), { error: 'order' });
    assert.deepEqual(parseTimeRange('09:00-09:00'), { error: 'order' });
    assert.deepEqual(parseTimeRange('09:00'), { error: 'format' });
    assert.deepEqual(parseTimeRange('09:00-13:00-14:00'), { error: 'format' });
    assert.deepEqual(parseTimeRange('09:00-25:00'), { error: 'format' });
    assert.equal(isTimeRange(parseTimeRange('09:00')), false);
  });

  it('writes minutes back as HH:MM', () => {
    assert.equal(formatTime(545), '09:05');
    assert.equal(formatTime(1440), '24:00');
    assert.equal(formatTime(0), '00:00');
  });
});
