/** What the extension's manifest tells VS Code about the language: words, Unicode highlighting, categories. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const language = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));

describe('editor configuration of the language', () => {
  it('takes Kazakh and Russian letters as word characters, and keys with hyphens as one word', () => {
    const words = (s: string) => s.match(new RegExp(language.wordPattern, 'g'));
    assert.deepEqual(words('мерзімдер'), ['мерзімдер']);
    assert.deepEqual(words('сроки оказания'), ['сроки', 'оказания']);
    assert.deepEqual(words('  ақы-төлеу: Қазақстан'), ['ақы-төлеу', 'Қазақстан']);
    assert.deepEqual(words('from-documents: 5 working-days'), ['from-documents', '5', 'working-days']);
  });

  it("turns off VS Code's ambiguous-character boxes for the language: the orthography rule is the guide", () => {
    assert.equal(manifest.contributes.configurationDefaults['[service-standard]']['editor.unicodeHighlight.ambiguousCharacters'], false);
  });

  it('is not listed as a formatter, as it provides none', () => {
    assert.ok(!manifest.categories.includes('Formatters'));
  });
});
