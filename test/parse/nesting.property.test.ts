/**
 * The nesting guard (`nestingScan`) jumps between the characters that may matter; the scan that
 * looks at every character, as the guard reads YAML, is kept here as the reference: on any text,
 * any lines and any depth to start from, both give the same place, depth and line-start depths.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_NESTING, nestingScan, nestingTooDeep } from '../../server/src/core/parse/parse';
import { startsScalar } from '../../server/src/core/parse/nesting';
import { SEED, runs } from '../fuzz/settings';

function referenceScan(text: string, from = 0, to = text.length, start = 0, onLine?: (depth: number) => void): { at?: number; depth: number } {
  let depth = start;
  let quote = '';
  let lineStart = from;
  let indicators = 0;
  let indent = true;
  let leading = true;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      onLine?.(depth);
      quote = '';
      lineStart = i + 1;
      indicators = 0;
      indent = true;
      leading = true;
      continue;
    }
    if (indent) {
      if (ch === ' ') {
        if (i - lineStart > MAX_NESTING * 4) return { at: i, depth };
        continue;
      }
      indent = false;
    }
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    const prev = i === lineStart ? ' ' : text[i - 1];
    if ((ch === '"' || ch === "'") && startsScalar(text, i, lineStart)) quote = ch;
    else if (ch === '#' && (prev === ' ' || prev === '\t')) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 ? text.length : nl) - 1;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_NESTING) return { at: i, depth };
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if ((ch === '-' || ch === '?' || ch === ':') && (prev === ' ' || prev === '\t' || i === lineStart)) {
      // Block indicators in the leading run of a line (`- - ? …`), or a colon standing alone
      // (`a: b: : …`); a dash inside prose (`Астана - Алматы`) does not count.
      const next = text[i + 1];
      const alone = next === ' ' || next === '\t' || next === '\n' || next === '\r' || next === undefined;
      if (alone && (leading || ch === ':') && ++indicators > MAX_NESTING) return { at: i, depth };
      if (!alone) leading = false;
    } else if (ch !== ' ' && ch !== '\t') leading = false;
  }
  return { depth };
}

/** Pieces of YAML that change the depth or the indicators, prose that does not, and runs long enough to reach the limits. */
const PIECES = [' ', '\t', '\n', '\r\n', '\r', '-', '?', ':', '- ', '? ', ': ', '[', ']', '{', '}', ',', '"', "'", '#', ' #', 'a', 'Әб', 'key: ', 'x"y', "it's", '\\"', '- - ', ' '.repeat(100), '['.repeat(50), '- '.repeat(50), ': '.repeat(50)];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((p) => p.join(''));

function scanned(scan: typeof nestingScan, text: string, from: number, to: number, start: number) {
  const lines: number[] = [];
  return { ...scan(text, from, to, start, (d) => lines.push(d)), lines };
}

describe(`nesting guard: the same as the scan of every character (seed ${SEED})`, () => {
  it('on whole texts', () => {
    fc.assert(
      fc.property(textArb, (text) => assert.deepEqual(scanned(nestingScan, text, 0, text.length, 0), scanned(referenceScan, text, 0, text.length, 0))),
      { seed: SEED, numRuns: runs(3000) },
    );
  });

  it('on a range of lines entered with open brackets', () => {
    const arb = textArb.chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length), fc.nat(MAX_NESTING + 1)));
    fc.assert(
      fc.property(arb, ([text, a, b, start]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        assert.deepEqual(scanned(nestingScan, text, from, to, start), scanned(referenceScan, text, from, to, start));
      }),
      { seed: SEED, numRuns: runs(3000) },
    );
  });

  it('finds each kind of nesting at its place', () => {
    const deep = (s: string) => nestingTooDeep(s);
    assert.equal(deep(`a: ${'['.repeat(MAX_NESTING + 1)}`), 3 + MAX_NESTING);
    assert.equal(deep(`${'- '.repeat(MAX_NESTING + 1)}x`), 2 * MAX_NESTING);
    assert.equal(deep(`a:\n${' '.repeat(4 * MAX_NESTING + 2)}b`), 3 + 4 * MAX_NESTING + 1);
    assert.equal(deep(`a: "${'['.repeat(MAX_NESTING + 1)}"\nb: '${'{'.repeat(MAX_NESTING + 1)}'`), undefined);
    assert.equal(deep(`a: b # ${'['.repeat(MAX_NESTING + 1)}`), undefined);
    assert.equal(deep(`a: Астана - ${'- '.repeat(MAX_NESTING + 1)}`), undefined);
  });
});
