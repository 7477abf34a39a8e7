/** The JSON Schema generated from the catalog gives other tools the structural checks. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { kz2010 } from '../server/src/core/catalog/kz-2010';
import { jsonSchema } from '../server/src/core/schema/json-schema';
import { DIALECT_STANDARD, ROOT, edited, fixture } from './helpers';

const shipped = JSON.parse(readFileSync(join(ROOT, 'schemas/kz-2010.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(shipped);

describe('JSON Schema (schemas/kz-2010.schema.json)', () => {
  it('is the one the catalog generates (run `npm run generate` after changing the catalog)', () => {
    assert.deepEqual(shipped, jsonSchema(kz2010));
  });

  for (const file of ['examples/address-certificate.standard.yaml', 'examples/pharmacy-licence.standard.yaml', 'examples/childbirth-allowance.standard.yaml']) {
    it(`accepts ${file}`, () => {
      assert.equal(validate(parse(fixture(file))), true, JSON.stringify(validate.errors?.slice(0, 3)));
    });
  }

  it('accepts the standard written from the dialect page', () => {
    assert.equal(validate(parse(DIALECT_STANDARD)), true, JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('rejects the broken example, naming the missing clause key and the bad enum value', () => {
    assert.equal(validate(parse(fixture('examples/broken/mistakes.standard.yaml'))), false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    assert.ok(messages.some((m) => m.includes("required property 'premises'")), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('/general/form ')), messages.join('\n'));
  });

  it('rejects a bad duration, a percentage over 100 and an unknown key', () => {
    const bad = edited((doc) => {
      doc.setIn(['general', 'deadlines', 'max-wait'], '30 minuts');
      doc.setIn(['results', 'indicators', 'politeness', 'target'], 120);
      doc.setIn(['general', 'colour'], 'red');
    });
    assert.equal(validate(parse(bad)), false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath + ' ' + (e.params as { additionalProperty?: string }).additionalProperty);
    assert.ok(paths.some((p) => p.startsWith('/general/deadlines/max-wait')));
    assert.ok(paths.some((p) => p.startsWith('/results/indicators/politeness/target')));
    assert.ok(paths.some((p) => p.includes('colour')));
  });

  it('checks an information value by its channel (a url for an internet resource)', () => {
    const bad = edited((doc) => doc.setIn(['general', 'information', 0], doc.createNode({ channel: 'internet-resource', value: 'not a link' })));
    assert.equal(validate(parse(bad)), false);
  });
});
