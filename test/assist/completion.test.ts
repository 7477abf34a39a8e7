/** Completion: what the list offers at the cursor, and what choosing an item inserts. */
import assert from 'node:assert/strict';
import { complete, snippetEscape } from '../../server/src/core/assist/completion';
import { HEAD, KZ2010, cursor, labels, offered } from './support';

describe('assist: completion', () => {
  it('offers the whole standard (all 26 clauses) first in an empty document, then the top keys', () => {
    const items = offered('|');
    assert.equal(items[0].label, 'kz-2010: Model standard of a public service');
    assert.equal(items[0].kind, 'skeleton');
    assert.equal(items[0].detail, 'all 26 clauses');
    assert.match(items[0].insertText, /^edition: kz-2010$/m);
    assert.match(items[0].insertText, /^ *# 26\. /m, 'down to the last clause');
    assert.deepEqual(labels(items.slice(1, 4)), ['edition', 'languages', 'service']);
  });

  it('speaks the editor’s language in the details', () => {
    assert.equal(offered('|', 'ru')[0].detail, 'все 26 пунктов');
    assert.equal(offered('|', 'kk')[0].detail, '26 тармақтың бәрі');
  });

  it('offers the edition names after `edition:`', () => {
    assert.deepEqual(labels(offered('edition: |')), ['kz-2010']);
  });

  it('offers the allowed values of an enum, with their meaning', () => {
    const items = offered(`${HEAD}general:\n  form: |\n`);
    assert.deepEqual(labels(items), ['fully-automated', 'partially-automated', 'non-automated']);
    assert.deepEqual(items.map((i) => i.kind), ['enum', 'enum', 'enum']);
    assert.equal(items[1].detail, 'Partially automated');
  });

  it('offers in a flow list only the values not yet listed', () => {
    assert.deepEqual(labels(offered(`${HEAD}general:\n  recipients: [individuals, |]\n`)), ['legal-entities']);
  });

  it('completes a number typed in a deadline with each unit, and replaces what was typed', () => {
    const { text, offset } = cursor(`${HEAD}general:\n  deadlines:\n    from-documents: 10 |\n`);
    const items = complete({ text, offset, catalog: KZ2010, lang: 'en', languages: ['kk', 'ru'] });
    assert.deepEqual(labels(items), ['10 minutes', '10 hours', '10 working-days', '10 calendar-days']);
    assert.deepEqual(items[2].replace, [text.indexOf('10 ', text.indexOf('from-documents')), offset]);
  });

  it('completes an amount in a fee with MCI and KZT, keeping the decimal comma', () => {
    assert.deepEqual(labels(offered(`${HEAD}general:\n  fee:\n    amount: 0,5 |\n`)), ['0,5 MCI', '0,5 KZT']);
  });

  it('offers the keys a mapping still lacks, with their clause or title', () => {
    const items = offered(`${HEAD}service:\n  code: "1"\n  |\n`);
    assert.deepEqual(labels(items), ['name', 'developer', 'approval']);
    assert.ok(!labels(items).includes('code'), 'a key already written is not offered again');
    assert.equal(items[0].detail, 'Name of the public service');
  });

  it('inserts a text key as a snippet with a tab stop per declared language', () => {
    const name = offered(`${HEAD}service:\n  |\n`).find((c) => c.label === 'name')!;
    assert.equal(name.snippet, true);
    assert.match(name.insertText, /kk: "\$\{1\}"/);
    assert.match(name.insertText, /ru: "\$\{2\}"/);
    assert.ok(name.insertText.endsWith('$0'));
  });

  it('offers the languages still missing inside a flow text mapping', () => {
    const items = offered(`${HEAD}service:\n  name: {kk: x, |}\n`);
    assert.deepEqual(labels(items), ['ru']);
    assert.equal(items[0].insertText, 'ru: ');
  });

  it('offers nothing but the edition in a document of an unknown edition', () => {
    const { text, offset } = cursor('edition: kz-1999\nservice:\n  |\n');
    assert.deepEqual(complete({ text, offset, catalog: undefined, lang: 'en', languages: [] }), []);
  });

  it('escapes `$` and `\\` for snippets, and `}` only inside a placeholder', () => {
    assert.equal(snippetEscape('5$ {a} \\'), '5\\$ {a} \\\\');
    assert.equal(snippetEscape('{a}', true), '{a\\}');
  });
});
