/** Languages of a standard and its text values (`{kk: ..., ru: ...}`, or a plain string in a one-language file). */
import { distance } from 'fastest-levenshtein';
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { LANGS, type Lang } from '../types';
import { damaged, isDangling, push, resolve, type Walk } from './context';
import type { Entry } from './model';
import { describe, isEmpty, range, scalarText } from './nodes';

/** A language code mistyped by one letter (`rru`, `kz`). */
function nearLang(word: string, langs: readonly string[]): string | undefined {
  return word.length <= 4 ? langs.find((l) => distance(word.toLowerCase(), l) === 1) : undefined;
}

export interface Languages {
  langs: Lang[];
  /** `languages` is missing, empty or holds a word that is no language: texts cannot be checked against it. */
  unknown: boolean;
}

/** The declared languages, in order; a near miss (`rru`) counts as the language it misspells (its own rule reports it). */
export function readLanguages(root: unknown): Languages {
  if (!isMap(root)) return { langs: [], unknown: true };
  const v = root.get('languages', true) as Node | undefined;
  const out: Lang[] = [];
  let unknown = false;
  const add = (s: unknown) => {
    const word = typeof s === 'string' ? s : '';
    const lang = (LANGS as readonly string[]).includes(word) ? word : nearLang(word, LANGS);
    if (!lang) unknown = true;
    else if (!out.includes(lang as Lang)) out.push(lang as Lang);
  };
  if (isSeq(v)) for (const item of v.items) add(isScalar(item) ? item.value : undefined);
  else if (isScalar(v)) add(v.value);
  return { langs: out, unknown: unknown || out.length === 0 };
}

export function walkText(w: Walk, node: Node | null, path: string, at: [number, number], entry: Entry, clause?: number): void {
  const { model } = w;
  const langs = model.languages;
  if (isScalar(node) && !isEmpty(node) && (langs.length <= 1 || model.languagesUnknown)) {
    // A plain string (or a number or date, still readable text) in a one-language file.
    const lang = langs[0] ?? 'kk';
    const text = scalarText(node);
    model.texts.push({ path, lang, node, value: text, clause });
    entry.value = { [lang]: text };
    return;
  }
  if (!isMap(node)) {
    if (isEmpty(node) && damaged(w, at[0], at[1] + 1, at[1] + 1).length) return;
    push(w, { kind: 'wrong-type', offset: at, path, expected: { kind: 'text' }, got: describe(node), clause });
    return;
  }
  entry.value = walkLanguages(w, node, path, at, entry.keyRange?.[0] ?? at[0], clause);
}

function walkLanguages(w: Walk, node: Node & { items: { key: unknown; value: unknown }[] }, path: string, at: [number, number], from: number, clause?: number) {
  const { model } = w;
  const langs = model.languages;
  // Undeclared languages, when `languages` itself is broken, would be one finding per text: its own finding says it once.
  const accepted: readonly string[] = model.languagesUnknown ? LANGS : langs;
  const value: Partial<Record<Lang, string>> = {};
  // At most a few languages per text: a list is cheaper than a Set.
  const seen: string[] = [];
  for (const p of node.items) {
    const keyNode = p.key as Node | null;
    const key = isScalar(keyNode) ? scalarText(keyNode) : '';
    const raw = p.value as Node | null;
    const v = resolve(w, raw);
    if (!accepted.includes(key)) {
      // Ranges are built only for a finding: most texts have none.
      const kr = range(keyNode, at);
      // The pair as written: an alias's own range, not that of the node it points to.
      const pairEnd = raw?.range?.[1] ?? kr[1];
      push(w, { kind: 'undeclared-language', offset: kr, path: `${path}.${key}`, lang: key, declared: langs, pairRange: [kr[0], pairEnd], clause });
      continue;
    }
    if (seen.includes(key)) continue;
    seen.push(key);
    if (isDangling(w, raw)) continue;
    const lang = key as Lang;
    const text = isScalar(v) && !isEmpty(v) ? scalarText(v) : '';
    if (text.trim() === '') {
      if (v && !isScalar(v)) {
        push(w, { kind: 'wrong-type', offset: range(v, range(keyNode, at)), path: `${path}.${key}`, expected: { kind: 'string' }, got: describe(v), clause });
      } else {
        push(w, { kind: 'missing-translation', offset: isEmpty(v) ? range(keyNode, at) : range(v, range(keyNode, at)), path, lang, empty: true, clause });
      }
      continue;
    }
    value[lang] = text;
    model.texts.push({ path: `${path}.${key}`, lang, node: v as Scalar, value: text, clause });
  }
  if (!model.languagesUnknown) {
    const r = node.range;
    const hurt = r ? damaged(w, Math.min(from, r[0]), r[1], r[2]) : [];
    for (const lang of langs) {
      if (seen.includes(lang) || misspeltAs(node, lang, accepted) || hurt.some((d) => d.key === undefined || d.key === lang)) continue;
      push(w, { kind: 'missing-translation', offset: at, path, lang, empty: false, clause });
    }
  }
  return value;
}

/** A key of the text that misspells `lang` (`rru` for `ru`): it is reported itself, the translation is not "missing". */
function misspeltAs(node: { items: { key: unknown }[] }, lang: Lang, accepted: readonly string[]): boolean {
  return node.items.some((p) => {
    const k = isScalar(p.key) ? scalarText(p.key) : '';
    return !accepted.includes(k) && nearLang(k, [lang]) !== undefined;
  });
}
