import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const PHONE = '    phone: "+7 (7172) 55-12-30"'; // procedure.submission
const phone = (value: string) => replaced(PHONE, `    phone: ${value}`);

describe('contacts', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('contacts', DIALECT_STANDARD), []);
  });

  it('accepts `+7 (7172) 74-00-00`, `8 7172 740000`, `1414` and an international number', () => {
    for (const p of ['"+7 (7172) 74-00-00"', '"8 7172 740000"', '"1414"', '1414', '"+77172740000"', '"+44 20 7946 0958"']) {
      assert.deepEqual(only('contacts', phone(p)), [], p);
    }
  });

  it('accepts a contact reachable only by its address', () => {
    const text = replaced(/( {2}improper-service:\n {4}name:\n.*\n.*\n {4}address:\n.*\n.*\n) {4}email: .*\n/, '$1');
    assert.deepEqual(only('contacts', text), []);
  });

  it('flags a Kazakhstan number with 9 digits after +7, on the value', () => {
    const text = phone('"+7 (7172) 55-12-3"');
    const found = only('contacts', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(text, d, lineMatching(text, /55-12-3"$/), '"+7 (7172) 55-12-3"');
    assertMessages(d, /^`\+7 \(7172\) 55-12-3`: a Kazakhstan number has 10 digits after \+7 or 8\.$/);
  });

  it('flags an `8 …` number with too few digits, and text that is no number', () => {
    assert.match(only('contacts', phone('"8 (7172) 74-00-0"'))[0].message.en, /10 digits after \+7 or 8/);
    const words = phone('"call the centre"');
    assert.match(only('contacts', words)[0].message.en, /is not a valid phone number/);
  });

  it('flags a bad phone inside a list, at its column', () => {
    const text = replaced('      phone: ["+7 (7172) 55-12-30", "8 7172 551231"]', '      phone: ["+7 (7172) 55-12-30", "8 7172 55123"]');
    const [d] = only('contacts', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /8 7172 55123"/), '"8 7172 55123"');
  });

  it('flags a malformed email and a link without a scheme or www', () => {
    const email = replaced('    email: law@cn-astana.gov.kz', '    email: law@cn-astana');
    const [e] = only('contacts', email);
    assertAt(email, e, lineMatching(email, /law@cn-astana$/), 'law@cn-astana');
    assert.match(e.message.en, /is not a valid email address/);
    const url = replaced('    url: https://www.adilet.gov.kz', '    url: adilet.gov.kz');
    const [u] = only('contacts', url);
    assertAt(url, u, lineMatching(url, /url: adilet/), 'adilet.gov.kz');
    assert.match(u.message.en, /is not a valid link/);
  });

  it('flags a link with a user name before `@`: it reads as the trusted site and leads elsewhere', () => {
    const text = replaced('    website: https://www.adilet.gov.kz', '    website: https://egov.kz@127.0.0.1/x');
    const found = only('contacts', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(text, d, lineMatching(text, /website: https:\/\/egov/), 'https://egov.kz@127.0.0.1/x');
    assertMessages(d, /^`https:\/\/egov\.kz@127\.0\.0\.1\/x`: `egov\.kz` before the `@` is a user name, not the site; the link leads to `127\.0\.0\.1`\. Write the site's own address\.$/);
    assert.match(only('contacts', replaced('    website: https://www.adilet.gov.kz', '    website: "https://egov.kz:gov@10.0.0.1"'))[0].message.en, /`egov\.kz:gov` before the `@` is a user name/);
  });

  it('flags a host name with a Cyrillic look-alike letter, naming the punycode it leads to', () => {
    const text = replaced('    website: https://www.adilet.gov.kz', '    website: www.\u0435gov.kz');
    const [d] = only('contacts', text);
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assertAt(text, d, lineMatching(text, /website: www\.\u0435gov/), 'www.\u0435gov.kz');
    assertMessages(d, /^`www\.\u0435gov\.kz`: the host name mixes letters of different alphabets \(`\u0435` is not Latin\); the link leads to `www\.xn--gov-qdd\.kz`\. Retype the name in Latin letters\.$/);
    const idn = replaced('    website: https://www.adilet.gov.kz', '    website: https://сайт.қаз');
    const [w] = only('contacts', idn);
    assert.equal(w.severity, 'warning', 'a wholly Cyrillic name may be genuine: a warning');
    assert.match(w.message.en, /holds characters outside ASCII; a browser opens `xn--80aswg\.xn--80ao21a`/);
  });

  it('warns on a contact with no way to reach it, starting at its key', () => {
    const text = replaced(/( {2}improper-service:\n {4}name:\n.*\n.*\n) {4}address:\n.*\n.*\n {4}email: .*\n/, '$1');
    const found = only('contacts', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.range.start.line + 1, lineMatching(text, /^ {2}improper-service:/));
    assert.equal(d.range.start.character, 2);
    assertMessages(d, /^There is no way to reach this contact: add one of `email`, `phone`, `website` or `address`\.$/);
  });
});
