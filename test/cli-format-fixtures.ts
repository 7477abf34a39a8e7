/** What the formatter tests format: three files of findings, the rules, the options. */
import type { FileResult, FormatOptions, RuleInfo } from '../server/src/cli/format/types';
import type { Diagnostic, Localized, Severity } from '../server/src/core/types';

export const L = (kk: string, ru: string, en: string): Localized => ({ kk, ru, en });

/** A diagnostic at 0-based [startLine, startChar, endLine, endChar]. */
export function diag(
  code: string,
  severity: Severity,
  [sl, sc, el, ec]: [number, number, number, number],
  message: Localized,
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  return {
    code,
    severity,
    message,
    offset: [0, 0],
    range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
    ...extra,
  };
}

export const SOURCE_A = ['name: Мемлекеттік қызмет', 'deadline: 5 күн', 'fee: 50%', 'stepz:', '  - id: 1', ''].join('\n');

export const TRICKY_EN = 'Fee 50%, expected: a number\nin tenge';

/** File A's findings, deliberately out of order; `shift` moves them all down by that many lines. */
export function diagnosticsA(shift = 0): Diagnostic[] {
  const s = (l: number) => l + shift;
  return [
    diag('unknown-key', 'warning', [s(3), 0, s(3), 5], L('Белгісіз кілт: «stepz»', 'Неизвестный ключ: «stepz»', 'Unknown key: "stepz"')),
    diag('missing-required', 'error', [s(0), 0, s(0), 4], L('Міндетті өріс жоқ: «owner»', 'Нет обязательного поля «owner»', 'Missing required field "owner"')),
    diag('style-hint', 'info', [s(1), 10, s(1), 15], L('Мерзімді жұмыс күндерімен жазыңыз', 'Укажите срок в рабочих днях', 'Write the deadline in working days')),
    diag('bad-format', 'error', [s(2), 5, s(2), 8], L('Төлем 50%, күтілді: сан\nтеңгемен', 'Плата 50%, ожидалось: число\nв тенге', TRICKY_EN), {
      related: [{ range: { start: { line: s(0), character: 0 }, end: { line: s(0), character: 4 } }, offset: [0, 4], message: L('осында', 'здесь', 'declared here') }],
    }),
  ];
}

export function results(): FileResult[] {
  return [
    { file: 'examples/a.yaml', absPath: '/proj/examples/a.yaml', source: SOURCE_A, diagnostics: diagnosticsA() },
    { file: 'examples/clean.yaml', absPath: '/proj/examples/clean.yaml', source: 'name: x\n', diagnostics: [] },
    {
      file: 'examples/sub dir/b,c.yaml',
      absPath: '/proj/examples/sub dir/b,c.yaml',
      source: 'a: 1\nb: 2\n',
      diagnostics: [diag('orphan-code', 'warning', [1, 0, 1, 1], L('Иесіз код', 'Код без владельца', 'Orphan code'))],
    },
  ];
}

export const RULES: RuleInfo[] = [
  { code: 'bad-format', title: L('Пішім қате', 'Неверный формат', 'Bad format'), defaultSeverity: 'error', docsUrl: 'https://example.test/rules/bad-format' },
  { code: 'missing-required', title: L('Міндетті өріс', 'Обязательное поле', 'Required field'), defaultSeverity: 'error', docsUrl: 'https://example.test/rules/missing-required' },
  { code: 'style-hint', title: L('Стиль', 'Стиль', 'Style hint'), defaultSeverity: 'info', docsUrl: 'https://example.test/rules/style-hint' },
  { code: 'unknown-key', title: L('Белгісіз кілт', 'Неизвестный ключ', 'Unknown key'), defaultSeverity: 'warning', docsUrl: 'https://example.test/rules/unknown-key' },
];

export function opts(over: Partial<FormatOptions> = {}): FormatOptions {
  return { lang: 'en', color: false, rules: RULES, toolVersion: '1.2.3', ...over };
}

export const ANSI = /\x1b\[[0-9;]*m/g;
