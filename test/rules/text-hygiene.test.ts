import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, only, replaced } from '../helpers';
import { fixAll } from '../../server/src/core/assist/fix-all';
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

  it('warns on bidi controls and zero-width characters in a text, and the fix removes only them', () => {
    for (const [v, codes] of [
      ['\u202EРасписка о приёме документов', '`U+202E`'],
      ['Расписка о \u2066приёме\u2069 документов', '`U+2066`, `U+2069`'],
      ['"Рас\u200Bписка о приём\u200Eе документов\uFEFF"', '`U+200B`, `U+200E`, `U+FEFF`'],
      ['Расписка\u200D\u2060 о приёме документов', '`U+200D`, `U+2060`'],
      ['"\\u202EРасписка о приёме документов"', '`U+202E`'],
    ] as const) {
      const text = ru(v);
      const found = only('text-hygiene', text);
      assert.equal(found.length, 1, v);
      const [d] = found;
      assertAt(text, d, LINE, v);
      assertMessages(d, new RegExp(`^The text holds invisible characters \\(${codes.replace(/[+()]/g, '\\$&')}\\): bidi controls or zero-width characters hide or reorder what a reader sees\\.$`));
      const fix = d.fixes?.[0];
      assert.ok(fix, v);
      assert.equal(fix.title.en, 'Remove the invisible characters');
      assert.equal(fix.preferred, true);
      const out = applyEdits(text, fix.edits);
      assertParses(out);
      const q = v.startsWith('"') ? '"' : '';
      assert.deepEqual(changedLines(text, out).after, [`    ru: ${q}Расписка о приёме документов${q}`], v);
      assert.deepEqual(only('text-hygiene', out), []);
    }
  });

  it('offers no fix for an invisible character whose removal would change how the YAML reads', () => {
    for (const v of ['\u200B- Расписка', 'Расписка \u200B# о приёме', '\u200B2024']) {
      const [d] = only('text-hygiene', ru(v));
      assert.ok(d, v);
      assert.match(d.message.en, /invisible characters \(`U\+200B`\)/);
      assert.equal(d.fixes, undefined, v);
    }
  });

  it('warns on a no-break space at the start or end of a text, quoted or not, and trims it', () => {
    for (const v of ['\u00A0Расписка о приёме документов', 'Расписка о приёме документов\u00A0', '"\u00A0 Расписка о приёме документов"', "'Расписка о приёме документов\u202F'"]) {
      const text = ru(v);
      const [d] = only('text-hygiene', text);
      assert.ok(d, v);
      assertMessages(d, /^The text has spaces at its start or end\.$/);
      const fix = d.fixes?.[0];
      assert.ok(fix, v);
      const out = applyEdits(text, fix.edits);
      const q = /^["']/.test(v) ? v[0] : '';
      assert.deepEqual(changedLines(text, out).after, [`    ru: ${q}Расписка о приёме документов${q}`], v);
      assert.deepEqual(only('text-hygiene', out), []);
    }
  });

  it('trims spaces mixed with invisible characters in one "fix all", and leaves an escaped space alone', () => {
    const text = ru('" \u200B Расписка о приёме документов"');
    const found = only('text-hygiene', text);
    assert.equal(found.length, 2);
    const out = applyEdits(text, fixAll(found, ['text-hygiene']));
    assert.deepEqual(changedLines(text, out).after, ['    ru: "Расписка о приёме документов"']);
    const escaped = ru('"Расписка о приёме документов\\ "');
    const [d] = only('text-hygiene', escaped);
    assert.ok(d);
    assert.equal(d.fixes, undefined, 'removing the space would leave a dangling backslash');
  });

  it('warns on an empty plain text when only one language is declared', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\nservice:\n  name: "  "\n';
    const [d] = only('text-hygiene', text);
    assert.ok(d);
    assertAt(text, d, 4, '"  "');
    assertMessages(d, /^The text is empty\.$/);
  });
});
