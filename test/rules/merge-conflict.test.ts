import assert from 'node:assert/strict';
import { DIALECT_STANDARD, applyEdits, lineMatching, lineOf, lintText, only, replaced } from '../helpers';
import { assertAt, assertMessages, assertParses, changedLines } from './support';

const CONFLICT = [
  '<<<<<<< HEAD',
  '  form: partially-automated',
  '=======',
  '  form: fully-automated',
  '>>>>>>> feature/automate',
  '',
].join('\n');
const conflicted = replaced('  form: partially-automated\n', CONFLICT);

describe('merge-conflict', () => {
  it('does not fire on the clean standard, nor on a `=======` inside a text', () => {
    assert.deepEqual(only('merge-conflict', DIALECT_STANDARD), []);
    const text = replaced('    ru: Расписка о приёме документов', '    ru: "Расписка ======= о приёме документов"');
    assert.deepEqual(only('merge-conflict', text), []);
  });

  it('gives one error on the `<<<<<<<` line of a conflict inside `general:`', () => {
    const found = only('merge-conflict', conflicted);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assertAt(conflicted, d, lineMatching(conflicted, /^<<<<<<< HEAD$/), '<<<<<<< HEAD');
    assertMessages(d, /Unresolved Git merge conflict/);
    assert.deepEqual(
      d.related?.map((r) => r.range.start.line + 1),
      [lineMatching(conflicted, /^=======$/), lineMatching(conflicted, /^>>>>>>> feature\/automate$/)],
    );
  });

  it('gives one error per conflict', () => {
    const two = conflicted.replace('    kind: reference\n', '<<<<<<< HEAD\n    kind: reference\n=======\n    kind: certificate\n>>>>>>> other\n');
    const found = only('merge-conflict', two);
    assert.deepEqual(found.map(lineOf), [lineMatching(two, /^<<<<<<< HEAD$/), two.split('\n').lastIndexOf('<<<<<<< HEAD') + 1]);
  });

  it('the rest of the file is still checked: an unknown key elsewhere is reported', () => {
    const text = conflicted.replace('  premises:', '  premisses:');
    const found = lintText(text);
    assert.ok(found.some((d) => d.code === 'merge-conflict'));
    const unknown = found.find((d) => d.code === 'unknown-key');
    assert.ok(unknown, found.map((d) => d.code).join(', '));
    assert.equal(lineOf(unknown), lineMatching(text, /^ {2}premisses:/));
    assert.deepEqual(only('syntax', text), [], 'markers do not break the YAML');
  });

  const sides: [string, string][] = [
    ['Keep ours (HEAD)', '  form: partially-automated'],
    ['Keep theirs (feature/automate)', '  form: fully-automated'],
  ];
  for (const [title, kept] of sides) {
    it(`the "${title}" fix gives a file that lints clean`, () => {
      const [d] = only('merge-conflict', conflicted);
      const fix = d.fixes?.find((f) => f.title.en === title);
      assert.ok(fix, d.fixes?.map((f) => f.title.en).join(', '));
      assert.ok(fix.title.kk && fix.title.ru && fix.title.kk !== fix.title.en);
      const out = applyEdits(conflicted, fix.edits);
      assertParses(out);
      assert.deepEqual(lintText(out).map((x) => `${lineOf(x)} ${x.code}: ${x.message.en}`), []);
      const diff = changedLines(DIALECT_STANDARD, out);
      if (kept === '  form: partially-automated') assert.equal(out, DIALECT_STANDARD);
      else assert.deepEqual(diff, { before: ['  form: partially-automated'], after: [kept] });
    });
  }

  it('handles a diff3 conflict (with a `|||||||` base): "Keep theirs" drops ours and the base', () => {
    const diff3 = replaced('  form: partially-automated\n', '<<<<<<< HEAD\n  form: partially-automated\n||||||| base\n  form: non-automated\n=======\n  form: fully-automated\n>>>>>>> b\n');
    const [d] = only('merge-conflict', diff3);
    assert.equal(lineOf(d), lineMatching(diff3, /^<<<<<<< HEAD$/));
    const theirs = d.fixes!.find((f) => f.title.en === 'Keep theirs (b)')!;
    const out = applyEdits(diff3, theirs.edits);
    assert.deepEqual(changedLines(DIALECT_STANDARD, out), { before: ['  form: partially-automated'], after: ['  form: fully-automated'] });
    assert.deepEqual(lintText(out), []);
  });

  it('works with CRLF line endings', () => {
    const crlf = conflicted.replace(/\n/g, '\r\n');
    const [d] = only('merge-conflict', crlf);
    assert.deepEqual([d.range.start, d.range.end], [
      { line: lineMatching(conflicted, /^<<<<<<< HEAD$/) - 1, character: 0 },
      { line: lineMatching(conflicted, /^<<<<<<< HEAD$/) - 1, character: '<<<<<<< HEAD'.length },
    ], 'the marker without its \\r');
    const ours = d.fixes!.find((f) => f.title.en === 'Keep ours (HEAD)')!;
    assert.equal(applyEdits(crlf, ours.edits), DIALECT_STANDARD.replace(/\n/g, '\r\n'));
  });

  it('"Keep both" keeps both sides (and duplicate-key then points at the second)', () => {
    const [d] = only('merge-conflict', conflicted);
    const both = d.fixes?.find((f) => f.title.en === 'Keep both');
    assert.ok(both);
    const out = applyEdits(conflicted, both.edits);
    assert.deepEqual(only('merge-conflict', out), []);
    assert.deepEqual(changedLines(DIALECT_STANDARD, out), { before: [], after: ['  form: fully-automated'] });
    assert.deepEqual(only('duplicate-key', out).map(lineOf), [lineMatching(out, /form: fully-automated/)]);
  });
  it('a lone `>>>>>>>` left behind is one merge-conflict on its line, with a fix deleting it', () => {
    const text = replaced('  form: partially-automated\n', '  form: partially-automated\n>>>>>>> feature/automate\n');
    const found = lintText(text);
    assert.deepEqual(found.map((d) => d.code), ['merge-conflict'], found.map((d) => d.message.en).join('; '));
    assert.equal(lineOf(found[0]), lineMatching(text, /^>>>>>>> feature/));
    assertMessages(found[0], /Git conflict marker `>>>>>>>` is left behind/);
    const out = applyEdits(text, found[0].fixes![0].edits);
    assert.equal(out, DIALECT_STANDARD);
  });

  it('deleting a lone marker on the last line of a file without a final line break leaves it without one', () => {
    const text = `${DIALECT_STANDARD.trimEnd()}\n>>>>>>> feature/automate`;
    const [d] = only('merge-conflict', text);
    assert.equal(applyEdits(text, d.fixes![0].edits), DIALECT_STANDARD.trimEnd());
  });

  it('a conflict without its `>>>>>>>`: one merge-conflict on each marker line, no syntax or missing errors', () => {
    const text = replaced('  form: partially-automated\n', '<<<<<<< HEAD\n  form: partially-automated\n=======\n  form: fully-automated\n');
    const found = lintText(text);
    assert.deepEqual(
      found.map((d) => `${lineOf(d)} ${d.code}`),
      [`${lineMatching(text, /^<<<<<<< HEAD$/)} merge-conflict`, `${lineMatching(text, /^=======$/)} merge-conflict`],
      found.map((d) => d.message.en).join('; '),
    );
  });
});
