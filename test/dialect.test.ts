/** The contract: a standard written from the dialect page is clean, and every required clause is enforced. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kz2010 } from '../server/src/core/catalog/kz-2010';
import { clauseFields } from '../server/src/core/model/clauses';
import { DIALECT_STANDARD, ROOT, edited, fixture, lintText } from './helpers';

describe('the dialect contract (kz-2010)', () => {
  it('a standard written from the dialect page lints clean', () => {
    assert.deepEqual(lintText(DIALECT_STANDARD).map((d) => `${d.code}: ${d.message.en}`), []);
  });

  for (const file of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.standard.yaml'))) {
    it(`example ${file} lints clean`, () => {
      assert.deepEqual(lintText(fixture(`examples/${file}`)).map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message.en}`), []);
    });
  }

  it('the catalog has 5 sections, 26 clauses and 6 indicator rows', () => {
    assert.equal(kz2010.sections.length, 5);
    assert.deepEqual(kz2010.clauses.map((c) => c.number), Array.from({ length: 26 }, (_, i) => i + 1));
    const indicators = clauseFields(kz2010).get(19)![0].field.type;
    assert.equal(indicators.kind === 'object' && indicators.fields.length, 6);
  });

  const required = [...clauseFields(kz2010)].flatMap(([n, fields]) => fields.filter((f) => !f.field.optional).map((f) => ({ n, path: f.path })));
  it('every clause but the optional 26th has a required key', () => {
    assert.deepEqual([...new Set(required.map((r) => r.n))], Array.from({ length: 25 }, (_, i) => i + 1));
  });

  for (const { n, path } of required) {
    it(`deleting clause ${n} (${path}) gives an error naming clause ${n}`, () => {
      const text = edited((doc) => doc.deleteIn(path.split('.')));
      const errors = lintText(text).filter((d) => d.severity === 'error');
      assert.ok(errors.length >= 1, 'an error is reported');
      const missing = errors.find((d) => d.code === 'missing-required');
      assert.ok(missing, `missing-required among ${errors.map((d) => d.code).join(', ')}`);
      assert.match(missing.message.en, new RegExp(`clause ${n}\\b`));
      assert.match(missing.message.ru, new RegExp(`пункт ${n}\\b`));
      assert.match(missing.message.kk, new RegExp(`${n}-тармақ`));
      assert.equal(missing.clause, n);
    });
  }
});
