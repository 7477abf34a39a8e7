/** The CLI's formatters for people: the index and `stylish` (aligned, in three languages, coloured when asked). */
import assert from 'node:assert/strict';
import { formatters } from '../server/src/cli/format/index';
import { github } from '../server/src/cli/format/github';
import { json } from '../server/src/cli/format/json';
import { sarif } from '../server/src/cli/format/sarif';
import { stylish, summaryText } from '../server/src/cli/format/stylish';
import { ANSI, diag, L, opts, results } from './cli-format-fixtures';

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

});
