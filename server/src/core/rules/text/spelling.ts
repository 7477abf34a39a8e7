/**
 * `spelling`: words of the kk and ru texts that the language's hunspell dictionary does not know,
 * with the dictionary's nearest words as fixes (never applied by "fix all": a name or a term may
 * be right). The words of `words:` in `.service-standard.yaml` are never reported; the editor
 * adds a word there with one click. Without a dictionary (the engine alone) nothing is reported.
 */
import type { Fix, Localized } from '../../types';
import { quoteList } from '../messages';
import type { Rule } from '../rule';
import { scalarSource } from './scalar-source';
import type { SpellLang, Speller } from './speller';
import { wordsToCheck } from './spelling-words';

/** Addresses are names of streets, towns and buildings: not looked up. */
const ADDRESS = /(?:^|\.)address(?:\.|$)/;

const LANG_NAME: Record<SpellLang, Localized> = {
  kk: { kk: 'қазақ тілі', ru: 'казахского языка', en: 'Kazakh' },
  ru: { kk: 'орыс тілі', ru: 'русского языка', en: 'Russian' },
};

function message(word: string, lang: SpellLang, near: string[]): Localized {
  const name = LANG_NAME[lang];
  const kk = `\`${word}\` сөзі ${name.kk} сөздігінде жоқ.`;
  const ru = `Слова \`${word}\` нет в словаре ${name.ru}.`;
  const en = `${name.en} word \`${word}\` is not in the dictionary.`;
  if (!near.length) return { kk, ru, en };
  return { kk: `${kk} ${quoteList(near, 'kk')} болуы мүмкін.`, ru: `${ru} Возможно, ${quoteList(near, 'ru')}.`, en: `${en} Could be ${quoteList(near, 'en')}.` };
}

function fixes(near: string[], start: number, end: number): Fix[] | undefined {
  if (!near.length) return undefined;
  return near.map((w) => ({ title: { kk: `\`${w}\` деп түзету`, ru: `Исправить на \`${w}\``, en: `Correct to \`${w}\`` }, edits: [{ start, end, newText: w }] }));
}

/** The parts of a word to report: none when the whole word (or each part) is known. */
function unknownParts(w: ReturnType<typeof wordsToCheck>[number], speller: Speller, own: ReadonlySet<string>): { word: string; at: number }[] {
  const known = (x: string) => own.has(x.toLowerCase()) || speller.correct(x);
  if (w.word.includes('-') && w.parts.length === w.word.split('-').length && known(w.word)) return [];
  return w.parts.filter((p) => !known(p.word));
}

/** Unknown words of texts already checked, per speller, while the workspace's words stay the same. */
const unknownByText = new WeakMap<Speller, { own: string; texts: Map<string, readonly { word: string; at: number }[]> }>();
const TEXTS_MAX = 10_000;
/** The answer for most texts, shared. */
const NONE: readonly { word: string; at: number }[] = [];

/** The unknown words of one text (offsets in it): looked up once per text, language, speller and `words:`. */
function unknownIn(text: string, lang: SpellLang, speller: Speller, own: ReadonlySet<string>, ownKey: string): readonly { word: string; at: number }[] {
  let memo = unknownByText.get(speller);
  if (!memo || memo.own !== ownKey) unknownByText.set(speller, (memo = { own: ownKey, texts: new Map() }));
  const hit = memo.texts.get(lang + text);
  if (hit) return hit;
  const parts = wordsToCheck(text, lang).flatMap((w) => unknownParts(w, speller, own));
  const found = parts.length === 0 ? NONE : parts;
  if (memo.texts.size >= TEXTS_MAX) memo.texts.clear();
  // A copy as the key: a text cut from a document would keep the whole document alive.
  memo.texts.set(JSON.parse(JSON.stringify(lang + text)) as string, found);
  return found;
}

/** Unknown words of one analysis that get the dictionary's suggestions. */
const MAX_SUGGESTED = 100;

export const rule: Rule = {
  code: 'spelling',
  defaultSeverity: 'info',
  title: { kk: 'Емле: сөздік', ru: 'Орфография: словарь', en: 'Spelling' },
  summary: {
    kk: 'kk және ru мәтіндердегі сөздікте жоқ сөздер (hunspell), ұсыныстарымен',
    ru: 'Слова текстов kk и ru, которых нет в словаре (hunspell), с вариантами исправления',
    en: 'Words of the kk and ru texts not in the dictionary (hunspell), with suggestions',
  },
  group: 'text',
  clauses: 'any',
  check(ctx) {
    const spelling = ctx.spelling;
    if (!spelling) return;
    // A suggestion costs up to a few hundred milliseconds: a text full of unknown words gets them for the first ones only.
    let suggestions = MAX_SUGGESTED;
    const ownKey = [...spelling.words].sort().join('\n');
    for (const t of ctx.model.texts) {
      if (t.lang !== 'kk' && t.lang !== 'ru') continue;
      if (!spelling.languages.has(t.lang) || (t.path.includes('address') && ADDRESS.test(t.path))) continue;
      const speller = spelling.speller(t.lang);
      if (!speller) continue;
      const src = scalarSource(ctx.source, t.node);
      if (!src) continue;
      for (const p of unknownIn(src.text, t.lang, speller, spelling.words, ownKey)) {
        const start = src.start + p.at;
        const end = start + p.word.length;
        const near = suggestions-- > 0 ? speller.suggest(p.word) : [];
        ctx.report({ offset: [start, end], clause: t.clause, message: message(p.word, t.lang, near), fixes: fixes(near, start, end) });
      }
    }
  },
};
