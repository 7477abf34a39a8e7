import assert from 'node:assert/strict';
import { DIALECT_STANDARD, lineMatching, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages } from './support';

const PQ = '    process-quality:     {normative: 90,  target: 92}';

describe('wrong-type', () => {
  it('does not fire on the clean standard', () => {
    assert.deepEqual(only('wrong-type', DIALECT_STANDARD), []);
  });

  it('does not fire on near misses: `refusal-grounds: []`, numbers written for string keys', () => {
    const empty = replaced(/ {2}refusal-grounds:\n(?: {4}- kk.*\n {6}ru.*\n)+/, '  refusal-grounds: []\n');
    assert.deepEqual(only('wrong-type', empty), []);
    const numbers = replaced('  code: "00201004"', '  code: 00201004').replace('      number: "310-III"', '      number: 558').replace('      article: "20"', '      article: 20');
    assert.deepEqual(only('wrong-type', numbers), []);
  });

  it('reports `paid: "true"` (quoted, so a string)', () => {
    const text = replaced('    paid: true', '    paid: "true"');
    const [d] = only('wrong-type', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /^ {4}paid:/), '"true"');
  });

  it('reports `paid: yes` (a string, not a boolean in YAML 1.2)', () => {
    const text = replaced('    paid: true', '    paid: yes');
    const found = only('wrong-type', text);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.equal(d.clause, 8);
    assertAt(text, d, lineMatching(text, /^ {4}paid: yes/), 'yes');
    assertMessages(d, /^`general\.fee\.paid`: expected `true` or `false`, found a string\.$/);
  });

  it('reports a quoted percentage', () => {
    const text = replaced(PQ, '    process-quality:     {normative: 90,  target: "92"}');
    const [d] = only('wrong-type', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /process-quality/), '"92"');
    assert.match(d.message.en, /expected a number from 0 to 100 \(percent\), found a string/);
  });

  it('reports a mapping where a list item is expected', () => {
    const text = replaced('  recipients: [individuals, legal-entities]', '  recipients: {individuals: 1}');
    const [d] = only('wrong-type', text);
    assert.ok(d);
    assert.equal(d.range.start.line + 1, lineMatching(text, /^ {2}recipients:/));
    assert.match(d.message.en, /found a mapping/);
  });

  it('reports an empty required value on its key', () => {
    const text = replaced('      article: "20"', '      article:');
    const [d] = only('wrong-type', text);
    assert.ok(d);
    assertAt(text, d, lineMatching(text, /^ {6}article:$/), 'article');
    assert.match(d.message.en, /expected a string, found an empty value/);
  });
  it('clause 11 written as a word is one wrong-type: the deadline that counts from it does not also say it is missing', () => {
    const text = DIALECT_STANDARD.replace(/^ {2}documents:\n(?: {4}.*\n)+/m, '  documents: none\n');
    assert.match(text, /^ {2}documents: none$/m);
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['wrong-type'], found.map((d) => d.message.en).join('; '));
    assert.equal(found[0].range.start.line + 1, lineMatching(text, /^ {2}documents: none$/));
  });
});
