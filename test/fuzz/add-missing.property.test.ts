/**
 * No data lost by "add all missing clauses": over generated standards (clauses dropped, comments
 * everywhere, reordered sections, CRLF, anchors, block scalars, a merge conflict...), the edits only
 * insert: every value, key and comment of the writer is still there, the result parses as cleanly,
 * no required clause is missing afterwards (unless refused, with nothing changed), and a second run
 * has nothing to add. The property (properties/add-missing.ts) runs in a worker, each
 * case within FUZZ_CASE_SECONDS (default 10). FUZZ_SEED replays a run, FUZZ_CASE one case of it,
 * FUZZ_RUNS sets the number of standards.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { boundedProperties } from '../support/bounded-property';
import { buildStandard, standardSpecArb } from './generators';
import { missing } from './properties/add-missing';
import { SEED, bounded as boundedOptions, finiteStackTraces } from './settings';

describe(`no data lost: add all missing clauses (seed ${SEED})`, function () {
  this.timeout(0);
  finiteStackTraces();
  const bounded = boundedProperties(join(__dirname, 'properties', 'add-missing.ts'), boundedOptions(__filename));

  it('generates standards with clauses to add', () => {
    const specs = fc.sample(standardSpecArb, { seed: SEED, numRuns: 30 });
    assert.ok(specs.filter((s) => missing(buildStandard(s)).length > 0).length > 10);
  });

  bounded.it('only inserts: every value and comment kept, parses, nothing missing after, and a second run adds nothing', 'onlyInserts');
});
