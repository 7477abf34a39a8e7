import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const WAIT = '    max-wait: 30 minutes';
const SERVICE = '    max-service: 20 minutes';

describe('on-the-spot-time', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('on-the-spot-time', DIALECT_STANDARD), []);
  });

  it('does not fire at exactly 8 hours, nor on kk/ru unit words', () => {
    for (const [line, value] of [[WAIT, '8 hours'], [SERVICE, '480 minutes'], [WAIT, '30 минут'], [SERVICE, '2 сағат'], [WAIT, '1 час']]) {
      const text = replaced(line, `${line.split(':')[0]}: ${value}`);
      assert.deepEqual(only('on-the-spot-time', text), [], value);
    }
  });

  it('warns on a waiting time in days, on the whole `max-wait` line', () => {
    const text = replaced(WAIT, '    max-wait: 1 working-day');
    const found = only('on-the-spot-time', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.clause, 7);
    assertAt(text, d, lineMatching(text, /max-wait:/), 'max-wait: 1 working-day');
    assertMessages(d, /^`max-wait` is a time on the spot on the day of application; 1 working day is too long \(at most 8 hours, never days\)\.$/);
  });

  it('warns on a service time over 8 hours', () => {
    const text = replaced(SERVICE, '    max-service: 9 hours');
    const [d] = only('on-the-spot-time', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /max-service:/), 'max-service: 9 hours');
    assert.match(d.message.en, /9 hours is too long/);
  });

  it('warns on days written in Russian too', () => {
    const text = replaced(WAIT, '    max-wait: 1 рабочий день');
    const [d] = only('on-the-spot-time', text);
    assert.ok(d);
    assert.match(d.message.en, /1 working day is too long/);
    assert.match(d.message.ru, /1 рабочий день/);
  });
});
