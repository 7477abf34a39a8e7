/**
 * Links in the editor (`documentLinks`): a website, e-mail or phone is clickable; a website that
 * leads elsewhere than it reads is not, as the preview shows it as text.
 */
import assert from 'node:assert/strict';
import { documentLinks } from '../server/src/core/assist/outline';
import { analyze } from '../server/src/core/engine';
import { DIALECT_STANDARD, FIXED_NOW } from './helpers';

const withWebsite = (url: string) => DIALECT_STANDARD.replace('website: www.adilet.gov.kz', `website: ${url}`);
const linksAt = (text: string, what: string) => documentLinks(analyze(text, { now: FIXED_NOW })).filter((l) => text.slice(l.offset[0], l.offset[1]) === what);

describe('document links', () => {
  it('a website is a link to its address', () => {
    const text = withWebsite('www.adilet.gov.kz/ru');
    assert.deepEqual(linksAt(text, 'www.adilet.gov.kz/ru').map((l) => l.target), ['https://www.adilet.gov.kz/ru']);
  });

  for (const [what, url] of [
    ['a user name before `@`', 'https://adilet.gov.kz@example.com/'],
    ['a Cyrillic letter in a Latin host', 'www.аdilet.gov.kz'],
    ['a host in another script', 'https://сайт.қаз/'],
  ] as const) {
    it(`a website with ${what} is not a link (the preview shows it as text)`, () => {
      const text = withWebsite(url);
      assert.notEqual(text, DIALECT_STANDARD);
      assert.deepEqual(linksAt(text, url), [], url);
      // The other contacts of the file are still links.
      assert.ok(documentLinks(analyze(text, { now: FIXED_NOW })).some((l) => l.target.startsWith('mailto:')));
    });
  }
});
