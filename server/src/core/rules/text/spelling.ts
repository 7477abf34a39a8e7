/**
 * `spelling`: words of the kk and ru texts that the language's hunspell dictionary does not know,
 * with the dictionary's nearest words as fixes (never applied by "fix all": a name or a term may
 * be right). The words of `words:` in `.service-standard.yaml` are never reported; the editor
 * adds a word there with one click. Without a dictionary (the engine alone) nothing is reported.
 */
import type { Fix, Localized } from '../../types';
import { quoteList } from '../messages';
import type { TextEntry } from '../../model/model';
import type { Rule } from '../rule';
import { PerText, type Found } from './per-text';
import { scalarSource } from './scalar-source';
import type { SpellLang, Speller } from './speller';
import { wordsToCheck, type WordAt } from './spelling-words';

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

/** A hyphenated word every part of which is looked up is first looked up whole (`интернет-ресурс`). */
const wholeFirst = (w: WordAt) => w.word.includes('-') && w.parts.length === w.word.split('-').length;

/** The parts of a word to report: none when the whole word (or each part) is known. */
function unknownParts(w: WordAt, speller: Speller, own: ReadonlySet<string>): { word: string; at: number }[] {
  const known = (x: string) => own.has(x.toLowerCase()) || speller.correct(x);
  if (wholeFirst(w) && known(w.word)) return [];
  return w.parts.filter((p) => !known(p.word));
}

/** Whether the rule looks at this text in this language (addresses are names: never). */
const spelt = (t: TextEntry, lang: SpellLang) => t.lang === lang && !(t.path.includes('address') && ADDRESS.test(t.path));

/**
 * The words the rule will look up in one language's texts (hyphenated words whole, then by part),
 * for a speller to look them up ahead of the analysis (see `node/spell/speller.ts`).
 */
export function* wordsToLookUp(source: string, texts: Iterable<TextEntry>, lang: SpellLang): Generator<string> {
  for (const t of texts) {
    const src = spelt(t, lang) ? scalarSource(source, t.node) : undefined;
    for (const w of src ? wordsToCheck(src.text, lang) : []) {
      if (wholeFirst(w)) yield w.word;
      for (const p of w.parts) yield p.word;
    }
  }
}

/** The unknown words of one text (offsets in the file), each reported without suggestions. */
function checkText(found: Found, text: string, start: number, lang: SpellLang, speller: Speller, own: ReadonlySet<string>, clause: number | undefined): void {
  for (const w of wordsToCheck(text, lang)) {
    for (const p of unknownParts(w, speller, own)) {
      const from = start + p.at;
      found.report({ offset: [from, from + p.word.length], clause, message: message(p.word, lang, []) });
    }
  }
}

/**
 * The unknown words of the texts that did not change since the last version (and were looked up with
 * the same speller and `words:`), moved to where they are now.
 */
const memo = new PerText();

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
  reads: ['speller'],
  check(ctx) {
    const spelling = ctx.spelling;
    if (!spelling) return;
    // A suggestion costs up to a few hundred milliseconds: a text full of unknown words gets them for the first ones only.
    let suggestions = MAX_SUGGESTED;
    const ownKey = [...spelling.words].sort().join('\n');
    // Each language's speller, asked for once per analysis (and only for a language some text is in).
    const spellers = new Map<SpellLang, Speller | undefined>();
    const spellerOf = (lang: SpellLang) => (spellers.has(lang) ? spellers.get(lang) : spellers.set(lang, spelling.speller(lang)).get(lang));
    const languages = [...spelling.languages].sort().join(',');
    const run = memo.run<TextEntry & { lang: SpellLang }>([ownKey, languages], {
      check(t, found) {
        const speller = found.late() as Speller | undefined;
        const src = speller && scalarSource(ctx.source, t.node);
        if (src) checkText(found, src.text, src.start, t.lang, speller, spelling.words, t.clause);
      },
      accepts: (t) => (t.lang === 'kk' || t.lang === 'ru') && spelling.languages.has(t.lang) && spelt(t, t.lang),
      late: (lang) => spellerOf(lang as SpellLang),
      // The unknown words depend on the text as written alone: a document parsed again whole finds them at once.
      source: ctx.source,
    }, ctx.oneShot);
    run.each(ctx.model, (r, t) => {
      const word = ctx.source.slice(r.offset[0], r.offset[1]);
      const near = suggestions-- > 0 ? spellerOf(t.lang)!.suggest(word) : [];
      ctx.report(near.length === 0 ? r : { ...r, message: message(word, t.lang, near), fixes: fixes(near, r.offset[0], r.offset[1]) });
    });
  },
};
