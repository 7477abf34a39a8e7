/**
 * Deterministic edit sequences on a standard, as LSP incremental changes. The sequence is computed once
 * from the text and replayed identically to every server.
 *
 * Kinds, in turn: change a word in a kk/ru text, toggle a number (an indicator or a duration), type a
 * character into a key (an unknown key appears), delete it again (the key is restored).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-protocol';
import { prng } from './generate';

export interface Edit {
  kind: 'text' | 'number' | 'key-typo' | 'key-fix' | 'damage';
  range: Range;
  text: string;
}

const KK_WORDS = ['құжаттарды', 'өтінішті', 'мәліметтерді', 'анықтаманы', 'шешімді', 'қолхатты', 'хабарламаны'];
const RU_WORDS = ['документы', 'заявление', 'сведения', 'справку', 'решение', 'расписку', 'уведомление'];
const TEXT_LINE = /^(\s*(?:- )?(kk|ru): )(.+)$/;
const NUMBER_LINE = /(current: |max-wait: |max-service: )(\d+)/;
const KEY_LINE = /^(\s*(?:- )?)(address|email|website|room|article|number|phone):/;

export function makeEdits(initial: string, count: number, seed = 42): { edits: Edit[]; finalText: string } {
  const r = prng(seed);
  const doc = TextDocument.create('bench:edits', 'yaml', 0, initial);
  let version = 0;
  const edits: Edit[] = [];
  let typo: { line: number; character: number } | undefined;
  const lines = () => doc.getText().split('\n');
  const pickLine = (re: RegExp): number => {
    const ls = lines();
    const hits: number[] = [];
    for (let i = 0; i < ls.length; i++) if (re.test(ls[i])) hits.push(i);
    if (!hits.length) throw new Error(`no line matches ${re}`);
    return hits[Math.floor(r() * hits.length)];
  };
  const apply = (e: Edit) => {
    TextDocument.update(doc, [{ range: e.range, text: e.text }], ++version);
    edits.push(e);
  };
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    if (kind === 0) {
      const line = pickLine(TEXT_LINE);
      const m = TEXT_LINE.exec(lines()[line])!;
      const value = m[3];
      // Replace one Cyrillic word of the text with a word of the same language.
      const words = [...value.matchAll(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{4,}/g)];
      if (!words.length) {
        i--;
        continue;
      }
      const w = words[Math.floor(r() * words.length)];
      const pool = m[2] === 'kk' ? KK_WORDS : RU_WORDS;
      const start = m[1].length + w.index!;
      apply({ kind: 'text', range: { start: { line, character: start }, end: { line, character: start + w[0].length } }, text: pool[Math.floor(r() * pool.length)] });
    } else if (kind === 1) {
      const line = pickLine(NUMBER_LINE);
      const m = NUMBER_LINE.exec(lines()[line])!;
      const n = Number(m[2]);
      const start = m.index + m[1].length;
      const next = m[1] === 'current: ' ? (n < 100 ? n + 1 : n - 1) : n % 2 === 0 ? n + 1 : n - 1;
      apply({ kind: 'number', range: { start: { line, character: start }, end: { line, character: start + m[2].length } }, text: String(next) });
    } else if (kind === 2) {
      const line = pickLine(KEY_LINE);
      const m = KEY_LINE.exec(lines()[line])!;
      const at = { line, character: m[1].length + m[2].length };
      typo = at;
      apply({ kind: 'key-typo', range: { start: at, end: at }, text: 's' });
    } else {
      const at = typo!;
      apply({ kind: 'key-fix', range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' });
      typo = undefined;
    }
  }
  return { edits, finalText: doc.getText() };
}

/**
 * Edits that leave findings of several rules, so that a comparison of diagnostics is not a comparison
 * of two empty lists: an unknown key, a Latin look-alike in a Kazakh word, a malformed email, a
 * placeholder, an on-the-spot time in days.
 */
export function damageEdits(text: string): { edits: Edit[]; finalText: string } {
  const doc = TextDocument.create('bench:damage', 'yaml', 0, text);
  const edits: Edit[] = [];
  const find = (re: RegExp, nth = 0): { line: number; m: RegExpExecArray } => {
    const ls = doc.getText().split('\n');
    let seen = 0;
    for (let i = 0; i < ls.length; i++) {
      const m = re.exec(ls[i]);
      if (m && seen++ === nth) return { line: i, m };
    }
    throw new Error(`no line matches ${re}`);
  };
  const apply = (line: number, start: number, end: number, newText: string) => {
    const e: Edit = { kind: 'damage', range: { start: { line, character: start }, end: { line, character: end } }, text: newText };
    TextDocument.update(doc, [{ range: e.range, text: e.text }], edits.length + 1);
    edits.push(e);
  };
  {
    const { line, m } = find(/^(\s*)(website):/, 1);
    apply(line, m[1].length, m[1].length + m[2].length, 'webiste');
  }
  {
    // Cyrillic `і` -> Latin `i` inside a Kazakh word.
    const { line, m } = find(/^(\s*(?:- )?kk: )(.*і.*)$/, 2);
    const at = m[1].length + m[2].indexOf('і');
    apply(line, at, at + 1, 'i');
  }
  {
    const { line, m } = find(/^(\s*email: )(\S+)$/, 3);
    const at = m[1].length + m[2].indexOf('@');
    apply(line, at, at + 1, '@@');
  }
  {
    const { line, m } = find(/^(\s*(?:- )?ru: )(.+)$/, 5);
    apply(line, m[1].length + m[2].length, m[1].length + m[2].length, ' TODO');
  }
  {
    const { line, m } = find(/^(\s*max-wait: )(.+)$/);
    apply(line, m[1].length, m[1].length + m[2].length, '2 working-days');
  }
  return { edits, finalText: doc.getText() };
}
