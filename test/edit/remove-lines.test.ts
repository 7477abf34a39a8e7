/**
 * Removing the whole lines of a node, or a comment: the text after the edit, for sources whose
 * line endings, final line, comments, block scalars or flow collections make it easy to get wrong.
 */
import assert from 'node:assert/strict';
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { removeComment, removeLines } from '../../server/src/core/edit/remove-lines';
import { applyEdits } from '../helpers';

/** The span of the pair at `path` (keys from the root): its key's start to its value's end. */
function pairSpan(text: string, path: string[]): [number, number] {
  let node: unknown = parseDocument(text).contents;
  let pair: Pair | undefined;
  for (const key of path) {
    assert.ok(isMap(node), `no map above \`${key}\``);
    pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    assert.ok(pair, `no key \`${key}\``);
    node = pair.value;
  }
  const k = pair!.key as Node;
  return [k.range![0], ((pair!.value as Node | null)?.range ?? k.range!)[1]];
}

/** The span of the first `needle` in the text. */
function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return [i, i + needle.length];
}

const removed = (text: string, path: string[]) => {
  const edit = removeLines(text, pairSpan(text, path));
  return edit && applyEdits(text, [edit]);
};

describe('removeLines: the whole lines of a node', () => {
  const cases: [string, string, string[], string][] = [
    ['a one-line pair', 'a: 1\nen: x\nb: 2\n', ['en'], 'a: 1\nb: 2\n'],
    ['a pair and its nested lines', 't:\n  kk: a\n  en:\n    x: 1\n    y: 2\n  ru: b\n', ['t', 'en'], 't:\n  kk: a\n  ru: b\n'],
    ['a block scalar and its body', 't:\n  en: |\n    line 1\n\n    line 2\n  ru: b\n', ['t', 'en'], 't:\n  ru: b\n'],
    ['the comment at the end of its line', 'a: 1\nen: x # a note\nb: 2\n', ['en'], 'a: 1\nb: 2\n'],
    ['not the comment lines above and below', 'a: 1\n# about en\nen: x\n# about b\nb: 2\n', ['en'], 'a: 1\n# about en\n# about b\nb: 2\n'],
    ['a comment line deeper than the key below it stays', 't:\n  en: x\n    # deeper\n  kk: y\n', ['t', 'en'], 't:\n    # deeper\n  kk: y\n'],
    ['CRLF line ends', 'a: 1\r\nen: x\r\nb: 2\r\n', ['en'], 'a: 1\r\nb: 2\r\n'],
    ['the last line, without a final line break', 'a: 1\nen: x', ['en'], 'a: 1'],
    ['the last line after a blank one, CRLF, no final line break', 'a: 1\r\n\r\nen: x', ['en'], 'a: 1'],
    ['the blank lines between stay', 'a: 1\n\nen: x\n\nb: 2\n', ['en'], 'a: 1\n\n\nb: 2\n'],
    ['after a keep-chomped scalar: the blank lines after go, those it owns stay', 't:\n  ru: |+\n    text\n\n  en: x\n\n  kk: y\n', ['t', 'en'], 't:\n  ru: |+\n    text\n\n  kk: y\n'],
    ['after a keep-chomped scalar, CRLF', 't:\r\n  ru: >+\r\n    text\r\n\r\n  en: x\r\n\r\n  kk: y\r\n', ['t', 'en'], 't:\r\n  ru: >+\r\n    text\r\n\r\n  kk: y\r\n'],
    ['the last line after a keep-chomped scalar: its blank line and line break stay', 'ru: |+\n  text\n\nen: x', ['en'], 'ru: |+\n  text\n\n'],
    ['before the `...` marker after a keep-chomped scalar', 'ru: |+\n  text\n\nen: x\n\n...\n', ['en'], 'ru: |+\n  text\n\n...\n'],
    ['the first line after a byte order mark', '\uFEFFen: x\nb: 1\n', ['en'], '\uFEFFb: 1\n'],
    ['a pair on its own line in a flow map that spans lines', 't: {\n  kk: a,\n  en: b\n}\n', ['t', 'en'], 't: {\n  kk: a,\n}\n'],
    ['an anchored value no alias refers to', 'a: &x 1\nb: 2\n', ['a'], 'b: 2\n'],
  ];
  for (const [what, text, path, expected] of cases) {
    it(what, () => {
      const after = removed(text, path);
      assert.equal(after, expected);
      const data = parseDocument(text);
      data.deleteIn(path);
      assert.deepEqual(parseDocument(after!).toJS(), data.toJS(), 'every other value as it was');
    });
  }

  const refused: [string, string, string[]][] = [
    ['in a flow map on the same line', 't: {kk: a, en: b}\n', ['t', 'en']],
    ['a flow map pair followed by a comma on its line', 't: {\n  en: b,\n  kk: a\n}\n', ['t', 'en']],
    ['the first key of a `- ` item', 'l:\n  - en: x\n    kk: y\n', ['l']],
    ['a comment below that would become the text of a block scalar above', 't:\n  ru: |\n    text\n  en: x\n    # a note\n', ['t', 'en']],
    ['an anchor that an alias below refers to', 'a: &x 1\nb: *x\n', ['a']],
    ['a merge-conflict marker line among the lines', 't:\n  en:\n<<<<<<< HEAD\n    x: 1\n=======\n    x: 2\n>>>>>>> theirs\n  kk: y\n', ['t', 'en']],
  ];
  for (const [what, text, path] of refused) {
    it(`refuses: ${what}`, () => {
      const span = what.startsWith('the first key') ? at(text, 'en: x') : pairSpan(text, path);
      assert.equal(removeLines(text, span), undefined);
    });
  }
});

describe('removeLines and removeComment: a line that is not a node', () => {
  const cases: [string, string, string, string][] = [
    ['a comment line, with its indentation', 'a:\n  # c\n  b: 1\n', '# c', 'a:\n  b: 1\n'],
    ['a comment at the end of a line, with the spaces before it', 'a: 1  # c\nb: 2\n', '# c', 'a: 1\nb: 2\n'],
    ['a comment at the end of a block scalar header', 'a: |  # c\n  x\n', '# c', 'a: |\n  x\n'],
    ['a comment line after a keep-chomped scalar', 'a: |+\n  x\n\n# c\n\nb: 1\n', '# c', 'a: |+\n  x\n\nb: 1\n'],
    ['the last comment line, CRLF, no final line break', 'a: 1\r\n# c', '# c', 'a: 1'],
  ];
  for (const [what, text, needle, expected] of cases) {
    it(what, () => {
      const edit = removeComment(text, at(text, needle));
      assert.ok(edit);
      assert.equal(applyEdits(text, [edit]), expected);
    });
  }

  it('refuses a comment line whose removal would turn the comment below into text', () => {
    const text = 'a: |\n  x\n# c\n  # d\n';
    assert.equal(removeComment(text, at(text, '# c')), undefined);
  });

  it('a lone marker line, the last one without a final line break', () => {
    const text = 'a: 1\nb: 2\n=======';
    assert.equal(applyEdits(text, [removeLines(text, at(text, '======='))!]), 'a: 1\nb: 2');
  });

  it('a lone marker line above indented lines: they are read as before', () => {
    const text = 'a:\n  b: 1\n>>>>>>> theirs\n  c: 2\n';
    assert.equal(applyEdits(text, [removeLines(text, at(text, '>>>>>>> theirs'))!]), 'a:\n  b: 1\n  c: 2\n');
  });
});
