/**
 * The repository config `.service-standard.yaml`: per-rule severity and the message language.
 *
 *   language: ru            # kk | ru | en
 *   rules:
 *     orthography: error    # error | warning | info | off
 *     text-hygiene: off
 *   ignore:                 # globs, relative to this file, skipped when a directory is linted
 *     - examples/broken/**
 *   words: [Мәсімов, ЦОН]   # words the spelling rule never reports
 *   spelling:
 *     languages: [kk]       # languages spell-checked (default: kk, ru)
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
import { suggest } from '../model/build';
import { ruleByCode } from '../rules';
import { SPELL_LANGS, type SpellLang, type SpellingSettings } from '../rules/text/speller';
import { LANGS, type Lang, type Localized, type SeveritySetting } from '../types';

export const CONFIG_FILE = '.service-standard.yaml';
const SEVERITIES: SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export interface Config {
  language?: Lang;
  rules: Record<string, SeveritySetting>;
  /** Globs relative to the config file: files skipped when a directory is linted (named files are always linted). */
  ignore?: string[];
  /** Words the spelling rule never reports (any case). */
  words?: string[];
  spelling?: SpellingSettings;
}

export interface ConfigProblem {
  offset: [number, number];
  message: Localized;
}

export const emptyConfig = (): Config => ({ rules: {} });

const NOT_A_MAP: Localized = {
  kk: 'Баптау файлы `language`, `rules`, `ignore` кілттерінің сөздігі болуы керек: ол еленбеді, әдепкі баптаулар қолданылады.',
  ru: 'Файл настроек должен быть словарём с ключами `language`, `rules`, `ignore`: он не учтён, используются настройки по умолчанию.',
  en: 'The config must be a mapping of `language`, `rules` and `ignore`: it is ignored and the defaults are used.',
};

/** A key as quoted in a message: at most 60 characters. */
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

const at = (n: Node | null | undefined): [number, number] => (n?.range ? [n.range[0], n.range[1]] : [0, 0]);

/** A list of strings (or one string); other items are left out. */
function stringsOf(value: Node | null): string[] {
  const items = isSeq(value) ? value.items : isScalar(value) ? [value] : [];
  return items.filter((i): i is Scalar => isScalar(i) && (typeof i.value === 'string' || typeof i.value === 'number')).map((i) => String(i.value));
}

/** `spelling: {languages: [kk, ru]}`. */
function readSpelling(value: Node | null): { settings: SpellingSettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const bad = (n: Node | null | undefined, message: Localized) => problems.push({ offset: at(n), message });
  if (!isMap(value)) {
    bad(value, { kk: '`spelling` — `languages` кілті бар сөздік.', ru: '`spelling` — словарь с ключом `languages`.', en: '`spelling` is a mapping with the key `languages`.' });
    return { settings: {}, problems };
  }
  const settings: SpellingSettings = {};
  for (const pair of value.items) {
    const key = isScalar(pair.key) ? clip(String(pair.key.value)) : '';
    if (key !== 'languages') {
      bad(pair.key as Node, { kk: `Белгісіз баптау \`spelling.${key}\`.`, ru: `Неизвестная настройка \`spelling.${key}\`.`, en: `Unknown setting \`spelling.${key}\`.` });
      continue;
    }
    const langs = stringsOf(pair.value as Node | null);
    const wrong = langs.filter((l) => !(SPELL_LANGS as readonly string[]).includes(l));
    if (wrong.length) bad(pair.value as Node, { kk: `Сөздік тек \`kk\` және \`ru\` үшін бар (\`${wrong[0]}\` емес).`, ru: `Словари есть только для \`kk\` и \`ru\` (не \`${wrong[0]}\`).`, en: `There are dictionaries for \`kk\` and \`ru\` only (not \`${wrong[0]}\`).` });
    settings.languages = langs.filter((l): l is SpellLang => !wrong.includes(l));
  }
  return { settings, problems };
}

export function parseConfig(text: string): { config: Config; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  // Duplicate keys are not looked for by `yaml` (quadratic on a long mapping): the last one wins.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  for (const e of doc.errors) {
    problems.push({ offset: e.pos, message: { kk: `YAML қатесі: ${e.message}`, ru: `Ошибка YAML: ${e.message}`, en: `YAML error: ${e.message}` } });
  }
  const root = doc.contents;
  if (!isMap(root)) {
    if (root !== null && !(isScalar(root) && root.value === null)) problems.push({ offset: [0, 0], message: NOT_A_MAP });
    return { config, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? clip(String(pair.key.value)) : '';
    const value = pair.value as Node | null;
    if (key === 'language') {
      const v = isScalar(value) ? String(value.value) : '';
      if ((LANGS as readonly string[]).includes(v)) config.language = v as Lang;
      else if (v !== 'auto') {
        problems.push({ offset: at(value), message: { kk: `Тіл \`kk\`, \`ru\` немесе \`en\` болуы керек.`, ru: `Язык должен быть \`kk\`, \`ru\` или \`en\`.`, en: `The language must be \`kk\`, \`ru\` or \`en\`.` } });
      }
    } else if (key === 'ignore') {
      const items = isSeq(value) ? value.items : isScalar(value) ? [value] : [];
      config.ignore = items.filter((i): i is Scalar => isScalar(i) && typeof i.value === 'string').map((i) => String(i.value));
    } else if (key === 'words') {
      config.words = stringsOf(value);
    } else if (key === 'spelling') {
      const read = readSpelling(value);
      config.spelling = read.settings;
      problems.push(...read.problems);
    } else if (key === 'rules') {
      if (!isMap(value)) continue;
      for (const r of value.items) {
        const code = isScalar(r.key) ? clip(String(r.key.value)) : '';
        const sev = isScalar(r.value) ? String(r.value.value) : '';
        if (!ruleByCode.has(code)) {
          const dym = suggest(code, [...ruleByCode.keys()]);
          const hint = dym.length ? ` (${dym.join(', ')}?)` : '';
          problems.push({ offset: at(r.key as Node), message: { kk: `Белгісіз ереже \`${code}\`${hint}.`, ru: `Неизвестное правило \`${code}\`${hint}.`, en: `Unknown rule \`${code}\`${hint}.` } });
          continue;
        }
        if (!SEVERITIES.includes(sev as SeveritySetting)) {
          problems.push({ offset: at(r.value as Node), message: { kk: `Деңгей error, warning, info немесе off болуы керек.`, ru: `Уровень должен быть error, warning, info или off.`, en: `The severity must be error, warning, info or off.` } });
          continue;
        }
        config.rules[code] = sev as SeveritySetting;
      }
    } else {
      problems.push({ offset: at(pair.key as Node), message: { kk: `Белгісіз баптау \`${key}\`.`, ru: `Неизвестная настройка \`${key}\`.`, en: `Unknown setting \`${key}\`.` } });
    }
  }
  return { config, problems };
}
