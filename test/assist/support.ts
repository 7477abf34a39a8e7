/** Small standards with a cursor: `|` marks where the writer's cursor is. */
import { getCatalog } from '../../server/src/core/catalog';
import { complete, type Candidate } from '../../server/src/core/assist/completion';
import type { Lang } from '../../server/src/core/types';

export const KZ2010 = getCatalog('kz-2010')!;

/** The text without the `|` and the cursor's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** What the completion list offers at the `|`. */
export function offered(marked: string, lang: Lang = 'en', languages: Lang[] = ['kk', 'ru']): Candidate[] {
  const { text, offset } = cursor(marked);
  return complete({ text, offset, catalog: KZ2010, lang, languages });
}

export const labels = (cs: Candidate[]) => cs.map((c) => c.label);

export const HEAD = 'edition: kz-2010\nlanguages: [kk, ru]\n';
