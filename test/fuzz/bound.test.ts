/**
 * The per-case time bound of the property tests (test/support/bounded-property.ts): a check that
 * never ends on one generated case fails that case within the bound, names the seed, the case
 * and a file holding its input, and the other cases still run. Tasks (the protocol fuzzer) are
 * bounded per step the same way.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BoundedProperties } from '../support/bounded-property';
import { ENDLESS, FIXTURE_RUNS, FIXTURE_SEED } from './properties/bound-fixture';

const BOUND = 1000;

describe('property tests: a time bound per generated case', function () {
  this.timeout(30_000);
  const runner = new BoundedProperties(join(__dirname, 'properties', 'bound-fixture.ts'), { seed: FIXTURE_SEED, bound: BOUND, file: __filename });
  after(() => runner.close());

  it('a property that passes passes, with its note', async () => {
    assert.equal(await runner.run('passing'), 'all well');
  });

  it('a case that never ends fails within the bound, with the seed, the case, its input and the replay command; the other cases run', async () => {
    const t0 = performance.now();
    const err = await runner.run('endless').then(
      () => assert.fail('the endless case passed'),
      (e: Error) => e,
    );
    const ms = performance.now() - t0;
    assert.ok(ms < 10_000, `failed after ${Math.round(ms)} ms`);
    assert.match(err.message, new RegExp(`seed ${FIXTURE_SEED}`));
    assert.match(err.message, /case 5 did not finish within 1 s/);
    const file = /input: (\S+)\)/.exec(err.message)?.[1];
    assert.ok(file && existsSync(file), err.message);
    assert.equal(readFileSync(file, 'utf8'), String(ENDLESS));
    assert.match(err.message, new RegExp(`the other ${FIXTURE_RUNS - 6} cases after case 5 passed \\(\\d+ checked in this worker\\)`));
    assert.match(err.message, new RegExp(`FUZZ_SEED=${FIXTURE_SEED} FUZZ_CASE=5 npx mocha test/fuzz/bound.test.ts`));
  });

  it('after a case out of time, the next property runs in the worker that took over', async () => {
    assert.equal(await runner.run('passing'), 'all well');
  });

  it('a failing case is reported with its index and fast-check\'s counterexample', async () => {
    const err = await runner.run('failing').then(
      () => assert.fail('the failing case passed'),
      (e: Error) => e,
    );
    assert.match(err.message, /case 5 failed: Property failed after 6 tests/);
    assert.match(err.message, /FUZZ_CASE=5/);
  });

  it('a task resolves to its result; one whose step never ends fails with the seed, the step and its input', async () => {
    assert.deepEqual(await runner.task('counts'), { steps: 3 });
    const err = await runner.task('endless').then(
      () => assert.fail('the endless step passed'),
      (e: Error) => e,
    );
    assert.match(err.message, new RegExp(`seed ${FIXTURE_SEED}\\): step 2 did not finish within 1 s`));
    const file = /input: (\S+)\)/.exec(err.message)?.[1];
    assert.equal(file && readFileSync(file, 'utf8'), `text of step 2, seed ${FIXTURE_SEED}`);
    assert.match(err.message, new RegExp(`FUZZ_SEED=${FIXTURE_SEED} npx mocha test/fuzz/bound.test.ts`));
  });

  it('FUZZ_CASE replays that case alone', async () => {
    const one = new BoundedProperties(join(__dirname, 'properties', 'bound-fixture.ts'), { seed: FIXTURE_SEED, bound: BOUND, file: __filename, replay: 5 });
    try {
      const err = await one.run('endless').then(
        () => assert.fail('the endless case passed'),
        (e: Error) => e,
      );
      assert.match(err.message, /case 5 did not finish/);
      assert.doesNotMatch(err.message, /passed/);
    } finally {
      await one.close();
    }
  });
});
