/**
 * Adding a word to `words:` of `.service-standard.yaml` (the spelling rule's "add to words"). The
 * file's text is edited where the list is (its ranges from the `yaml` Document): a new item after
 * the last one of a block list, `, word` before the `]` of a flow list, or a new `words:` list at
 * the end; every other line, value and comment stays as written. The result is parsed again and
 * must hold the same values plus the word, or the edit is refused with a message.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Localized } from '../types';
import { lineStartAt } from '../parse/line-start';

export type AddWordResult = { text: string } | { refused: Localized };

const refuse = (kk: string, ru: string, en: string): AddWordResult => ({ refused: { kk, ru, en } });

/** The line's indentation before offset `at`. */
function columnOf(text: string, at: number): number {
  return at - lineStartAt(text, at);
}

function endOfLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** The text with `word` written into the list, or undefined when the list has another shape. */
function inserted(text: string, doc: Document, word: string): string | undefined {
  const root = doc.contents;
  const list = isMap(root) ? (root.get('words', true) as Node | undefined) : undefined;
  if (!isMap(root) || list === undefined) {
    const sep = text.length === 0 || text.endsWith('\n') ? '' : text.includes('\r\n') ? '\r\n' : '\n';
    const nl = text.includes('\r\n') ? '\r\n' : '\n';
    return `${text}${sep}words:${nl}  - ${word}${nl}`;
  }
  if (isScalar(list) && list.value === null) {
    // `words:` with nothing after it yet.
    const key = root.items.find((p) => isScalar(p.key) && p.key.value === 'words')?.key as Node | undefined;
    const colon = key?.range ? text.indexOf(':', key.range[1]) : -1;
    return colon < 0 ? undefined : `${text.slice(0, colon + 1)} [${word}]${text.slice(colon + 1)}`;
  }
  if (!isSeq(list) || !list.range) return undefined;
  if (list.flow) {
    const close = text.lastIndexOf(']', list.range[1]);
    if (close < list.range[0]) return undefined;
    return `${text.slice(0, close).replace(/\s*$/, '')}${list.items.length ? ', ' : ''}${word}${text.slice(close)}`;
  }
  const first = list.items[0] as Node | undefined;
  const last = list.items[list.items.length - 1] as Node | undefined;
  if (!first?.range || !last?.range) return undefined;
  const dash = text.lastIndexOf('-', first.range[0]);
  const at = endOfLine(text, last.range[1]);
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const end = text[at - 1] === '\r' ? at - 1 : at;
  return `${text.slice(0, end)}${nl}${' '.repeat(columnOf(text, dash))}- ${word}${text.slice(end)}`;
}

const plain = (doc: Document) => JSON.stringify(doc.toJS());

export function addWord(text: string, word: string): AddWordResult {
  if (!/^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u.test(word)) return refuse(`\`${word}\` сөз емес.`, `\`${word}\` — не слово.`, `\`${word}\` is not a word.`);
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) return refuse('Баптау файлында YAML қатесі бар: алдымен оны түзетіңіз.', 'В файле настроек ошибка YAML: сначала исправьте её.', 'The config file has a YAML error: fix it first.');
  const root = doc.contents;
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    return refuse('Баптау файлы сөздік емес.', 'Файл настроек — не словарь.', 'The config file is not a mapping.');
  }
  const words = isMap(root) ? root.get('words') : undefined;
  if (isSeq(words) && words.items.some((i) => isScalar(i) && String(i.value).toLowerCase() === word.toLowerCase())) return { text };
  const out = inserted(text, doc, word);
  if (out === undefined) return refuse('`words` тізім емес: сөзді қолмен қосыңыз.', '`words` — не список: добавьте слово вручную.', '`words` is not a list: add the word by hand.');
  const after = parseDocument(out, { uniqueKeys: false });
  const expected = { ...(isMap(root) ? (doc.toJS() as Record<string, unknown>) : {}) };
  expected.words = [...((expected.words as unknown[] | undefined) ?? []), word];
  if (after.errors.length || plain(after) !== JSON.stringify(expected)) {
    return refuse('Сөзді файлды бүлдірмей қосу мүмкін болмады: оны қолмен қосыңыз.', 'Слово не удалось добавить, не испортив файл: добавьте его вручную.', 'The word could not be added without spoiling the file: add it by hand.');
  }
  return { text: out };
}
