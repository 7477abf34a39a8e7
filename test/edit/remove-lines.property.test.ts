/**
 * No data lost by removing whole lines: over generated standards (comments everywhere, `|` / `>+`
 * block scalars, multi-line quoted texts, anchors and aliases, flow maps, merge conflicts, CRLF
 * with and without a final line break, a byte order mark, the `...` marker), removing the lines
 * of a key of any block map, or of any comment, as the fixes that delete lines do, keeps every
 * other value exactly (the data is that of the text without the pair), every comment outside the
 * removed lines, the line endings, the byte order mark and the final line break; or is refused.
 *
 * The property (test/fuzz/properties/remove-lines.ts) runs in a worker, each case within
 * FUZZ_CASE_SECONDS (default 10), so that a removal that never ends fails this test instead of
 * stopping the run. FUZZ_SEED replays a run, FUZZ_CASE one case of it, FUZZ_RUNS sets the number
 * of generated standards.
 */
import { join } from 'node:path';
import { boundedProperties } from '../support/bounded-property';
import { SEED, bounded as boundedOptions } from '../fuzz/settings';

describe(`no data lost: removing whole lines (seed ${SEED})`, function () {
  this.timeout(0);
  const bounded = boundedProperties(join(__dirname, '..', 'fuzz', 'properties', 'remove-lines.ts'), boundedOptions(__filename));

  bounded.it('removing the lines of a key or a comment keeps every other value and comment, the line endings and the final line break; or is refused', 'keyOrComment');
});
