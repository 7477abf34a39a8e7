import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

/** The clause 9 schedule's `breaks` line. */
const BREAKS = /( {2}schedule:\n {4}days.*\n {4}hours: 09:00-18:30\n) {4}breaks: \[13:00-14:30\]/;
const breaks = (list: string) => replaced(BREAKS, `$1    breaks: [${list}]`);

describe('schedule-consistency', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('schedule-consistency', DIALECT_STANDARD), []);
  });

  it('does not fire on breaks exactly at the edges of the hours, nor on adjacent breaks', () => {
    assert.deepEqual(only('schedule-consistency', breaks('09:00-09:30, 18:00-18:30')), []);
    assert.deepEqual(only('schedule-consistency', breaks('13:00-14:00, 14:00-14:30')), []);
  });

  it('does not fire on `available: false` without conditions', () => {
    const text = replaced(/( {4}expedited:\n {6}available: )true\n {6}conditions:\n.*\n.*\n/, '$1false\n');
    assert.deepEqual(only('schedule-consistency', text), []);
  });

  it('warns on a break outside the working hours, on the break', () => {
    const text = breaks('18:00-19:00');
    const found = only('schedule-consistency', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.clause, 9);
    assertAt(text, d, lineMatching(text, /^ {4}breaks: \[18:00-19:00\]/), '18:00-19:00');
    assertMessages(d, /^The break 18:00-19:00 lies outside the working hours \(09:00-18:30\)\.$/);
    assert.equal(d.related?.[0].range.start.line, lineMatching(text, /^ {4}breaks:/) - 2);
  });

  it('warns on a break starting before the hours', () => {
    const text = breaks('08:30-09:30');
    const [d] = only('schedule-consistency', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /08:30-09:30/), '08:30-09:30');
  });

  it('warns on overlapping breaks, on the later one', () => {
    const text = breaks('13:00-14:00, 13:30-14:30');
    const [d] = only('schedule-consistency', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /13:30-14:30/), '13:30-14:30');
    assert.match(d.message.en, /^The break 13:30-14:30 overlaps the break 13:00-14:00\.$/);
  });

  it('checks a contact\'s schedule too (appeals.higher-instance)', () => {
    const text = replaced(/( {2}higher-instance:[\s\S]*?hours: 09:00-18:30\n) {6}breaks: \[13:00-14:30\]/, '$1      breaks: [19:00-20:00]');
    const [d] = only('schedule-consistency', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /19:00-20:00/), '19:00-20:00');
  });

  it('warns on `available: true` without `conditions`, on that line', () => {
    const text = replaced(/( {4}expedited:\n {6}available: true\n) {6}conditions:\n.*\n.*\n/, '$1');
    const [d] = only('schedule-consistency', text);
    assert.ok(d);
    assert.equal(d.severity, 'warning');
    const line = lineMatching(text, /^ {4}expedited:/) + 1;
    assertAt(text, d, line, 'available: true');
    assertMessages(d, /^`expedited` is available but its conditions and requirements \(`conditions`\) are not stated\.$/);
  });
});
