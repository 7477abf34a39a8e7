/** Help texts for keys and values, in Markdown: the same words in hover and completion. */
import type { Catalog, EnumValue, Field } from '../catalog/types';
import { describeType } from '../rules/messages';
import { fieldYaml } from '../skeleton/skeleton';
import { LANGS, type Lang, type Localized } from '../types';
import { resolve } from './context';

const NAMES: Record<Lang, Localized> = {
  kk: { kk: 'Қазақша', ru: 'На казахском', en: 'Kazakh' },
  ru: { kk: 'Орысша', ru: 'На русском', en: 'Russian' },
  en: { kk: 'Ағылшынша', ru: 'На английском', en: 'English' },
};

const WORDS = {
  clause: { kk: 'тармақ', ru: 'пункт', en: 'Clause' },
  section: { kk: 'бөлім', ru: 'раздел', en: 'Section' },
  official: { kk: 'Үлгі стандарттың ресми мәтіні', ru: 'Официальный текст типового стандарта (kk)', en: 'Official wording of the model (kk)' },
  expected: { kk: 'Күтілетін мән', ru: 'Ожидается', en: 'Expected' },
  example: { kk: 'Мысал', ru: 'Пример', en: 'Example' },
  optional: { kk: 'міндетті емес', ru: 'необязательно', en: 'optional' },
  required: { kk: 'міндетті', ru: 'обязательно', en: 'required' },
} satisfies Record<string, Localized>;

/** "§7. Deadlines" and the section it stands in. */
export function clauseHeading(catalog: Catalog, n: number, lang: Lang): string {
  const c = catalog.clauses.find((x) => x.number === n);
  return c ? `§${n}. ${c.title[lang]}` : `§${n}`;
}

function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}

/** Hover and completion documentation for a key. */
export function fieldHelp(catalog: Catalog, field: Field, lang: Lang, languages: Lang[]): string {
  const parts: string[] = [];
  const clause = field.clause !== undefined ? catalog.clauses.find((c) => c.number === field.clause) : undefined;
  const section = catalog.sections.find((s) => s.number === (clause?.section ?? field.section));
  const req = field.optional ? WORDS.optional[lang] : WORDS.required[lang];
  if (clause) {
    parts.push(`**§${clause.number}. ${clause.title[lang]}** · ${WORDS.section[lang]} ${section?.number}. ${section?.title[lang]} · _${req}_`);
    parts.push(otherLangs(lang).map((l) => `${clause.title[l]}`).join(' · '));
    parts.push(`**${WORDS.official[lang]}:**\n\n> ${clause.text.kk.replace(/\n/g, '\n>\n> ')}`);
    for (const l of LANGS.filter((x) => x !== 'kk')) parts.push(`**${NAMES[l][lang]}:** ${clause.text[l].replace(/\n/g, ' ')}`);
  } else {
    const ref = field.ref ? `${field.ref} ` : '';
    const head = section && field.section !== undefined ? `${WORDS.section[lang]} ${section.number}. ` : '';
    parts.push(`**${head}${ref}${field.title[lang]}** · _${req}_`);
    parts.push(otherLangs(lang).map((l) => field.title[l]).join(' · '));
  }
  if (field.help) parts.push(field.help[lang]);
  const type = resolve(catalog, field.type);
  if (type) parts.push(`**${WORDS.expected[lang]}:** ${describeType(field.type, catalog, languages)[lang]}`);
  if (type?.kind === 'enum') parts.push(enumTable(type.values, lang));
  const example = fieldYaml(catalog, field, { languages: languages.length ? languages : ['kk', 'ru'], examples: true });
  parts.push(`**${WORDS.example[lang]}:**\n\n\`\`\`yaml\n${example}\n\`\`\``);
  return parts.join('\n\n');
}

export function enumTable(values: EnumValue[], lang: Lang): string {
  return values.map((v) => `- \`${v.value}\`: ${v.title[lang]}`).join('\n');
}

/** Hover for one enum value: its meaning in every language. */
export function enumHelp(value: EnumValue, lang: Lang): string {
  return [`**\`${value.value}\`**: ${value.title[lang]}`, otherLangs(lang).map((l) => value.title[l]).join(' · '), value.help?.[lang] ?? ''].filter(Boolean).join('\n\n');
}

/** A normalised reading in the user's language first: "10 working days / 10 жұмыс күні / 10 рабочих дней". */
export function readingHelp(reading: Localized, lang: Lang): string {
  return [reading[lang], ...otherLangs(lang).map((l) => reading[l])].join(' / ');
}
