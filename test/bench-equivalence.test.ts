/** The server's diagnostics after a stream of edits equal a fresh analysis of the final text. */
import assert from 'node:assert/strict';
import { checkEquivalence } from '../bench/equivalence';

describe('incremental diagnostics equal a fresh analyze()', function () {
  this.timeout(120000);

  it('a burst of edits with the shipped debounce', async () => {
    const r = await checkEquivalence({ lines: 3000, edits: 200 });
    assert.ok(r.equal, r.difference);
  });

  it('edit by edit, without debounce', async () => {
    const r = await checkEquivalence({ lines: 3000, edits: 200, waitEach: true, debounceMs: 0 });
    assert.ok(r.equal, r.difference);
  });
});
