/**
 * The code actions the editor asks for after each keystroke (the light bulb at the cursor) read no
 * more of a large file than they need: "disable for this line" lexes from the key above the
 * finding, "order clauses" says nothing moves without lexing an ordered file. Their answers are
 * those of the whole file's lexing.
 */
import assert from 'node:assert/strict';
import { disableLineFixOf } from '../../server/src/core/assist/disable-line';
import { orderClausesResult } from '../../server/src/core/assist/order';
import { analyze } from '../../server/src/core/engine';
import { disableLineFix } from '../../server/src/core/rules/structure/unused-disable';
import type { Diagnostic } from '../../server/src/core/types';
import { DIALECT_STANDARD } from '../helpers';

/** Valid YAML whose lines a lexer started at the wrong place would read wrongly. */
const TRICKY = `# heading
edition: kz-2010
general:
  name:
    kk: "бір
      екі: үш
      төрт"
    ru: 'один
      два: три'
  form: plain text that
    continues here
  fee: |
    block: text
      more: x
    # not a comment
  note: >-
      folded
      key: not
  list: [a, b,
    c]
  map: {a: 1,
    b: 2}
procedure:
  documents:
    - kk: x
      ru: y
      # comment in a list
    - kk: |
        z: q
      ru: >
        w
    -
      kk: under the dash
      ru: ok
  internal-order:
  - a
  - b: c
    d: e
  ? complex
  : value
  term: 5 # trailing
other: "x
  y"
`;

const finding = (offset: number, code = 'enum-value'): Diagnostic =>
  ({ code, severity: 'error', message: { kk: '', ru: '', en: '' }, offset: [offset, offset + 1], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }) as Diagnostic;

describe('code actions of a large file', () => {
  for (const [name, text] of [
    ['block scalars, quoted and plain texts over several lines, flow collections, lists of maps', TRICKY],
    ['the dialect standard', DIALECT_STANDARD],
    ['a file with a syntax error (lexed whole)', TRICKY.replace('  term: 5', '  term: [5')],
  ] as const) {
    it(`offers "disable for this line" on the same lines, with the same edit, as the whole file's lexing: ${name}`, () => {
      const analysis = analyze(text);
      let offered = 0;
      // The start, the middle and the end of each line.
      const offsets = [...text.matchAll(/^.*$/gm)].flatMap((m) => [m.index, m.index + (m[0].length >> 1), m.index + m[0].length]);
      for (const offset of offsets) {
        const whole = disableLineFix(text, finding(offset));
        assert.deepEqual(disableLineFixOf(analysis, finding(offset)), whole, `at ${JSON.stringify(text.slice(Math.max(0, offset - 30), offset))}`);
        if (whole) offered++;
      }
      assert.ok(offered > 0 && offered < offsets.length, 'some lines take the comment above them, others do not');
    });
  }

  it('offers no "disable for this line" for a finding that cannot be silenced', () => {
    assert.equal(disableLineFixOf(analyze(TRICKY), finding(TRICKY.indexOf('term'), 'syntax')), undefined);
  });

  it('orders the clauses of a file out of order, with or without anchors, and moves nothing in an ordered one', () => {
    const ordered = analyze(DIALECT_STANDARD);
    assert.deepEqual(orderClausesResult(ordered), { edits: [] });
    const at = DIALECT_STANDARD.indexOf('\nprocedure:');
    const general = DIALECT_STANDARD.indexOf('\ngeneral:');
    const swapped = DIALECT_STANDARD.slice(0, general) + DIALECT_STANDARD.slice(at) + DIALECT_STANDARD.slice(general, at);
    const moved = orderClausesResult(analyze(swapped));
    assert.equal(moved.edits.length, 1);
    assert.equal(moved.refused, undefined);
    const anchored = swapped.replace('\nprocedure:', '\nprocedure: &proc');
    assert.equal(orderClausesResult(analyze(anchored)).edits.length, 1);
  });
});
