import assert from 'node:assert/strict';
import { DIALECT_STANDARD, FIXED_NOW, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const DATE = '      date: 2007-07-26';
const dated = (value: string) => replaced(DATE, `      date: ${value}`);

describe('legal-basis', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('legal-basis', DIALECT_STANDARD), []);
  });

  it('does not fire on today (FIXED_NOW), on 29 February of a leap year, or without a date', () => {
    assert.equal(FIXED_NOW.toISOString().slice(0, 10), '2026-11-25');
    assert.deepEqual(only('legal-basis', dated('2026-11-25')), []);
    assert.deepEqual(only('legal-basis', dated('2012-02-29')), []);
    assert.deepEqual(only('legal-basis', replaced(`${DATE}\n`, '')), []);
  });

  it('reports a date in the future (2031-01-01), on the date', () => {
    const text = dated('2031-01-01');
    const found = only('legal-basis', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 3);
    assertAt(text, d, lineMatching(text, /date: 2031/), '2031-01-01');
    assertMessages(d, /^2031-01-01 is in the future; check the act's date \(`date`\)\.$/);
  });

  it('reports the approving act dated in the future, on its date, with no clause number', () => {
    const approved = (date: string) => replaced('  code: "00201004"\n', `  code: "00201004"\n  approval:\n    act: government-decree\n    number: "1669"\n    date: ${date}\n`);
    assert.deepEqual(only('legal-basis', approved('2009-10-26')), []);
    const text = approved('2030-05-05');
    const [d, more] = only('legal-basis', text);
    assert.ok(d && !more);
    assertAt(text, d, lineMatching(text, /date: 2030-05-05/), '2030-05-05');
    assert.equal(d.clause, undefined);
    assertMessages(d, /^2030-05-05 is in the future; check the act's date \(`date`\)\.$/);
  });

  it('reports tomorrow as in the future', () => {
    assert.equal(only('legal-basis', dated('2026-11-26')).length, 1);
  });

  it('reports a date that is not in the calendar (2010-02-30), quoted or not', () => {
    const text = dated('2010-02-30');
    const [d] = only('legal-basis', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /date: 2010-02-30/), '2010-02-30');
    assertMessages(d, /^`2010-02-30` is not a real calendar date\.$/);
    assert.match(only('legal-basis', dated('"2010-02-30"'))[0].message.en, /not a real calendar date/);
    assert.match(only('legal-basis', dated('2011-02-29'))[0].message.en, /not a real calendar date/);
  });

  it('reports a date not written in ISO form', () => {
    const text = dated('26.06.2010');
    const [d] = only('legal-basis', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /date: 26\.06\.2010/), '26.06.2010');
    assert.match(d.message.en, /is not a date; write it like `2010-06-26`/);
  });

  it('a missing `article` is an error naming clause 3', () => {
    const text = replaced('      article: "20"\n', '');
    const d = lintText(text).find((x) => /`article`/.test(x.message.en));
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 3);
  });

  it('an empty `article` is reported as missing', () => {
    const text = replaced('      article: "20"', '      article: ""');
    const found = lintText(text).filter((x) => x.severity === 'error');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line + 1, lineMatching(text, /article: ""/));
  });
});
