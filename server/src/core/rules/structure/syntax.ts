/** `syntax`: YAML that does not parse. The range is the offending token or line, never the rest of the file. */
import type { YAMLError } from 'yaml';
import { lineEnd } from '../../parse/parse';
import type { Localized } from '../../types';
import type { Rule } from '../rule';
import { causeOf, danglingAliases, groups } from './syntax-cause';

const KNOWN: Record<string, Localized> = {
  BAD_INDENT: { kk: 'шегініс дұрыс емес', ru: 'неверный отступ', en: 'bad indentation' },
  TAB_AS_INDENT: { kk: 'шегініс үшін табуляция қолдануға болмайды, бос орын қойыңыз', ru: 'табуляция не допускается в отступах, используйте пробелы', en: 'tabs are not allowed as indentation; use spaces' },
  MISSING_CHAR: { kk: 'жабатын таңба жетіспейді', ru: 'не хватает закрывающего символа', en: 'a closing character is missing' },
  MULTILINE_IMPLICIT_KEY: { kk: 'кілт бір жолда болуы керек', ru: 'ключ должен быть на одной строке', en: 'a key must fit on one line' },
  BLOCK_AS_IMPLICIT_KEY: { kk: 'кілттің орнында блок тұр', ru: 'блок на месте ключа', en: 'a block where a key was expected' },
  UNEXPECTED_TOKEN: { kk: 'күтілмеген таңба', ru: 'неожиданный символ', en: 'unexpected token' },
  BAD_SCALAR_START: { kk: 'мән бұл таңбамен басталмайды; тырнақшаға алыңыз', ru: 'значение не может начинаться с этого символа; заключите его в кавычки', en: 'a value cannot start with this character; quote it' },
  BAD_DQ_ESCAPE: { kk: 'қос тырнақшадағы экрандау дұрыс емес', ru: 'неверная escape-последовательность в двойных кавычках', en: 'invalid escape in a double-quoted string' },
  IMPOSSIBLE: { kk: 'талдау мүмкін емес', ru: 'разбор невозможен', en: 'cannot be parsed' },
  BAD_ALIAS: { kk: 'сілтеме (alias) дұрыс емес', ru: 'неверная ссылка (alias)', en: 'bad alias' },
  BLOCK_IN_FLOW: { kk: 'жақша ішінде блок жазуға болмайды', ru: 'блок внутри скобок не допускается', en: 'a block inside a flow collection' },
  KEY_OVER_1024_CHARS: { kk: 'кілт тым ұзын', ru: 'слишком длинный ключ', en: 'key too long' },
  MULTIPLE_ANCHORS: { kk: 'бір мәнде бірнеше якорь', ru: 'несколько якорей у одного значения', en: 'several anchors on one value' },
  MULTIPLE_TAGS: { kk: 'бір мәнде бірнеше тег', ru: 'несколько тегов у одного значения', en: 'several tags on one value' },
  NON_STRING_KEY: { kk: 'кілт мәтін болуы керек', ru: 'ключ должен быть строкой', en: 'a key must be a string' },
  TAG_RESOLVE_FAILED: { kk: 'белгісіз тег', ru: 'неизвестный тег', en: 'unknown tag' },
  BAD_PROP_ORDER: { kk: 'якорь мен тегтің реті дұрыс емес', ru: 'неверный порядок якоря и тега', en: 'anchor and tag in the wrong order' },
  ALIAS_PROPS: { kk: 'сілтемеге тег не якорь қоюға болмайды', ru: 'у ссылки не может быть тега или якоря', en: 'an alias cannot have a tag or anchor' },
  BAD_DIRECTIVE: { kk: 'директива дұрыс емес', ru: 'неверная директива', en: 'bad directive' },
  BAD_COLLECTION_TYPE: { kk: 'коллекция түрі дұрыс емес', ru: 'неверный тип коллекции', en: 'bad collection type' },
};

export function syntaxRange(source: string, e: YAMLError): [number, number] {
  let [start, end] = e.pos;
  start = Math.min(Math.max(0, start), source.length);
  end = Math.min(Math.max(start, end), lineEnd(source, start));
  if (start === end && start < source.length && source[start] !== '\n') end = start + 1;
  return [start, end];
}

function message(e: YAMLError, warning: boolean): Localized {
  const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const known = KNOWN[e.code];
  const head = warning
    ? { kk: 'YAML ескертуі', ru: 'Предупреждение YAML', en: 'YAML warning' }
    : { kk: 'YAML синтаксисінің қатесі', ru: 'Синтаксическая ошибка YAML', en: 'YAML syntax error' };
  return {
    kk: `${head.kk}: ${known ? known.kk : detail}`,
    ru: `${head.ru}: ${known ? known.ru : detail}`,
    en: `${head.en}: ${known ? known.en + ` (${detail})` : detail}`,
  };
}

export const rule: Rule = {
  code: 'syntax',
  defaultSeverity: 'error',
  title: { kk: 'YAML синтаксисі', ru: 'Синтаксис YAML', en: 'YAML syntax' },
  summary: { kk: 'Талданбайтын YAML; екінші `---` құжаты', ru: 'YAML, который не разбирается; второй документ `---`', en: 'YAML that does not parse; a second `---` document' },
  group: 'structure',
  marksBroken: true,
  clauses: [],
  otherSeverities: 'parser warnings: warning',
  check(ctx) {
    const { doc, extraDocuments } = ctx.parsed;
    const repairs = ctx.parsed.repairs ?? [];
    for (const group of groups(ctx.source, repairs)) ctx.report(causeOf(ctx.source, group, (code) => KNOWN[code]));
    const lines = new Set<number>();
    for (const e of repairs.length ? (ctx.parsed.residual ?? []) : doc.errors) {
      // Duplicate keys have their own rule; a second document is reported once, below.
      if (e.code === 'DUPLICATE_KEY' || e.code === 'MULTIPLE_DOCS') continue;
      const offset = syntaxRange(ctx.source, e);
      // One error per line: the parser often says the same slip two or three ways.
      const line = ctx.source.lastIndexOf('\n', offset[0] - 1);
      if (lines.has(line)) continue;
      lines.add(line);
      ctx.report({ offset, message: message(e, false) });
    }
    for (const r of danglingAliases(ctx.parsed)) ctx.report(r);
    for (const e of doc.warnings) {
      ctx.report({ offset: syntaxRange(ctx.source, e), message: message(e, true), severity: 'warning' });
    }
    for (const at of extraDocuments) {
      ctx.report({
        offset: [at, at + 3],
        message: {
          kk: 'Бір файлда бір ғана стандарт болады; `---` кейінгі құжат тексерілмейді.',
          ru: 'В одном файле — один стандарт; документ после `---` не проверяется.',
          en: 'One standard per file: the document after `---` is not checked.',
        },
      });
    }
  },
};
