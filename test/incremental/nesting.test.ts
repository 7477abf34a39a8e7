/** The nesting limit after an incremental edit: found as a full parse finds it, from the kept depths. */
import assert from 'node:assert/strict';
import { reparse } from '../../server/src/core/incremental';
import { MAX_NESTING, parse } from '../../server/src/core/parse/parse';

const open = 'a'.concat('['.repeat(MAX_NESTING - 1));
const TEXT = `edition: kz-2010\nnote: ${open}\ngeneral:\n  form: x\n  premises: y\nprocedure:\n  steps: z\n`;

describe('incremental: the nesting limit', () => {
  it('brackets left open earlier in the text count for an edit later in it', () => {
    const next = TEXT.replace('form: x', 'form: [[x');
    assert.notEqual(parse(next).tooDeep, undefined);
    const r = reparse(parse(TEXT), next);
    assert.equal(r.fallback, 'the text nests too deep');
    assert.equal(r.parsed.tooDeep, parse(next).tooDeep);
  });

  it('the depths kept after a patch serve the next edit', () => {
    const first = reparse(parse(TEXT), TEXT.replace('form: x', 'form: [x]'));
    assert.equal(first.fallback, undefined);
    const second = reparse(first.parsed, first.parsed.source.replace('steps: z', 'steps: [[z'));
    assert.equal(second.fallback, 'the text nests too deep');
    // A closing bracket changes the depth of every line after it: parsed again.
    const third = reparse(parse(TEXT), TEXT.replace('premises: y', 'premises: y]'));
    assert.equal(third.fallback, 'flow brackets left open');
  });
});
