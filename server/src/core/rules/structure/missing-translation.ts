/** `missing-translation`: a text lacks one of the declared languages, or has it empty. */
import { isMap } from 'yaml';
import { insertIntoMap } from '../../edit/insert';
import type { Fix, Lang } from '../../types';
import type { Rule, RuleContext } from '../rule';

const NAMES = {
  kk: { kk: 'қазақша', ru: 'казахский', en: 'Kazakh' },
  ru: { kk: 'орысша', ru: 'русский', en: 'Russian' },
  en: { kk: 'ағылшынша', ru: 'английский', en: 'English' },
};

function addKeyFix(ctx: RuleContext, path: string, lang: string): Fix | undefined {
  const entry = ctx.model.get(path);
  if (!entry || !isMap(entry.node)) return undefined;
  const langs = ctx.model.languages;
  const edit = insertIntoMap(ctx.source, entry.node, `${lang}: ""`, `${lang}: ""`, langs.slice(0, langs.indexOf(lang as Lang)));
  if (!edit) return undefined;
  return {
    title: { kk: `\`${lang}\` аудармасын қосу`, ru: `Добавить перевод \`${lang}\``, en: `Add the \`${lang}\` translation` },
    edits: [edit],
  };
}

export const rule: Rule = {
  code: 'missing-translation',
  defaultSeverity: 'warning',
  title: { kk: 'Аударма жоқ', ru: 'Нет перевода', en: 'Missing translation' },
  summary: { kk: 'Мәтінде жарияланған тіл жоқ немесе бос', ru: 'В тексте нет объявленного языка или он пуст', en: 'a declared language missing or empty in a text' },
  group: 'structure',
  clauses: 'any',
  check(ctx) {
    for (const f of ctx.findings('missing-translation')) {
      const n = NAMES[f.lang];
      const fix = f.empty ? undefined : addKeyFix(ctx, f.path, f.lang);
      ctx.report({
        offset: f.offset,
        clause: f.clause,
        message: f.empty
          ? {
              kk: `\`${f.lang}\` (${n.kk}) мәтіні бос.`,
              ru: `Текст \`${f.lang}\` (${n.ru}) пуст.`,
              en: `The \`${f.lang}\` (${n.en}) text is empty.`,
            }
          : {
              kk: `\`${f.lang}\` (${n.kk}) аудармасы жоқ: \`languages\` бұл тілді атайды.`,
              ru: `Нет перевода \`${f.lang}\` (${n.ru}), хотя он указан в \`languages\`.`,
              en: `No \`${f.lang}\` (${n.en}) translation, though \`languages\` declares it.`,
            },
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};
