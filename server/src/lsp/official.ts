/**
 * The server's answers about the published text: the exports (HTML, Word, plain text), the
 * standalone HTML page of the data view, the comparison with a previous version and the import of
 * an existing standard. Loaded when the first of them is asked (`heavy.ts`); the preview's views
 * are in `published.ts`.
 */
import { defaultEdition, getCatalog } from '../core/catalog';
import { analyze, type Analysis } from '../core/engine';
import { importBlocks } from '../core/import';
import { blocksOfDocx, blocksOfHtml, blocksOfText, type Block } from '../core/import/source';
import { amendingText } from '../core/official/amend';
import { changesMarkdown } from '../core/official/changes';
import { diffValues } from '../core/official/diff';
import { exportOfficial } from '../core/official/export';
import { defaultOfficialLang, officialLanguages } from '../core/official/compose';
import { renderHtml } from '../core/render/html';
import type { Lang, Localized } from '../core/types';
import { decodeText } from '../node/files';
import type { CompareParams, CompareReply, ExportParams, ExportReply, ImportParams, ImportReply, PreviewParams } from '../protocol';
import { knownLang } from './published';

/** The largest file the import reads (the editor sends it whole). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const FORMATS = new Set(['html', 'docx', 'txt']);

const M = {
  noEdition: { kk: 'Стандарттың редакциясы белгісіз, жарияланатын мәтін жоқ.', ru: 'Редакция стандарта неизвестна: публикуемого текста нет.', en: 'The standard’s edition is unknown: there is no published text.' },
  notYaml: { kk: 'Файл YAML ретінде оқылмайды; алдымен синтаксис қатесін түзетіңіз.', ru: 'Файл не читается как YAML; сначала исправьте синтаксическую ошибку.', en: 'The file does not read as YAML; fix the syntax error first.' },
  otherEdition: { kk: 'Алдыңғы нұсқа басқа редакцияда жазылған; салыстыру мүмкін емес.', ru: 'Предыдущая версия написана в другой редакции; сравнить нельзя.', en: 'The previous version is of another edition; they cannot be compared.' },
  tooLarge: { kk: 'Файл тым үлкен ({0} байт); импортталмады.', ru: 'Файл слишком большой ({0} байт); не импортирован.', en: 'The file is too large ({0} bytes); not imported.' },
  notWord: { kk: 'Бұл Word құжаты емес (.docx — zip мұрағаты).', ru: 'Это не документ Word (.docx — это zip-архив).', en: 'Not a Word document (a .docx is a zip archive).' },
  unreadableWord: { kk: 'Word құжаты оқылмайды: {0}', ru: 'Документ Word не читается: {0}', en: 'The Word document cannot be read: {0}' },
  notText: { kk: 'Файл мәтін ретінде оқылмайды: {0}', ru: 'Файл не читается как текст: {0}', en: 'The file does not read as text: {0}' },
  notStandard: { kk: 'Бұл мемлекеттік қызмет стандарты емес: үлгі стандарттың {0} тармағы ғана табылды.', ru: 'Это не стандарт государственной услуги: найдено только пунктов типового стандарта: {0}.', en: 'Not a public service standard: only {0} clause(s) of the model found.' },
  notImported: { kk: 'Импортталмады: {0}', ru: 'Не импортировано: {0}', en: 'Not imported: {0}' },
} satisfies Record<string, Localized>;

const say = (m: Localized, lang: Lang, ...args: (string | number)[]) => args.reduce<string>((s, a, i) => s.replace(`{${i}}`, String(a)), m[lang]);

/** A standalone HTML page of the data view, as `service-standard render --view data` writes it. */
export function htmlReply(analysis: Analysis, p: PreviewParams, uiLang: Lang): { html: string } {
  return { html: renderHtml(analysis, { lang: knownLang(p.lang) ?? uiLang, showModelText: p.showModelText ?? false }) };
}

/** Why a standard has no published text, or undefined when it has one. */
function unpublishable(analysis: Analysis, ui: Lang): string | undefined {
  if (analysis.diagnostics.some((d) => d.code === 'syntax' && d.severity === 'error')) return M.notYaml[ui];
  if (!officialLanguages(analysis.catalog).length) return M.noEdition[ui];
  return undefined;
}

export async function exportReply(analysis: Analysis, p: ExportParams, ui: Lang): Promise<ExportReply> {
  const why = unpublishable(analysis, ui);
  if (why) return { error: why };
  const format = FORMATS.has(p.format) ? p.format : 'html';
  const asked = knownLang(p.lang);
  const lang = asked && officialLanguages(analysis.catalog).includes(asked) ? asked : defaultOfficialLang(analysis);
  const out = await exportOfficial(analysis, format, lang);
  return typeof out === 'string' ? { format, lang, encoding: 'utf8', data: out } : { format, lang, encoding: 'base64', data: Buffer.from(out).toString('base64') };
}

export function compareReply(analysis: Analysis, p: CompareParams, config: Parameters<typeof analyze>[1], ui: Lang): CompareReply {
  const why = unpublishable(analysis, ui);
  if (why) return { error: why };
  const old = analyze(String(p.oldText ?? ''), config);
  if (unpublishable(old, ui)) return { error: unpublishable(old, ui)! };
  if (old.catalog !== analysis.catalog) return { error: M.otherEdition[ui] };
  const changes = diffValues(analysis.catalog!, old.parsed.doc, analysis.parsed.doc);
  if (!changes.length) return { unchanged: true };
  const asked = knownLang(p.lang);
  const lang = asked && officialLanguages(analysis.catalog).includes(asked) ? asked : defaultOfficialLang(analysis);
  return { unchanged: false, lang, amending: amendingText(old, analysis, lang) ?? '', changes: changesMarkdown(analysis.catalog!, changes, ui) };
}

async function blocksOf(name: string, bytes: Uint8Array, ui: Lang): Promise<Block[] | { error: string }> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'docx' || zip) {
    if (!zip) return { error: M.notWord[ui] };
    try {
      return await blocksOfDocx(bytes);
    } catch (err) {
      return { error: say(M.unreadableWord, ui, String((err as Error).message).split('\n')[0]) };
    }
  }
  const text = decodeText(bytes);
  if ('error' in text) return { error: say(M.notText, ui, text.error) };
  return ext === 'html' || ext === 'htm' || /^\s*<(!doctype|html)/i.test(text.text) ? blocksOfHtml(text.text) : blocksOfText(text.text);
}

export async function importReply(p: ImportParams, ui: Lang): Promise<ImportReply> {
  const bytes = Buffer.from(String(p.base64 ?? ''), 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) return { error: say(M.tooLarge, ui, bytes.length) };
  const blocks = await blocksOf(String(p.name ?? ''), bytes, ui);
  if ('error' in blocks) return blocks;
  const lang = knownLang(p.lang);
  const result = importBlocks(getCatalog(defaultEdition)!, blocks, lang === 'en' ? undefined : lang);
  if (!('error' in result)) return result;
  const found = /(\d+) clause/.exec(result.error);
  return { error: found ? say(M.notStandard, ui, found[1]) : say(M.notImported, ui, result.error) };
}
