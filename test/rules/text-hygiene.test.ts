import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const RU = '    ru: Расписка о приёме документов';
const ru = (value: string) => replaced(RU, `    ru: ${value}`);
/** The replaced line keeps its number. */
const LINE = lineMatching(DIALECT_STANDARD, /^ {4}ru: Расписка о приёме документов$/);

describe('text-hygiene', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('text-hygiene', DIALECT_STANDARD), []);
  });

  it('does not fire on near misses: a trailing ellipsis glued to a word, `TODOs`, brackets, `xx`', () => {
    for (const v of ['Расписка о приёме документов...', 'Расписка TODOs', 'Расписка (см. пункт 11)', 'Расписка xx о приёме']) {
      assert.deepEqual(only('text-hygiene', ru(v)), [], v);
    }
  });

  it('warns on a whole-text placeholder `TODO`, on the value', () => {
    const text = ru('TODO');
    const found = only('text-hygiene', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.clause, 15);
    assertAt(text, d, lineMatching(text, /ru: TODO$/), 'TODO');
    assertMessages(d, /^`TODO` is a placeholder; write the real text\.$/);
  });

  it('warns on the other placeholders of the dialect: `...`, `???`, `xxx` (Latin and Cyrillic)', () => {
    for (const [v, token] of [['"..."', '"..."'], ['???', '???'], ['xxx', 'xxx'], ['ХХХ', 'ХХХ']]) {
      const text = ru(v);
      const [d] = only('text-hygiene', text);
      assert.ok(d, v);
      assertAt(text, d, LINE, token);
    }
  });

  it('warns on a placeholder inside a text, on the token only', () => {
    const text = ru('Расписка TODO о приёме');
    const [d] = only('text-hygiene', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /Расписка TODO/), 'TODO');
    assert.match(d.message.en, /^The text still holds a placeholder: `TODO`\.$/);
    const dots = ru('Расписка ... о приёме');
    assertAt(dots, only('text-hygiene', dots)[0], lineMatching(dots, /Расписка \.\.\./), '...');
  });

  it('warns on spaces at the start or end of a quoted text', () => {
    const text = ru('"  Расписка о приёме документов "');
    const [d] = only('text-hygiene', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /ru: " {2}Расписка/), '"  Расписка о приёме документов "');
    assertMessages(d, /^The text has spaces at its start or end\.$/);
  });

  it('the "Trim" fix removes the spaces and nothing else; the rule no longer fires', () => {
    for (const v of ['"  Расписка о приёме документов "', "' Расписка о приёме документов'"]) {
      const text = ru(v);
      const [d] = only('text-hygiene', text);
      const fix = d.fixes?.[0];
      assert.ok(fix, v);
      assert.equal(fix.title.en, 'Trim the spaces');
      assert.equal(fix.preferred, true);
      const out = applyEdits(text, fix.edits);
      assertParses(out);
      const q = v[0];
      assert.deepEqual(changedLines(text, out).after, [`    ru: ${q}Расписка о приёме документов${q}`]);
      assert.deepEqual(only('text-hygiene', out), []);
    }
  });

  it('warns on an empty plain text when only one language is declared', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\nservice:\n  name: "  "\n';
    const [d] = only('text-hygiene', text);
    assert.ok(d);
    assertAt(text, d, 4, '"  "');
    assertMessages(d, /^The text is empty\.$/);
  });
});
