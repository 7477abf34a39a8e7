/** The CLI's formatters for machines: `json`, `sarif` (code scanning) and `github` (workflow commands). */
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { github, escapeProperty, escapeData } from '../server/src/cli/format/github';
import { json } from '../server/src/cli/format/json';
import { sarif, toUri, type SarifLog } from '../server/src/cli/format/sarif';
import { diagnosticsA, opts, results, SOURCE_A, TRICKY_EN } from './cli-format-fixtures';

describe('cli formatters', () => {
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
