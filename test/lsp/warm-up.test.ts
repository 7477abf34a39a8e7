/** The server's warm-up on the bundled examples gives way to the documents the editor opens at start. */
import assert from 'node:assert/strict';
import { parseCount } from '../../server/src/core/parse/parse';
import { reparseStats } from '../../server/src/core/incremental';
import { warmUp } from '../../server/src/node/warm-up';

describe('language server: the warm-up', () => {
  it('analyses nothing when a document is opened right after initialized, as VS Code does', async () => {
    let opened = false;
    setTimeout(() => (opened = true), 5);
    const before = parseCount.n;
    await warmUp(() => opened);
    assert.equal(parseCount.n, before, 'no warm-up analysis ran before the document');
  });

  it('analyses the examples when no document comes, and stops at the first one that does', async () => {
    let opened = false;
    const before = parseCount.n;
    await warmUp(() => opened, undefined, 1, 0);
    const all = parseCount.n - before;
    assert.ok(all >= 1, 'the examples were analysed');
    const again = parseCount.n;
    let turns = 0;
    await warmUp(() => (opened = ++turns > 1), undefined, 3, 0);
    assert.equal(parseCount.n - again, 1, 'one analysis, then it stops');
  });

  it('types and takes back keystrokes in the later rounds, through the incremental path', async () => {
    const before = { ...reparseStats };
    await warmUp(() => false, undefined, 2, 0);
    assert.ok(reparseStats.patched - before.patched >= 2, 'keystrokes were derived by patching the previous version');
    assert.equal(reparseStats.parsed, before.parsed, 'none was parsed again whole');
  });
});
