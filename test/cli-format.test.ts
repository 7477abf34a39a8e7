import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, Localized, Severity } from '../server/src/core/types';
import type { FileResult, FormatOptions, RuleInfo } from '../server/src/cli/format/types';
import { formatters } from '../server/src/cli/format/index';
import { stylish, summaryText } from '../server/src/cli/format/stylish';
import { json } from '../server/src/cli/format/json';
import { sarif, toUri, type SarifLog } from '../server/src/cli/format/sarif';
import { github, escapeProperty, escapeData } from '../server/src/cli/format/github';

const L = (kk: string, ru: string, en: string): Localized => ({ kk, ru, en });

/** A diagnostic at 0-based [startLine, startChar, endLine, endChar]. */
function diag(
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

const SOURCE_A = ['name: Мемлекеттік қызмет', 'deadline: 5 күн', 'fee: 50%', 'stepz:', '  - id: 1', ''].join('\n');

const TRICKY_EN = 'Fee 50%, expected: a number\nin tenge';

/** File A's findings, deliberately out of order; `shift` moves them all down by that many lines. */
function diagnosticsA(shift = 0): Diagnostic[] {
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

function results(): FileResult[] {
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

const RULES: RuleInfo[] = [
  { code: 'bad-format', title: L('Пішім қате', 'Неверный формат', 'Bad format'), defaultSeverity: 'error', docsUrl: 'https://example.test/rules/bad-format' },
  { code: 'missing-required', title: L('Міндетті өріс', 'Обязательное поле', 'Required field'), defaultSeverity: 'error', docsUrl: 'https://example.test/rules/missing-required' },
  { code: 'style-hint', title: L('Стиль', 'Стиль', 'Style hint'), defaultSeverity: 'info', docsUrl: 'https://example.test/rules/style-hint' },
  { code: 'unknown-key', title: L('Белгісіз кілт', 'Неизвестный ключ', 'Unknown key'), defaultSeverity: 'warning', docsUrl: 'https://example.test/rules/unknown-key' },
];

function opts(over: Partial<FormatOptions> = {}): FormatOptions {
  return { lang: 'en', color: false, rules: RULES, toolVersion: '1.2.3', ...over };
}

const ANSI = /\x1b\[[0-9;]*m/g;

describe('cli formatters', () => {
  it('index exposes the five formatters by name', () => {
    assert.deepEqual(Object.keys(formatters).sort(), ['github', 'gitlab', 'json', 'sarif', 'stylish']);
    assert.equal(formatters.stylish, stylish);
    assert.equal(formatters.json, json);
    assert.equal(formatters.sarif, sarif);
    assert.equal(formatters.github, github);
  });

  describe('stylish', () => {
    it('prints an exact, aligned table with 1-based positions, sorted, and a summary', () => {
      const out = stylish(
        [
          {
            file: 'x.yaml',
            absPath: '/p/x.yaml',
            diagnostics: [
              diag('a-b', 'error', [9, 2, 9, 3], L('Жаман', 'Плохо', 'Bad')),
              diag('c', 'warning', [0, 0, 0, 1], L('Ұзынырақ хабар', 'Длинное сообщение', 'Longer message')),
            ],
          },
        ],
        opts(),
      );
      assert.equal(
        out,
        [
          'x.yaml',
          '   1:1  warning  Longer message  c',
          '  10:3  error    Bad             a-b',
          '',
          '✖ 2 problems (1 error, 1 warning, 0 infos)',
          '',
        ].join('\n'),
      );
    });

    it('groups by file, skips clean files, sorts by line then column, no ANSI without colour', () => {
      const input = results();
      const before = input[0].diagnostics.map((d) => d.code);
      const out = stylish(input, opts());
      assert.doesNotMatch(out, /\x1b\[/);
      const lines = out.split('\n');
      assert.deepEqual(
        lines.filter((l) => l && !l.startsWith(' ')),
        ['examples/a.yaml', 'examples/sub dir/b,c.yaml', '✖ 5 problems (2 errors, 2 warnings, 1 info)'],
      );
      assert.ok(!out.includes('clean.yaml'));
      const rowsA = lines.slice(1, 5);
      assert.deepEqual(
        rowsA.map((r) => r.trim().split(/\s+/)[0]),
        ['1:1', '2:11', '3:6', '4:1'],
      );
      assert.deepEqual(
        rowsA.map((r) => r.trim().split(/\s+/).at(-1)),
        ['missing-required', 'style-hint', 'bad-format', 'unknown-key'],
      );
      // Columns line up: severity words and codes start at the same offset in every row of the file.
      const sevCol = rowsA.map((r) => r.search(/(error|warning|info) /));
      assert.equal(new Set(sevCol).size, 1, rowsA.join('\n'));
      const codeCol = rowsA.map((r, i) => r.lastIndexOf(['missing-required', 'style-hint', 'bad-format', 'unknown-key'][i]));
      assert.equal(new Set(codeCol).size, 1, rowsA.join('\n'));
      // The multi-line message is folded into its row.
      assert.ok(rowsA[2].includes('Fee 50%, expected: a number in tenge'), rowsA[2]);
      // The input is not reordered.
      assert.deepEqual(input[0].diagnostics.map((d) => d.code), before);
    });

    it('speaks Russian with correct plural forms', () => {
      const out = stylish(results(), opts({ lang: 'ru' }));
      assert.match(out, /  1:1  +ошибка  +Нет обязательного поля «owner»  +missing-required/);
      assert.match(out, /  4:1  +предупреждение  +Неизвестный ключ/);
      assert.match(out, /  2:11 +информация  +Укажите срок/);
      assert.ok(out.trimEnd().endsWith('✖ 5 проблем (2 ошибки, 2 предупреждения, 1 сообщение)'), out);
      assert.ok(!/\berror\b|\bwarning\b/.test(out));
    });

    it('Russian plurals by last digits (1 / 2–4 / 5–20, 11–14 special)', () => {
      assert.equal(summaryText('ru', 1, 0, 21), '22 проблемы (1 ошибка, 0 предупреждений, 21 сообщение)');
      assert.equal(summaryText('ru', 11, 12, 14), '37 проблем (11 ошибок, 12 предупреждений, 14 сообщений)');
      assert.equal(summaryText('ru', 2, 3, 4), '9 проблем (2 ошибки, 3 предупреждения, 4 сообщения)');
      assert.equal(summaryText('ru', 101, 0, 0), '101 проблема (101 ошибка, 0 предупреждений, 0 сообщений)');
      assert.equal(summaryText('en', 1, 0, 0), '1 problem (1 error, 0 warnings, 0 infos)');
      assert.equal(summaryText('kk', 2, 3, 1), '6 мәселе (2 қате, 3 ескерту, 1 ақпарат)');
    });

    it('speaks Kazakh', () => {
      const out = stylish(results(), opts({ lang: 'kk' }));
      assert.match(out, /  1:1  +қате  +Міндетті өріс жоқ: «owner»  +missing-required/);
      assert.match(out, /  4:1  +ескерту  +Белгісіз кілт: «stepz»/);
      assert.match(out, /  2:11 +ақпарат  +Мерзімді/);
      assert.ok(out.trimEnd().endsWith('✖ 5 мәселе (2 қате, 2 ескерту, 1 ақпарат)'), out);
    });

    it('colours when asked, and the colours are the only difference', () => {
      const plain = stylish(results(), opts());
      const coloured = stylish(results(), opts({ color: true }));
      assert.notEqual(coloured, plain);
      assert.ok(coloured.includes('\x1b[4mexamples/a.yaml'), 'underlined path');
      assert.match(coloured, /\x1b\[31merror/);
      assert.match(coloured, /\x1b\[33mwarning/);
      assert.match(coloured, /\x1b\[36minfo/);
      assert.equal(coloured.replace(ANSI, ''), plain);
    });

    it('prints nothing when there are no problems', () => {
      assert.equal(stylish([{ file: 'a.yaml', absPath: '/a.yaml', diagnostics: [] }], opts()), '');
      assert.equal(stylish([], opts({ color: true })), '');
    });
  });

  describe('json', () => {
    it('lists every finding with 1-based positions, in file order then position order', () => {
      const out = json(results(), opts({ lang: 'kk' }));
      assert.ok(out.startsWith('[\n  {\n    "file"'), 'pretty-printed with two spaces');
      const data = JSON.parse(out);
      assert.equal(data.length, 5);
      assert.deepEqual(data[0], {
        file: 'examples/a.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 5,
        severity: 'error',
        code: 'missing-required',
        message: 'Міндетті өріс жоқ: «owner»',
      });
      assert.deepEqual(data[1], {
        file: 'examples/a.yaml',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 16,
        severity: 'info',
        code: 'style-hint',
        message: 'Мерзімді жұмыс күндерімен жазыңыз',
      });
      assert.deepEqual(
        data.map((d: { file: string; code: string }) => [d.file, d.code]),
        [
          ['examples/a.yaml', 'missing-required'],
          ['examples/a.yaml', 'style-hint'],
          ['examples/a.yaml', 'bad-format'],
          ['examples/a.yaml', 'unknown-key'],
          ['examples/sub dir/b,c.yaml', 'orphan-code'],
        ],
      );
      assert.equal(JSON.parse(json(results(), opts({ lang: 'en' })))[2].message, TRICKY_EN);
      assert.equal(json([], opts()), '[]\n');
    });
  });

  describe('sarif', () => {
    const log = (): SarifLog => JSON.parse(sarif(results(), opts()));

    it('has the SARIF 2.1.0 envelope and one rule per RuleInfo', () => {
      const l = log();
      assert.equal(l.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(l.version, '2.1.0');
      assert.equal(l.runs.length, 1);
      const driver = l.runs[0].tool.driver;
      assert.equal(driver.name, 'service-standard');
      assert.equal(driver.version, '1.2.3');
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepEqual(driver.rules.slice(0, 4), [
        { id: 'bad-format', name: 'BadFormat', shortDescription: { text: 'Bad format' }, helpUri: 'https://example.test/rules/bad-format', defaultConfiguration: { level: 'error' } },
        { id: 'missing-required', name: 'MissingRequired', shortDescription: { text: 'Required field' }, helpUri: 'https://example.test/rules/missing-required', defaultConfiguration: { level: 'error' } },
        { id: 'style-hint', name: 'StyleHint', shortDescription: { text: 'Style hint' }, helpUri: 'https://example.test/rules/style-hint', defaultConfiguration: { level: 'note' } },
        { id: 'unknown-key', name: 'UnknownKey', shortDescription: { text: 'Unknown key' }, helpUri: 'https://example.test/rules/unknown-key', defaultConfiguration: { level: 'warning' } },
      ]);
      // A code without RuleInfo gets a descriptor after the known ones.
      assert.equal(driver.rules.length, 5);
      assert.equal(driver.rules[4].id, 'orphan-code');
      // Titles follow the language.
      const ru: SarifLog = JSON.parse(sarif(results(), opts({ lang: 'ru' })));
      assert.equal(ru.runs[0].tool.driver.rules[0].shortDescription.text, 'Неверный формат');
    });

    it('results point at the right rule, with levels, regions and messages', () => {
      const run = log().runs[0];
      assert.deepEqual(
        run.results.map((r) => [r.ruleId, r.ruleIndex, r.level]),
        [
          ['missing-required', 1, 'error'],
          ['style-hint', 2, 'note'],
          ['bad-format', 0, 'error'],
          ['unknown-key', 3, 'warning'],
          ['orphan-code', 4, 'warning'],
        ],
      );
      for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const bad = run.results[2];
      assert.equal(bad.message.text, TRICKY_EN);
      assert.deepEqual(bad.locations, [
        {
          physicalLocation: {
            artifactLocation: { uri: 'examples/a.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 9 },
          },
        },
      ]);
      assert.deepEqual(bad.relatedLocations, [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'examples/a.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 },
          },
          message: { text: 'declared here' },
        },
      ]);
      assert.equal(run.results[0].relatedLocations, undefined);
      assert.equal(run.columnKind, 'utf16CodeUnits');
    });

    it('uses relative URIs against %SRCROOT%, which resolves to the files on disk', () => {
      const run = log().runs[0];
      const root = run.originalUriBaseIds['%SRCROOT%'].uri;
      assert.equal(root, pathToFileURL('/proj/').href);
      const orphan = run.results[4].locations[0].physicalLocation.artifactLocation;
      assert.equal(orphan.uri, 'examples/sub%20dir/b,c.yaml');
      assert.equal(fileURLToPath(new URL(orphan.uri, root)), '/proj/examples/sub dir/b,c.yaml');
      assert.equal(toUri('a:b/100% #1?.yaml'), 'a%3Ab/100%25%20%231%3F.yaml');
      assert.equal(toUri('dir\\қызмет.yaml'), 'dir/%D2%9B%D1%8B%D0%B7%D0%BC%D0%B5%D1%82.yaml');
    });

    it('fingerprints are stable across calls and line moves, and distinct per finding', () => {
      const fp = (l: SarifLog) => l.runs[0].results.map((r) => r.partialFingerprints['serviceStandard/v1']);
      const first = fp(log());
      assert.equal(first.length, 5);
      for (const f of first) assert.match(f, /^[0-9a-f]{32}:\d+$/);
      assert.deepEqual(fp(log()), first);
      assert.equal(new Set(first).size, first.length);
      // Same findings two lines further down (a comment added on top): same fingerprints.
      const shifted = results();
      shifted[0] = { ...shifted[0], source: '# a\n# b\n' + SOURCE_A, diagnostics: diagnosticsA(2) };
      assert.deepEqual(fp(JSON.parse(sarif(shifted, opts({ lang: 'kk' })))), first);
      // A different line text is a different finding.
      const edited = results();
      edited[0] = { ...edited[0], source: SOURCE_A.replace('fee: 50%', 'fee: 60%') };
      const after = fp(JSON.parse(sarif(edited, opts())));
      assert.notEqual(after[2], first[2]);
      assert.equal(after[0], first[0]);
    });

    it('the lines the CLI keeps instead of the source give the same fingerprints', () => {
      const fp = (l: SarifLog) => l.runs[0].results.map((r) => r.partialFingerprints['serviceStandard/v1']);
      const kept = results().map(({ source, ...r }) => {
        const lines = source!.split('\n');
        return { ...r, lines: Object.fromEntries(r.diagnostics.map((d) => [d.range.start.line, lines[d.range.start.line]])) };
      });
      assert.deepEqual(fp(JSON.parse(sarif(kept, opts()))), fp(log()));
    });
  });

  describe('github', () => {
    it('escapes properties and data as GitHub does', () => {
      assert.equal(escapeProperty('a:b,c%d\r\ne'), 'a%3Ab%2Cc%25d%0D%0Ae');
      assert.equal(escapeData('a:b,c%d\r\ne'), 'a:b,c%25d%0D%0Ae');
    });

    it('prints one workflow command per finding', () => {
      const out = github(results(), opts());
      assert.equal(
        out,
        [
          '::error file=examples/a.yaml,line=1,col=1,endLine=1,endColumn=5,title=missing-required::Missing required field "owner"',
          '::notice file=examples/a.yaml,line=2,col=11,endLine=2,endColumn=16,title=style-hint::Write the deadline in working days',
          '::error file=examples/a.yaml,line=3,col=6,endLine=3,endColumn=9,title=bad-format::Fee 50%25, expected: a number%0Ain tenge',
          '::warning file=examples/a.yaml,line=4,col=1,endLine=4,endColumn=6,title=unknown-key::Unknown key: "stepz"',
          '::warning file=examples/sub dir/b%2Cc.yaml,line=2,col=1,endLine=2,endColumn=2,title=orphan-code::Orphan code',
          '',
        ].join('\n'),
      );
      const kk = github(results(), opts({ lang: 'kk' })).split('\n');
      assert.equal(kk[2], '::error file=examples/a.yaml,line=3,col=6,endLine=3,endColumn=9,title=bad-format::Төлем 50%25, күтілді: сан%0Aтеңгемен');
      assert.equal(github([], opts()), '');
    });
  });
});
