/** What the random text is made of: the catalog's keys and values, punctuation, whitespace, letters. */
import { kz2010 } from '../../../server/src/core/catalog/kz-2010';
import type { ValueType } from '../../../server/src/core/catalog/types';

/** Every key of the catalog, and every enum value (what a writer actually types). */
function catalogWords(): { keys: string[]; values: string[] } {
  const keys = new Set<string>();
  const values = new Set<string>();
  const seen = new Set<ValueType>();
  const visit = (t: ValueType | undefined): void => {
    if (!t || seen.has(t)) return;
    seen.add(t);
    switch (t.kind) {
      case 'object':
        for (const f of t.fields) {
          keys.add(f.key);
          visit(f.type);
        }
        break;
      case 'list':
        visit(t.item);
        break;
      case 'ref':
        visit(kz2010.types[t.name]);
        break;
      case 'enum':
        for (const v of t.values) {
          values.add(v.value);
          for (const a of v.aliases ?? []) values.add(a);
        }
        break;
      case 'switch':
        for (const c of Object.values(t.cases)) visit(c);
        visit(t.otherwise);
        break;
      default:
    }
  };
  visit(kz2010.root);
  return { keys: [...keys], values: [...values] };
}

const WORDS_FROM_CATALOG = catalogWords();
export const CATALOG_KEYS: readonly string[] = WORDS_FROM_CATALOG.keys;
export const CATALOG_VALUES: readonly string[] = WORDS_FROM_CATALOG.values;

export const PUNCTUATION: readonly string[] = [
  ':', ': ', ':\n', '-', '- ', '-\n', '[', ']', '{', '}', ',', ', ', '&', '&a ', '&b ', '*', '*a', '*b', '*a ', '!', '!!str ', '!!map ',
  '!!seq ', '!!binary ', '!local ', '!<tag:yaml.org,2002:str> ', '|', '|\n', '|-\n  ', '>', '>+\n', '#', ' # ', '"', "'", '"\\', '"\\u', '"\\x', '"\\U0001F600"',
  '?', '? ', '%', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '@', '`', '\\', '---', '---\n', '...', '...\n', '<<: ', '<<: *a', '{}', '[]', '""', "''",
  '[,]', '{:}', ': :', '- -', '::', 'key: value', '? complex\n: key',
];

export const WHITESPACE: readonly string[] = [' ', '  ', '\t', '\t\t', '\n', '\n', '\n', '\r\n', '\r', '\n  ', '\n    ', '\n      ', '\n\t', '\n- ', '\n  - ', '\n    - ', ' \n', '\u00a0', '\u3000'];

export const LETTERS: readonly string[] = [
  'a', 'x', 'Z', 'kk', 'ru', 'en', 'true', 'false', 'null', '~', 'yes', 'no', 'on', '0', '-1', '1e309', '0x1F', '0o17', '.inf', '-.nan', '1_000', '12:30', '2000-11-27', '2031-01-01', '0000-00-00', '99:99-00:00',
  '5 working-days', '30 minuts', '0.5 MCI', '1500 KZT', '-1 MCI', '1,5 МРП', '09:00-18:30', '13:00-14:30', '+7 (7172) 74-00-00', '8 7172 551231', '1414', 'info@@adilet.gov.kz', 'a@b.kz', 'https://', 'www.egov.kz', 'http://x#y',
  'Астана', 'қызмет', 'мемлекеттік', 'Тұрғылықты', 'өтініш', 'ғимарат', 'үкімет', 'һ', 'ә', 'ң', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'І', 'справка', 'Выдача', 'ё', 'Ё',
  'Kітап', 'тапсыраЊан', 'ќазаќ', 'Məcimov', 'TOO', 'ATM', 'о', 'o', 'K.', 'XIV', 'TODO', 'tbd', '...', '…', '???', 'xxx', 'ххх', 'Қазақстан?а',
];

export const EXOTIC: readonly string[] = [
  '😀', '👨‍👩‍👧', '🇰🇿', '\uD800', '\uDC00', '\uDBFF', '\uDFFF', 'a\uD800b', '\uD83D', '\uDE00\uD83D', '\uFEFF', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085',
  '\u200B', '\u200D', '\u202E', '\u2028', '\u2029', '\u0301', 'е\u0301', '\uFFFD', '\uFFFE', '\uFFFF', '\u{10FFFF}', '\u{E0001}', 'ﬁ', 'Ⅻ', '𝔸',
];

export const CONFLICT_MARKERS: readonly string[] = ['\n<<<<<<< HEAD\n', '\n=======\n', '\n>>>>>>> feature\n', '\n||||||| base\n', '<<<<<<<', '>>>>>>>', '======='];
