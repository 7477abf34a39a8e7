/**
 * The real language server (dist/server.js, spawned, spoken to over stdio) under thousands of
 * random edits: incremental ranges and full replacements, a 5 MB document, an alias bomb, deep
 * nesting and a 1 MB line. After each edit the server is alive and answers hover and completion
 * at a random place within 2 s (every 10 edits at three places; after a heavy document within
 * 15 s); every 500 edits and at the end the diagnostics published for that version equal
 * `analyze()` of the text as the client has it.
 *
 * FUZZ_EDITS sets the number of edits (default 1000), FUZZ_SEED replays a run (the seed is in
 * the suite title). The driver runs in a worker: an edit that never ends (say, the engine looping
 * in this process's own analysis) fails the run with the seed, the edit and the text, saved. `npm run fuzz` runs the same driver for 100,000 edits (long-run.ts).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BoundedProperties } from '../support/bounded-property';
import { EDITS } from './properties/protocol';
import type { DriveStats } from './protocol-driver';
import { SEED } from './settings';

/** Longest time one edit may take, answers included: the driver waits up to 15 s for each of six after a heavy document. */
const EDIT_BOUND = 120_000;

describe(`language server under ${EDITS} random edits (seed ${SEED})`, function () {
  // Bounded by the driver itself (2 s per answer, 15 s after a heavy document), and each edit
  // within EDIT_BOUND: the driver runs in a worker, which is stopped if one edit never ends.
  this.timeout(0);
  let stats: DriveStats;
  const runner = new BoundedProperties(join(__dirname, 'properties', 'protocol.ts'), { seed: SEED, bound: EDIT_BOUND, file: __filename });
  after(() => runner.close());

  before(async () => {
    stats = (await runner.task('drive', `${EDITS} random edits`)) as DriveStats;
    console.log(
      `      ${stats.edits} edits, ${stats.checks} hover/completion checks (slowest ${Math.round(stats.slowest)} ms), ${stats.syncs} diagnostics comparisons, heavy: ${stats.heavy.join(', ')}`,
    );
    for (const [message, n] of stats.internalErrors) console.log(`      server logged ×${n}: ${message}`);
  });

  it('never crashes and always answers hover and completion in time', () => {
    assert.equal(stats.edits, EDITS);
    assert.deepEqual(
      stats.failures.filter((f) => f.kind !== 'out-of-sync'),
      [],
    );
    assert.equal(stats.crashes, 0);
    assert.equal(stats.hangs, 0);
    assert.ok(stats.heavy.includes('5 MB document') && stats.heavy.includes('alias bomb'), stats.heavy.join());
  });

  it('publishes, for the version it was sent last, the diagnostics of analyze() on that text', () => {
    assert.ok(stats.syncs - stats.knownSkips >= 1, 'at least one comparison was made');
    assert.deepEqual(
      stats.failures.filter((f) => f.kind === 'out-of-sync'),
      [],
    );
  });

  it('the server logs no internal error', () => {
    assert.deepEqual([...stats.internalErrors.keys()], []);
  });
});
