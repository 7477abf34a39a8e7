/** Where the cursor is, on half-typed text: the mapping, the key, the word typed so far. */
import assert from 'node:assert/strict';
import { contextAt, resolve, typeAt } from '../../server/src/core/assist/context';
import { HEAD, KZ2010, cursor } from './support';

const at = (marked: string) => {
  const { text, offset } = cursor(marked);
  return contextAt(text, offset);
};

describe('assist: cursor context', () => {
  it('knows an empty document (only blanks and comments)', () => {
    assert.equal(at('|').emptyDocument, true);
    assert.equal(at('# a note\n\n|').emptyDocument, true);
    assert.equal(at('edition: kz-2010\n|').emptyDocument, false);
  });

  it('reads a value being typed: the key, the path to its mapping, the word typed and where it starts', () => {
    const marked = `${HEAD}general:\n  deadlines:\n    from-documents: 10 w|\n`;
    const c = at(marked);
    assert.equal(c.kind, 'value');
    assert.equal(c.key, 'from-documents');
    assert.deepEqual(c.path, [{ key: 'general' }, { key: 'deadlines' }]);
    assert.equal(c.prefix, '10 w');
    assert.equal(c.replaceStart, marked.indexOf('10 w'));
    assert.equal(c.indent, 4);
  });

  it('reads a key being typed in a mapping that does not parse yet, with the keys already there', () => {
    const c = at(`${HEAD}service:\n  code: "1"\n  name: {kk: x\n  dev|\n`);
    assert.equal(c.kind, 'key');
    assert.deepEqual(c.path, [{ key: 'service' }]);
    assert.equal(c.prefix, 'dev');
    assert.deepEqual(c.siblings.sort(), ['code', 'name']);
  });

  it('reads a list item (`- `) and the list step in the path', () => {
    const c = at(`${HEAD}general:\n  legal-basis:\n    - kind: law\n      ti|\n`);
    assert.equal(c.kind, 'key');
    assert.deepEqual(c.path, [{ key: 'general' }, { key: 'legal-basis' }, { list: true }]);
    assert.ok(c.siblings.includes('kind'));
    assert.equal(at(`${HEAD}general:\n  recipients:\n    - |\n`).listItem, true);
  });

  it('reads inside flow brackets: a key of `{…}` and an item of `[…]`, with what is already written', () => {
    const key = at(`${HEAD}service:\n  name: {kk: x, |}\n`);
    assert.equal(key.kind, 'flow-key');
    assert.deepEqual(key.siblings, ['kk']);
    const item = at(`${HEAD}general:\n  recipients: [individuals, |]\n`);
    assert.equal(item.kind, 'flow-item');
    assert.deepEqual(item.siblings, ['individuals']);
  });

  it('counts a carriage return as a space: the same context with CRLF line ends', () => {
    const lf = at(`${HEAD}general:\n  form: par|\n`);
    const crlf = at(`${HEAD}general:\n  form: par|\n`.replace(/\n/g, '\r\n'));
    assert.equal(crlf.kind, lf.kind);
    assert.equal(crlf.key, 'form');
    assert.equal(crlf.prefix, 'par');
    assert.deepEqual(crlf.path, lf.path);
  });

  it('finds the catalog type at a path, through lists, and nothing off the catalog', () => {
    const deadline = typeAt(KZ2010, [{ key: 'general' }, { key: 'deadlines' }, { key: 'from-documents' }]);
    assert.equal(resolve(KZ2010, deadline.type)?.kind, 'duration');
    assert.equal(deadline.field?.key, 'from-documents');
    const kind = typeAt(KZ2010, [{ key: 'general' }, { key: 'legal-basis' }, { list: true }, { key: 'kind' }]);
    assert.equal(resolve(KZ2010, kind.type)?.kind, 'enum');
    assert.equal(typeAt(KZ2010, [{ key: 'general' }, { key: 'no-such-key' }]).type, undefined);
  });
  it('reads the lines around the cursor as the whole text reads them: CRLF, line separators, a first blank line, no final line break', () => {
    const body = 'general:\n  deadlines:\n    max-wait: 30 minutes\n    m|\n    max-service: 20 minutes';
    for (const text of [`${HEAD}${body}`, `${HEAD}${body}`.replace(/\n/g, '\r\n'), `\n${HEAD}${body}\n`, `${HEAD}${body}`.replace(/\n/g, '\u2028\n')]) {
      const c = at(text);
      assert.equal(c.kind, 'key', JSON.stringify(text));
      assert.deepEqual(c.path, [{ key: 'general' }, { key: 'deadlines' }], JSON.stringify(text));
      assert.deepEqual(c.siblings.sort(), ['max-service', 'max-wait'], JSON.stringify(text));
      assert.equal(c.emptyDocument, false);
    }
    assert.equal(at('\n\n# only a note\n|').emptyDocument, true, 'blank and comment lines above, none below');
    assert.equal(at('|\n# a note\nedition: kz-2010').emptyDocument, false, 'a key below the cursor');
  });

  it('finds the mapping of an item deep in a long list, past the earlier items and their nested lines', () => {
    const items = Array.from({ length: 400 }, (_, i) => `    - kind: law\n      title:\n        kk: Заң ${i}\n        ru: Закон ${i}\n`).join('');
    const c = at(`${HEAD}general:\n  legal-basis:\n${items}    - kind: code\n      ti|\n      number: "1"\n  form: automated\n`);
    assert.equal(c.kind, 'key');
    assert.deepEqual(c.path, [{ key: 'general' }, { key: 'legal-basis' }, { list: true }]);
    assert.deepEqual(c.siblings.sort(), ['kind', 'number']);
  });
});
