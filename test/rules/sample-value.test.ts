import assert from 'node:assert/strict';
import { defaultEdition, getCatalog } from '../../server/src/core/catalog';
import { skeleton } from '../../server/src/core/skeleton/skeleton';
import { DIALECT_STANDARD, only, replaced } from '../helpers';

describe('sample-value', () => {
  it('is quiet on a standard with real contacts', () => {
    assert.deepEqual(only('sample-value', DIALECT_STANDARD), []);
  });

  it('warns on every sample contact a skeleton inserts', () => {
    const text = skeleton(getCatalog(defaultEdition)!, { languages: ['kk', 'ru'], examples: true });
    const found = only('sample-value', text);
    assert.ok(found.length >= 2);
    for (const d of found) {
      assert.equal(d.severity, 'warning');
      assert.match(text.slice(d.offset[0], d.offset[1]), /example\.gov\.kz|74-00-00|www\.gov\.kz/);
    }
  });

  it('warns on an address under example. and on the sample phone, not on real ones', () => {
    const email = DIALECT_STANDARD.match(/email: (\S+)/)![1];
    const withExample = replaced(`email: ${email}`, 'email: info@example.kz');
    const [d] = only('sample-value', withExample);
    assert.match(d.message.en, /^`info@example\.kz` is a sample value/);
    assert.match(d.message.ru, /образец/);
    const phone = replaced(/phone: "[^"]+"/, 'phone: "+7 (7172) 74-00-00"');
    assert.equal(only('sample-value', phone).length, 1);
    assert.deepEqual(only('sample-value', replaced(/phone: "[^"]+"/, 'phone: "+7 (7172) 74-00-01"')), []);
  });
});
