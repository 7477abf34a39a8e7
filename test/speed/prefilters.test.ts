/**
 * The quick first looks the text rules take before their exact (slower) patterns: each must let
 * through every character the exact pattern would match, or a finding would be lost.
 */
import assert from 'node:assert/strict';
import { INVISIBLE_CHAR, holds } from '../../server/src/core/rules/text/chars';
import { INVISIBLE } from '../../server/src/core/rules/text/letters';
import { MAYBE_SUSPECT, SUSPECT } from '../../server/src/core/rules/text/orthography';
import { analyze } from '../../server/src/core/engine';
import { replaced } from '../helpers';

/** Every character of the basic plane, and one of each block past it. */
function* characters(): Generator<string> {
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCharCode(c);
  for (let c = 0x10000; c <= 0x10ffff; c += 0x80) yield String.fromCodePoint(c);
  for (const c of [0x10780, 0x107ba, 0x1df00, 0x1df1e, 0x1e030]) yield String.fromCodePoint(c);
}

describe('quick first looks of the text rules', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`orthography (${lang}): every letter that makes a word suspect passes the quick look`, () => {
      const missed: string[] = [];
      for (const ch of characters()) if (SUSPECT[lang].test(ch) && !holds(ch, MAYBE_SUSPECT[lang])) missed.push(`U+${ch.codePointAt(0)!.toString(16)}`);
      assert.deepEqual(missed, []);
    });
  }

  it('invisible characters: every one passes the quick look', () => {
    const one = new RegExp(INVISIBLE.source, 'u');
    const missed: string[] = [];
    for (const ch of characters()) if (one.test(ch) && !holds(ch, INVISIBLE_CHAR)) missed.push(`U+${ch.codePointAt(0)!.toString(16)}`);
    assert.deepEqual(missed, []);
  });

  it('text-hygiene: each placeholder token is still found inside a text', () => {
    const line = '    kk: Құжаттардың қабылданғаны туралы қолхат';
    for (const token of ['TODO', 'TBD', 'FIXME', '???', '????', 'xxx', 'XxX', 'ххх', 'ХХХХ', '...', '…']) {
      const text = replaced(line, `${line} ${token} соңы`);
      const found = analyze(text).diagnostics.filter((d) => d.code === 'text-hygiene').map((d) => text.slice(d.offset[0], d.offset[1]));
      assert.deepEqual(found, [token], token);
    }
  });
});
