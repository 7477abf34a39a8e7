import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, lineOf, lintText, only, replaced } from '../helpers';
import { assertMessages } from './support';

describe('syntax', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('syntax', DIALECT_STANDARD), []);
  });

  it('does not fire on near misses: a quoted `: `, a `#` inside a word, a tab inside a value', () => {
    const text = replaced('    ru: Расписка о приёме документов', '    ru: "Расписка: о приёме №1#2\tдокументов"')
      .replace('    kk: Құжаттардың қабылданғаны туралы қолхат', '    kk: Құжаттар#1 туралы қолхат');
    assert.match(text, /Құжаттар#1/);
    assert.deepEqual(only('syntax', text), []);
  });

  it('reports a tab used as indentation, on the tab itself', () => {
    const text = replaced('  form: partially-automated', '\tform: partially-automated');
    const found = only('syntax', text);
    const tab = found.find((d) => /tabs are not allowed/.test(d.message.en));
    assert.ok(tab, found.map((d) => d.message.en).join('; '));
    assert.equal(tab.severity, 'error');
    assert.equal(lineOf(tab), lineMatching(text, /^\tform:/));
    assert.equal(tab.range.start.character, 0);
    assert.equal(tab.range.end.character, 1);
    assertMessages(tab, /^YAML syntax error: tabs are not allowed as indentation/);
  });

  it('reports an unclosed quote on its line', () => {
    const text = replaced('    kind: reference', '    kind: "reference');
    const [d] = only('syntax', text);
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.equal(lineOf(d), lineMatching(text, /kind: "reference$/));
    assertMessages(d, /closing character is missing/);
  });

  const broken: [string, string][] = [
    ['a tab as indentation', replaced('  form: partially-automated', '\tform: partially-automated')],
    ['an unclosed quote', replaced('    kind: reference', '    kind: "reference')],
    ['an unclosed flow list', replaced('  recipients: [individuals, legal-entities]', '  recipients: [individuals, legal-entities')],
    ['a key indented one space too far', replaced('    max-wait: 30 minutes', '     max-wait: 30 minutes')],
    ['an unclosed flow mapping', replaced('    politeness:          {normative: 95,  target: 95}', '    politeness:          {normative: 95,  target: 95')],
  ];
  for (const [what, text] of broken) {
    it(`keeps every range on one line for ${what}`, () => {
      const found = only('syntax', text);
      assert.ok(found.length >= 1, 'a syntax error is reported');
      for (const d of found) {
        assert.equal(d.range.end.line, d.range.start.line, `${lineOf(d)}: ${d.message.en}`);
        assert.ok(d.offset[1] - d.offset[0] <= text.split('\n')[d.range.start.line].length + 1);
      }
    });
  }

  it('a second document is reported at its `---`', () => {
    const text = `${DIALECT_STANDARD}---\nedition: kz-2010\n`;
    const found = only('syntax', text);
    assert.ok(found.some((d) => /One standard per file/.test(d.message.en)));
    for (const d of found) assert.equal(lineOf(d), lineMatching(text, /^---$/));
  });

  it('a second document gives exactly one syntax error, in the user\'s words', () => {
    const text = `${DIALECT_STANDARD}---\nedition: kz-2010\n`;
    const found = only('syntax', text);
    assert.equal(found.length, 1, found.map((d) => d.message.en).join('; '));
    assert.doesNotMatch(found[0].message.en, /parseAllDocuments/);
  });

  it('other rules still run next to a syntax error', () => {
    const text = replaced('    kind: reference', '    kind: "reference').replace('  premises:', '  premisses:');
    const found = lintText(text);
    assert.ok(found.some((d) => d.code === 'syntax'));
    assert.ok(found.some((d) => d.code === 'unknown-key' && lineOf(d) === lineMatching(text, /premisses:/)));
  });
  it('a key indented 3 spaces too far: one error on its own line, naming the indentation', () => {
    const text = replaced('    max-wait: 30 minutes', '       max-wait: 30 minutes');
    const found = only('syntax', text);
    assert.equal(found.length, 1, found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /^ {7}max-wait:/));
    assertMessages(found[0], /wrong indentation of `max-wait`: 7 spaces, while the keys at this level start at 4/);
  });

  it('a colon deleted after a key: one error on that line, saying a `:` is missing', () => {
    const text = replaced('  form: partially-automated', '  form partially-automated');
    const found = only('syntax', text);
    assert.equal(found.length, 1, found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /^ {2}form partially/));
    assertMessages(found[0], /a `:` is missing after the key/);
  });

  it('an alias naming no anchor (`*бакылау`) is an error on the alias, naming it', () => {
    const text = replaced('  form: partially-automated', '  form: *бакылау');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['syntax'], found.map((d) => d.message.en).join('; '));
    assertMessages(found[0], /unknown alias `\*бакылау`: no anchor `&бакылау`/);
    assert.equal(lineOf(found[0]), lineMatching(text, /form: \*бакылау/));
    assert.equal(text.slice(found[0].offset[0], found[0].offset[1]), '*бакылау');
  });

  it('a tab as indentation is one error, not one per line after it', () => {
    const text = replaced('  form: partially-automated', '\tform: partially-automated');
    assert.equal(only('syntax', text).length, 1);
  });
  it('a value starting with `@` is reported on the value with the reason, not as an indentation', () => {
    const text = replaced('    email: info@adilet.gov.kz', '    email: @adilet.gov.kz');
    const found = only('syntax', text);
    assert.equal(found.length, 1, found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /email: @adilet/));
    assertMessages(found[0], /^YAML syntax error: a value cannot start with this character; quote it/);
  });
});
