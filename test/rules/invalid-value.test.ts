import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const WAIT = '    max-wait: 30 minutes';
const HOURS = /( {2}schedule:\n {4}days.*\n) {4}hours: 09:00-18:30/;

describe('invalid-value', () => {
  it('does not fire on the clean standard (which has the singular `1 working-day`)', () => {
    assert.match(DIALECT_STANDARD, /from-electronic-request: 1 working-day\n/);
    assert.deepEqual(only('invalid-value', DIALECT_STANDARD), []);
  });

  it('accepts kk/ru unit words for durations and АЕК/МРП/KZT for money', () => {
    const text = replaced('    from-documents: 5 working-days', '    from-documents: 10 жұмыс күні')
      .replace('    from-application: 3 working-days', '    from-application: 10 рабочих дней')
      .replace(WAIT, '    max-wait: 30 минут')
      .replace('    max-service: 20 minutes', '    max-service: 2 сағат')
      .replace('    response-deadline: 15 calendar-days', '    response-deadline: 15 календарных дней')
      .replace('    amount: 0.5 MCI', '    amount: 0.5 АЕК')
      .replace('    expedited-amount: 1 MCI', '    expedited-amount: 1500 KZT');
    for (const w of ['10 жұмыс күні', '10 рабочих дней', '30 минут', '2 сағат', '15 календарных дней', '0.5 АЕК', '1500 KZT']) assert.ok(text.includes(w), w);
    assert.deepEqual(only('invalid-value', text).map((d) => d.message.en), []);
  });

  it('accepts a free amount `0 KZT` and `1 МРП`', () => {
    const text = replaced('    amount: 0.5 MCI', '    amount: 0 KZT').replace('    expedited-amount: 1 MCI', '    expedited-amount: 1 МРП');
    assert.deepEqual(only('invalid-value', text), []);
  });

  it('reports an unknown duration unit, with "did you mean", on the value', () => {
    const text = replaced(WAIT, '    max-wait: 30 minuts');
    const found = only('invalid-value', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 7);
    assertAt(text, d, lineMatching(text, /max-wait:/), '30 minuts');
    assertMessages(d, /^`30 minuts`: unknown unit `minuts`\. Did you mean .*`minutes`/);
  });

  it('reports a zero duration and a duration that is not one', () => {
    const zero = replaced(WAIT, '    max-wait: 0 minutes');
    assert.match(only('invalid-value', zero)[0].message.en, /must be greater than zero/);
    const soon = replaced(WAIT, '    max-wait: soon');
    assertAt(soon, only('invalid-value', soon)[0], lineMatching(soon, /max-wait:/), 'soon');
  });

  it('reports an unknown currency and a negative amount', () => {
    const usd = replaced('    amount: 0.5 MCI', '    amount: 0.5 USD');
    const [d] = only('invalid-value', usd);
    assertAt(usd, d, lineMatching(usd, /^ {4}amount:/), '0.5 USD');
    assert.match(d.message.en, /unknown currency unit `USD`/);
    const negative = replaced('    amount: 0.5 MCI', '    amount: -1 MCI');
    assert.match(only('invalid-value', negative)[0].message.en, /`-1 MCI` is not an amount/);
  });

  it('reports a time range whose start is not before its end, and one that is malformed', () => {
    const reversed = replaced(HOURS, '$1    hours: 18:30-09:00');
    const [d] = only('invalid-value', reversed);
    assert.ok(d);
    assertAt(reversed, d, lineMatching(reversed, /hours: 18:30-09:00/), '18:30-09:00');
    assert.match(d.message.en, /the start must be before the end/);
    const am = replaced(HOURS, '$1    hours: 9am-6pm');
    assert.match(only('invalid-value', am)[0].message.en, /is not a time range/);
  });

  it('leaves email, phone, url and date problems to their own rules', () => {
    const text = replaced('    email: law@cn-astana.gov.kz', '    email: law@cn-astana').replace('      date: 2007-07-26', '      date: 2010-02-30');
    assert.deepEqual(only('invalid-value', text), []);
  });
});

describe('invalid-value quick fixes', () => {
  it('offers each unit a misspelt one may be, and the chosen one lints clean', () => {
    const text = replaced(/max-wait: .*/, 'max-wait: 30 minuts');
    const [d] = only('invalid-value', text);
    assert.deepEqual(d.fixes?.map((f) => f.title.en), ['Change to `minute`', 'Change to `minutes`']);
    const out = applyEdits(text, d.fixes![1].edits);
    assert.match(out, /max-wait: 30 minutes/);
    assert.deepEqual(only('invalid-value', out), []);
  });
});
