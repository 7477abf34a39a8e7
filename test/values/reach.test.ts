/** Contacts: phone numbers (Kazakhstan and abroad), email addresses, web links and links that mislead. */
import assert from 'node:assert/strict';
import { checkPhone, isEmail, normaliseUrl, telHref, urlRisk } from '../../server/src/core/values/reach';

describe('values: phones, emails and links', () => {
  describe('phones', () => {
    it('accepts a Kazakhstan number of 11 digits after +7 or 8, written with spaces, brackets and dashes', () => {
      assert.equal(checkPhone('+7 (7172) 74-00-00'), undefined);
      assert.equal(checkPhone('8 7172 740000'), undefined);
      assert.equal(checkPhone('+77172740000'), undefined);
    });

    it('flags a Kazakhstan number with 10 digits (one missing) or 12', () => {
      assert.equal(checkPhone('+7 717 274 000'), 'kz-digits');
      assert.equal(checkPhone('8 7172 74000'), 'kz-digits');
      assert.equal(checkPhone('+7 7172 740 0000'), 'kz-digits');
    });

    it('accepts short service numbers (1414) and international numbers; flags lengths out of range', () => {
      assert.equal(checkPhone('1414'), undefined);
      assert.equal(checkPhone('+44 20 7946 0958'), undefined);
      assert.equal(checkPhone('12'), 'length');
      assert.equal(checkPhone('+44 12'), 'length');
      assert.equal(checkPhone('1234567'), 'length');
    });

    it('flags letters and other characters in a number', () => {
      assert.equal(checkPhone('call 1414'), 'chars');
      assert.equal(checkPhone('1414 ext. 5'), 'chars');
    });

    it('links a phone as tel: in international form, 8 becoming +7', () => {
      assert.equal(telHref('8 7172 740000'), 'tel:+77172740000');
      assert.equal(telHref('+7 (7172) 74-00-00'), 'tel:+77172740000');
      assert.equal(telHref('1414'), 'tel:1414');
    });
  });

  describe('emails', () => {
    it('accepts an ordinary address and refuses one without a domain or with dots out of place', () => {
      assert.equal(isEmail(' info@egov.kz '), true);
      assert.equal(isEmail('info@egov'), false);
      assert.equal(isEmail('info..desk@egov.kz'), false);
      assert.equal(isEmail('.info@egov.kz'), false);
      assert.equal(isEmail('info.@egov.kz'), false);
      assert.equal(isEmail('info@-egov.kz'), false);
    });
  });

  describe('links', () => {
    it('takes `www.` addresses as https, and http(s) ones as written', () => {
      assert.equal(normaliseUrl('www.egov.kz'), 'https://www.egov.kz/');
      assert.equal(normaliseUrl('WWW.Egov.kz/services'), 'https://www.egov.kz/services');
      assert.equal(normaliseUrl('http://egov.kz/a?b=1'), 'http://egov.kz/a?b=1');
    });

    it('refuses a bare domain, spaces, another scheme and a host without a dot', () => {
      assert.equal(normaliseUrl('egov.kz'), undefined);
      assert.equal(normaliseUrl('https://egov .kz'), undefined);
      assert.equal(normaliseUrl('ftp://egov.kz'), undefined);
      assert.equal(normaliseUrl('https://localhost'), undefined);
      assert.equal(normaliseUrl('www.'), undefined);
    });

    it('finds no risk in an ordinary link, nor in a malformed one', () => {
      assert.equal(urlRisk('www.egov.kz'), undefined);
      assert.equal(urlRisk('https://egov.kz/services'), undefined);
      assert.equal(urlRisk('egov.kz'), undefined);
    });

    it('names the real site of `https://egov.kz@127.0.0.1/`: the part before @ is only a user name', () => {
      assert.deepEqual(urlRisk('https://egov.kz@127.0.0.1/'), { kind: 'userinfo', shown: 'egov.kz', host: '127.0.0.1' });
    });

    it('finds a Cyrillic look-alike letter in a Latin host name, and the host the browser goes to', () => {
      assert.deepEqual(urlRisk('www.еgov.kz'), { kind: 'mixed-script', host: 'www.еgov.kz', ascii: 'www.xn--gov-qdd.kz', letters: ['е'] });
    });

    it('tells an all-Cyrillic host apart from a mixed one', () => {
      const r = urlRisk('https://сайт.рф/');
      assert.equal(r?.kind, 'non-ascii');
      assert.equal(r?.host, 'сайт.рф');
      assert.match(r!.ascii, /^xn--/);
    });
  });
});
