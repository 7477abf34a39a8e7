/** A valid standard with comments and fixable mistakes, built from a spec. */
import { addAnchor, applyShapes, blockEnd, dropKey, indentOf, LATIN_FOR, LATIN_FOR_KK, LEGACY_FOR, NON_KAZAKH_FOR, nth, rootBlocks, spoilWord } from './line-edits';
import { CLEAN_STANDARDS } from './sources';
import { COMMENT_TEXTS, DROPPABLE_KEYS, NO_SHAPES, type StandardSpec, TYPOS } from './standard-spec';

/** Builds a standard from a spec. Every choice is an index taken modulo what is there, so any spec is valid. */
export function buildStandard(spec: StandardSpec): string {
  let lines = CLEAN_STANDARDS[spec.base % CLEAN_STANDARDS.length].replace(/\n$/, '').split('\n');
  const textLine = /^\s*(?:- )?(?:kk|ru): [^"'{[|>&*!\s]/;

  for (const d of spec.drops) dropKey(lines, DROPPABLE_KEYS[d % DROPPABLE_KEYS.length], d);
  for (const t of spec.typos) {
    const [re, to] = TYPOS[t % TYPOS.length];
    const text = lines.join('\n');
    lines = text.replace(re, to).split('\n');
  }
  if (spec.paid !== 'keep') {
    const paid = lines.findIndex((l) => /^\s*paid: /.test(l));
    if (paid >= 0) {
      const pad = ' '.repeat(indentOf(lines[paid]));
      if (spec.paid === 'paid-without-amount') {
        lines[paid] = `${pad}paid: true`;
        for (const k of ['amount', 'expedited-amount', 'payment', 'receipt']) dropKey(lines, k, 0);
      } else {
        lines[paid] = `${pad}paid: false`;
        if (!lines.some((l) => /^\s*amount: /.test(l))) lines.splice(paid + 1, 0, `${pad}amount: 1 MCI`);
      }
    }
  }
  for (const l of spec.lookalikes) {
    const i = nth(lines, textLine, l.line);
    if (i >= 0) spoilWord(lines, i, l.word, 1 + (l.letters % 3), /^\s*(- )?kk:/.test(lines[i]) ? { ...LATIN_FOR, ...LATIN_FOR_KK } : LATIN_FOR);
  }
  for (const l of spec.legacy) {
    const i = nth(lines, /^\s*(?:- )?kk: [^"'{[|>&*!\s]/, l.line);
    if (i >= 0) spoilWord(lines, i, l.word, 1, l.nonKazakh ? NON_KAZAKH_FOR : LEGACY_FOR);
  }
  for (const p of spec.padded) {
    const i = nth(lines, textLine, p);
    if (i < 0) continue;
    const m = /^(\s*(?:- )?(?:kk|ru): )(.*?)(\s+#.*)?$/.exec(lines[i])!;
    const v = m[2];
    const quoted = /["\\]/.test(v) ? `'  ${v.replace(/'/g, "''")} '` : `" ${v}  "`;
    lines[i] = m[1] + quoted + (m[3] ?? '');
  }
  for (const e of spec.extraLanguage) {
    const i = nth(lines, /^\s+ru: [^"'{[|>&*!\s]/, e);
    if (i >= 0 && !/^\s*en:/.test(lines[i + 1] ?? '')) lines.splice(i + 1, 0, `${' '.repeat(indentOf(lines[i]))}en: An English text, number ${e}`);
  }
  for (const d of spec.dropTranslation) {
    const i = nth(lines, /^\s+ru: [^{[|>&*!\s]/, d);
    if (i >= 0) lines.splice(i, 1);
  }
  if (spec.reorderSection) {
    const sectionKey = ['general', 'procedure', 'appeals', 'results', 'service'][spec.reorderSection % 5];
    const s = lines.findIndex((l) => l.startsWith(`${sectionKey}:`));
    if (s >= 0) {
      const end = blockEnd(lines, s);
      const kids: { start: number; end: number }[] = [];
      for (let i = s + 1; i < end; i++) if (/^ {2}[a-z][\w-]*:/.test(lines[i])) kids.push({ start: i, end: blockEnd(lines, i) });
      if (kids.length > 1) {
        const body = kids.map((k) => lines.slice(k.start, k.end));
        const r = spec.reorderSection % body.length;
        const rotated = [...body.slice(r), ...body.slice(0, r)].reverse();
        lines.splice(kids[0].start, kids[kids.length - 1].end - kids[0].start, ...rotated.flat());
      }
    }
  }
  if (spec.reorderRoot) {
    const bs = rootBlocks(lines);
    if (bs.length > 2) {
      const head = lines.slice(0, bs[0].start);
      const body = bs.map((b) => {
        const block = lines.slice(b.start, b.end);
        while (block.length && block[block.length - 1].trim() === '') block.pop();
        return block;
      });
      const r = spec.reorderRoot % body.length;
      const moved = [...body.slice(r), ...body.slice(0, r)];
      const a = spec.reorderRoot % moved.length;
      const b = (spec.reorderRoot >> 3) % moved.length;
      [moved[a], moved[b]] = [moved[b], moved[a]];
      lines = [...head, ...moved.flatMap((x) => [...x, ''])];
      lines.pop();
    }
  }
  const shapes = spec.shapes ?? NO_SHAPES;
  for (const n of shapes.anchors) addAnchor(lines, n);
  for (const c of spec.comments) {
    const i = c.line % (lines.length + 1);
    const near = lines[Math.min(i, lines.length - 1)] ?? '';
    const indent = c.indent % (indentOf(near) + 1);
    lines.splice(i, 0, `${' '.repeat(indent)}# ${COMMENT_TEXTS[c.text % COMMENT_TEXTS.length]}`);
  }
  for (const t of spec.trailing) {
    const i = nth(lines, /^\s*[^#\s]/, t.line);
    if (i >= 0 && !/\s#/.test(lines[i])) lines[i] += `${' '.repeat(1 + (t.text % 3))}# ${COMMENT_TEXTS[t.text % COMMENT_TEXTS.length]}`;
  }
  applyShapes(lines, shapes);
  if (spec.conflict) {
    const i = nth(lines, /^\s+[a-z][\w-]*: [^\s#"'{[|>&*!][^#]*$/, spec.conflict);
    if (i >= 0) {
      const theirs = `${lines[i]} (their edit)`;
      lines.splice(i, 1, '<<<<<<< HEAD', lines[i], '=======', theirs, '>>>>>>> their-branch');
    }
  }
  if (spec.editionTypo) lines = lines.map((l) => l.replace(/^edition: kz-2010/, 'edition: kz-2001'));
  if (shapes.docEnd) lines.push('...', '# after the end');
  const out = `${shapes.bom ? '\uFEFF' : ''}${shapes.leadingBlank ? '\n' : ''}${lines.join('\n')}${shapes.finalNewline ? '\n' : ''}`;
  return spec.crlf ? out.replace(/\n/g, '\r\n') : out;
}
