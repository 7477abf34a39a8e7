/** Which block an edit re-reads, and when the whole text is parsed again instead. */
import assert from 'node:assert/strict';
import { isScalar, type Pair } from 'yaml';
import { findBlock } from '../../server/src/core/incremental/blocks';
import { changedSpan, slidLeft } from '../../server/src/core/incremental/diff';
import { reparse } from '../../server/src/core/incremental';
import { parse } from '../../server/src/core/parse/parse';
import { snapshot } from './snapshot';

const TEXT = `edition: kz-2010
languages: [kk, ru]
general:
  # the provider
  provider:
    - name: {kk: А, ru: Б}
      email: a@gov.kz
    - name: {kk: В, ru: Г}
      email: b@gov.kz
  form: partially-automated
  deadlines:
    max-wait: 30 minutes
    max-service: 20 minutes
  # a comment before premises
  premises: ramps
procedure:
  documents:
    - {kk: Өтініш, ru: Заявление}
`;

/** The text with `find` replaced by `by` (the first occurrence). */
function edited(find: string, by: string, text = TEXT): string {
  const at = text.indexOf(find);
  assert.ok(at >= 0, find);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

function blockOf(next: string) {
  const p = parse(TEXT);
  return findBlock(p.doc, TEXT, changedSpan(TEXT, next)!);
}

const keyOf = (item: unknown) => {
  const key = (item as Pair).key;
  return isScalar(key) ? key.value : undefined;
};

/** Patches TEXT into `next`: the reason of a fallback, or undefined; the Document equals a fresh parse either way. */
function patched(next: string, base = TEXT): string | undefined {
  const r = reparse(parse(base), next);
  assert.deepEqual(snapshot(r.parsed.doc), snapshot(parse(next).doc));
  return r.fallback;
}

describe('incremental: the block an edit re-reads', () => {
  it('a value inside a clause: that clause pair of its section', () => {
    const b = blockOf(edited('30 minutes', '40 minutes'))!;
    assert.equal(b.path.length, 3);
    assert.equal(keyOf(b.parent.items[b.first]), 'max-wait');
  });

  it('a value inside a sequence item: that pair of the item, or the item when it is the last one', () => {
    const b = blockOf(edited('a@gov.kz', 'c@gov.kz'))!;
    assert.deepEqual([b.path.length, keyOf(b.parent.items[b.first])], [4, 'email']);
    assert.equal(b.tail?.index, 0);
    const last = blockOf(edited('b@gov.kz', 'c@gov.kz'))!;
    assert.deepEqual([last.path.length, last.first, last.last], [3, 1, 1]);
    assert.equal(keyOf(last.tail!.outer.items[last.tail!.index]), 'provider');
  });

  it('an edit across two clauses: the run of both', () => {
    const b = blockOf(edited('automated\n  deadlines', 'manual\n  deadline'))!;
    assert.deepEqual([keyOf(b.parent.items[b.first]), keyOf(b.parent.items[b.last])], ['form', 'deadlines']);
  });

  it('the comment before a section’s first clause: the section; its last clause: that clause, up to the next section', () => {
    assert.equal(keyOf(blockOf(edited('# the provider', '# a provider'))!.parent.items[2]), 'general');
    const b = blockOf(edited('ramps', 'lifts'))!;
    assert.deepEqual([b.path.length, keyOf(b.parent.items[b.first])], [2, 'premises']);
    assert.equal(b.end, TEXT.indexOf('procedure:'));
  });

  it('the last top-level pair runs to the end of the text', () => {
    const b = blockOf(edited('Заявление', 'Өтініш'))!;
    assert.equal(b.atEnd, true);
    assert.equal(b.end, TEXT.length);
  });

  it('changedSpan: the common prefix and suffix', () => {
    assert.deepEqual(changedSpan('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changedSpan('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.equal(changedSpan('same', 'same'), undefined);
    // A line typed after `a: 1` reads, from the common prefix, as typed at the start of `b:`.
    const [before, after] = ['a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n'];
    assert.deepEqual(changedSpan(before, after), { start: 5, oldEnd: 5, newEnd: 10 });
    assert.deepEqual(slidLeft(before, after, changedSpan(before, after)!), { start: 4, oldEnd: 4, newEnd: 9 });
  });
});

describe('incremental: patched like a fresh parse, or parsed again', () => {
  it('patches values, new clauses, deleted lines and moved comments', () => {
    assert.equal(patched(edited('30 minutes', '45 minutes')), undefined);
    assert.equal(patched(edited('  form: partially-automated\n', '  form: partially-automated\n  payment: free\n')), undefined);
    assert.equal(patched(edited('      email: b@gov.kz\n', '')), undefined);
    // The comment before `premises` goes to the deadlines map when it is indented under it.
    assert.equal(patched(edited('  # a comment before premises', '    # a comment under max-service')), undefined);
    assert.equal(patched(edited('    max-service: 20 minutes\n', '    max-service: 20 minutes\n    # trailing\n\n')), undefined);
    // The last clause of a section, and comments after it that go to the section or the next one.
    assert.equal(patched(edited('  premises: ramps\n', '  premises: ramps\n  # after premises\n# before procedure\n\n')), undefined);
    assert.equal(patched(edited('  premises: ramps\n', '  premises:\n    - ramps\n    # in the list\n')), undefined);
    assert.equal(patched(edited('      email: b@gov.kz\n', '      email: b@gov.kz\n      room: "5"\n')), undefined);
  });

  it('falls back on anchors, tabs, conflict markers, syntax errors and a changed column', () => {
    assert.equal(patched(edited('30 minutes', '&a 30 minutes')), 'anchors or aliases');
    assert.equal(patched(edited('20 minutes', '*a'), edited('30 minutes', '&a 30 minutes')), 'the previous text has anchors or aliases');
    assert.equal(patched(edited('20 minutes', '20\tminutes')), 'tabs');
    assert.equal(patched(edited('  form:', '<<<<<<< HEAD\n  form:')), 'conflict markers');
    assert.equal(patched(edited('30 minutes', '"30 minutes')), 'the block has syntax errors or warnings');
    assert.ok(patched(edited('    max-wait', '     max-wait')));
    assert.ok(patched(edited('  form:', 'form:')));
    assert.ok(patched(edited('    - name: {kk: В', '    -  name: {kk: В')));
  });

  it('falls back on the edition line, document markers, a BOM and a broken previous text', () => {
    assert.equal(patched(edited('kz-2010', 'kz-2011')), 'the edition line');
    assert.equal(patched(edited('procedure:', '---\nprocedure:')), 'directives, document markers or a BOM');
    const broken = edited('30 minutes', '[30 minutes');
    assert.equal(patched(TEXT, broken), 'the previous text was not read as written');
    assert.equal(patched(TEXT, edited('edition: kz-2010', 'edition: kz-2010\n!!map x: 1')), 'the previous text has syntax errors or warnings');
  });
});
