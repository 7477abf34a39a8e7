/**
 * No data lost by "fix all" with every rule marked safe (what fix on save applies): over generated
 * standards (root blocks reordered so that `edition` is not first, look-alike letters, padded texts,
 * comments everywhere...), every value and comment not at fault is kept, the result parses, and a
 * second run has nothing to do. The property (properties/fix-all-safe.ts) runs in a worker, each
 * case within FUZZ_CASE_SECONDS (default 10). FUZZ_SEED replays a run, FUZZ_CASE one case of it,
 * FUZZ_RUNS sets the number of standards.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { boundedProperties } from '../support/bounded-property';
import { buildStandard, standardSpecArb } from './generators';
import { lint } from './properties/fix-all-safe';
import { SEED, bounded as boundedOptions, finiteStackTraces } from './settings';

describe(`no data lost: fix all with every safe rule, as on save (seed ${SEED})`, function () {
  this.timeout(0);
  finiteStackTraces();
  const bounded = boundedProperties(join(__dirname, 'properties', 'fix-all-safe.ts'), boundedOptions(__filename));

  it('generates standards where `edition` is not the first key', () => {
    const specs = fc.sample(standardSpecArb, { seed: SEED, numRuns: 60 });
    assert.ok(specs.some((s) => lint(buildStandard(s)).diagnostics.some((d) => d.code === 'edition-position')));
  });

  bounded.it('keeps every other value and comment, parses, and a second run has nothing to do', 'keeps');
});
