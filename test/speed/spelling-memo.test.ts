/**
 * The spelling rule remembers, per text, the words it looked up: the same text checked again (the
 * next version of a document) gives the same findings, and new `words:` or another speller are
 * taken into account at once.
 */
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/core/config/config';
import { analyze } from '../../server/src/core/engine';
import type { Speller } from '../../server/src/core/rules/text/speller';
import { replaced } from '../helpers';

const LINE = '    ru: Расписка о приёме документов';
const TEXT = replaced(LINE, '    ru: Расписка о приёме докуменитов');

/** A speller that knows every word but `unknown`. */
function spellerWithout(unknown: string): Speller {
  return { correct: (w) => w !== unknown, suggest: () => [] };
}

const found = (text: string, speller: Speller, words = '') =>
  analyze(text, { speller: () => speller, config: parseConfig(words).config })
    .diagnostics.filter((d) => d.code === 'spelling')
    .map((d) => text.slice(d.offset[0], d.offset[1]));

describe('spelling: texts looked up once', () => {
  it('the same text gives the same findings again, and another speller its own', () => {
    const a = spellerWithout('докуменитов');
    assert.deepEqual(found(TEXT, a), ['докуменитов']);
    assert.deepEqual(found(TEXT, a), ['докуменитов']);
    assert.deepEqual(found(TEXT, spellerWithout('приёме')), ['приёме']);
  });

  it('a word added to `words:` is no longer reported in a text already checked', () => {
    const a = spellerWithout('докуменитов');
    assert.deepEqual(found(TEXT, a), ['докуменитов']);
    assert.deepEqual(found(TEXT, a, 'words: [докуменитов]\n'), []);
    assert.deepEqual(found(TEXT, a), ['докуменитов']);
  });
});
