/** The `service-standard` command line, run as a user runs it (the built dist/cli.js). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, chmodSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECT_STANDARD, ROOT, fixture, lineOf, lintText } from './helpers';

const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'ss-cli-'));
}

interface JsonRow {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

describe('CLI', () => {
  it('lint examples: exit 0 and no output', () => {
    const r = run(['lint', 'examples']);
    assert.equal(r.err, '');
    assert.equal(r.code, 0, r.out);
  });

  it('lint examples/broken --format json reports each planted mistake on its line', () => {
    const r = run(['lint', 'examples/broken', '--format', 'json']);
    assert.equal(r.code, 1);
    const rows = JSON.parse(r.out) as JsonRow[];
    const src = fixture('examples/broken/mistakes.standard.yaml').split('\n');
    const planted = src.flatMap((l, i) => {
      const m = /#\s*expect:\s*([\w-]+)\s*$/.exec(l);
      return m ? [{ line: i + 1, code: m[1] }] : [];
    });
    assert.ok(planted.length >= 12, 'a dozen planted mistakes');
    for (const p of planted) {
      assert.ok(
        rows.some((r) => r.line === p.line && r.code === p.code),
        `expected ${p.code} on line ${p.line}; got ${rows.filter((r) => r.line === p.line).map((r) => r.code).join(', ') || 'nothing'}`,
      );
    }
    assert.deepEqual(
      rows.filter((r) => !planted.some((p) => p.line === r.line && p.code === r.code)).map((r) => `${r.line} ${r.code}`),
      [],
      'nothing reported besides the planted mistakes',
    );
    const first = rows[0];
    assert.deepEqual(Object.keys(first).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
    assert.equal(first.file, 'examples/broken/mistakes.standard.yaml');
  });

  it('json positions are 1-based and match the engine', () => {
    const r = run(['lint', 'examples/broken/mistakes.standard.yaml', '--format', 'json']);
    const rows = JSON.parse(r.out) as JsonRow[];
    const diags = lintText(fixture('examples/broken/mistakes.standard.yaml'));
    assert.equal(rows.length, diags.length);
    assert.equal(rows[0].line, lineOf(diags[0]));
    assert.equal(rows[0].column, diags[0].range.start.character + 1);
  });

  it('stylish output groups by file, ends with a summary, and speaks the chosen language', () => {
    const en = run(['lint', 'examples/broken']);
    assert.match(en.out, /^examples\/broken\/mistakes\.standard\.yaml$/m);
    assert.match(en.out, /\d+ problems \(\d+ errors, \d+ warnings/);
    const ru = run(['lint', 'examples/broken', '--lang', 'ru']);
    assert.match(ru.out, /Неизвестный ключ `beneficiary-documets`/);
    const kk = run(['lint', 'examples/broken', '--lang', 'kk']);
    assert.match(kk.out, /Белгісіз кілт `beneficiary-documets`/);
  });

  it('sarif output is SARIF 2.1.0 with rules and results', () => {
    const r = run(['lint', 'examples/broken', '--format', 'sarif']);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'service-standard');
    assert.ok(run0.results.length >= 12);
    const res = run0.results[0];
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.match(run0.tool.driver.rules[res.ruleIndex].helpUri, /docs\/rules\/[\w-]+\.md$/);
  });

  it('github output writes workflow annotations', () => {
    const r = run(['lint', 'examples/broken', '--format', 'github']);
    assert.match(r.out, /^::error file=examples\/broken\/mistakes\.standard\.yaml,line=\d+,col=\d+/m);
    assert.match(r.out, /^::warning file=/m);
  });

  it('--max-warnings: warnings alone exit 0, over the limit exit 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.standard.yaml'), DIALECT_STANDARD.replace(/(max-service: )\S+ \S+/, '$19 hours'));
    assert.equal(run(['lint', '.'], dir).code, 0);
    const over = run(['lint', '.', '--max-warnings', '0'], dir);
    assert.equal(over.code, 1);
    assert.match(over.err, /too many warnings/);
  });

  it('the config file sets severities and the language, found by walking up', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'standards', 'health'), { recursive: true });
    writeFileSync(join(dir, '.service-standard.yaml'), 'language: ru\nrules:\n  on-the-spot-time: error\n');
    writeFileSync(join(dir, 'standards', 'health', 'a.standard.yaml'), DIALECT_STANDARD.replace(/(max-service: )\S+ \S+/, '$19 hours'));
    const r = run(['lint', 'standards', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const rows = JSON.parse(r.out) as JsonRow[];
    assert.equal(rows[0].code, 'on-the-spot-time');
    assert.equal(rows[0].severity, 'error');
    assert.match(rows[0].message, /слишком долго/);
  });

  it('usage errors and missing files: exit 2 with one line and no stack trace', () => {
    const bad = run(['lint', 'examples', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.equal(bad.err.trim().split('\n').length, 1);
    assert.doesNotMatch(bad.err, /\n\s+at /);
    const missing = run(['lint', 'no-such-dir', 'examples']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no-such-dir: no such file or directory/);
    assert.equal(run(['frobnicate']).code, 2);
  });

  it('unreadable, binary, non-UTF-8 and empty files get one clear line each; the rest is still linted', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.standard.yaml'), DIALECT_STANDARD);
    writeFileSync(join(dir, 'binary.standard.yaml'), Buffer.from([0x65, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.standard.yaml'), Buffer.from([0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'empty.standard.yaml'), '');
    writeFileSync(join(dir, 'locked.standard.yaml'), DIALECT_STANDARD.replace(/code: .*/, 'code: "locked"'));
    chmodSync(join(dir, 'locked.standard.yaml'), 0o000);
    const r = run(['lint', '.', '--format', 'json'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /binary\.standard\.yaml: binary file/);
    assert.match(r.err, /latin1\.standard\.yaml: not valid UTF-8/);
    const rows = JSON.parse(r.out) as JsonRow[];
    assert.ok(rows.some((x) => x.file === 'empty.standard.yaml' && x.code === 'missing-required' && /empty/.test(x.message)));
    assert.ok(!rows.some((x) => x.file === 'good.standard.yaml'));
    if (process.getuid?.() !== 0) assert.match(r.err, /locked\.standard\.yaml: cannot be read/);
  });

  it('two standards with the same service.code get a warning each, pointing at the other', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.standard.yaml'), DIALECT_STANDARD);
    writeFileSync(join(dir, 'b.standard.yaml'), DIALECT_STANDARD);
    writeFileSync(join(dir, 'c.standard.yaml'), DIALECT_STANDARD.replace(/code: .*/, 'code: "other"'));
    const r = run(['lint', '.', '--format', 'json'], dir);
    assert.equal(r.code, 0, 'warnings only');
    const rows = (JSON.parse(r.out) as JsonRow[]).map((x) => `${x.file} ${x.code} ${x.severity}`);
    assert.deepEqual(rows, ['a.standard.yaml duplicate-service-code warning', 'b.standard.yaml duplicate-service-code warning']);
  });

  it('config `ignore` skips files under a linted directory, but a named directory is linted', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, '.service-standard.yaml'), 'ignore: [drafts/**]\n');
    writeFileSync(join(dir, 'a.standard.yaml'), DIALECT_STANDARD);
    writeFileSync(join(dir, 'drafts', 'b.standard.yaml'), 'edition: kz-2010\n');
    assert.equal(run(['lint', '.'], dir).code, 0);
    assert.equal(run(['lint', 'drafts'], dir).code, 1);
  });

  it('a large folder is linted on several threads with the same report as on one', function () {
    this.timeout(120_000);
    const dir = tmp();
    const broken = fixture('examples/broken/mistakes.standard.yaml');
    for (let i = 0; i < 420; i++) writeFileSync(join(dir, `s${String(i).padStart(3, '0')}.standard.yaml`), broken.replace(/code: .*/, `code: "C${i % 400}"`));
    const one = run(['lint', '.', '--format', 'json', '--threads', '1'], dir);
    const two = run(['lint', '.', '--format', 'json', '--threads', '2'], dir);
    assert.equal(two.code, one.code);
    assert.equal(two.out, one.out);
    assert.equal((JSON.parse(two.out) as JsonRow[]).filter((r) => r.code === 'duplicate-service-code').length, 40);
    assert.equal(run(['lint', '.', '--threads', '0'], dir).code, 2);
  });

  it('a directory without standards is a clear error', () => {
    const r = run(['lint', tmp()]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no \*\.standard\.yaml files/);
  });

  it('schema prints the shipped JSON Schema', () => {
    const r = run(['schema']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out), JSON.parse(readFileSync(join(ROOT, 'schemas/kz-2010.schema.json'), 'utf8')));
  });

  it('new writes a skeleton with every clause that parses and has no structural errors', () => {
    const dir = tmp();
    const r = run(['new', 'x.standard.yaml'], dir);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(join(dir, 'x.standard.yaml'), 'utf8');
    for (let n = 1; n <= 26; n++) assert.match(text, new RegExp(`# ${n}\\. `), `clause ${n} is labelled`);
    const errors = lintText(text).filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => `${d.code}: ${d.message.en}`), []);
    assert.equal(run(['new', 'x.standard.yaml'], dir).code, 2, 'refuses to overwrite');
  });

  it('render writes a complete HTML page with all 26 clauses and the appendix', () => {
    const dir = tmp();
    const out = join(dir, 'p.html');
    const r = run(['render', 'examples/address-certificate.standard.yaml', '-o', out, '--lang', 'ru']);
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(out, 'utf8');
    for (let n = 1; n <= 26; n++) assert.match(html, new RegExp(`id="clause-${n}"`));
    assert.match(html, /Content-Security-Policy/);
    for (const ref of ['1.1', '2.1', '3.1', '3.2', '4.1', '5.1']) assert.match(html, new RegExp(`data-row="${ref.replace('.', '\\.')}"`));
  });

  it('--help and --version', () => {
    assert.match(run(['--help']).out, /service-standard lint/);
    assert.match(run(['--version']).out, /^\d+\.\d+\.\d+\n$/);
  });

  describe('streams and option values: one line, never a stack trace', () => {
    /** Runs `node cli ARGS | head -c 0` in a shell: the pipe is closed before the CLI writes. */
    function piped(args: string): { status: number; err: string } {
      const dir = tmp();
      const r = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} ${args} 2>${dir}/err | head -c 0; echo \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
      return { status: Number(r.stdout.trim()), err: readFileSync(join(dir, 'err'), 'utf8') };
    }

    it('a closed pipe (`| head`) ends the output quietly, with the run\'s own exit code', () => {
      for (const [args, status] of [['rules', 0], ['schema', 0], ['--help', 0], ['lint examples/broken --format json', 1], ['lint examples/broken --format sarif', 1]] as const) {
        const r = piped(args);
        assert.equal(r.err, '', `${args}: ${r.err}`);
        assert.equal(r.status, status, args);
      }
    });

    it('a full disk: one line and exit 2, on standard output or with -o', () => {
      for (const args of [['lint', 'examples/broken'], ['schema'], ['rules'], ['render', 'examples/address-certificate.standard.yaml']]) {
        const full = openSync('/dev/full', 'w');
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        closeSync(full);
        assert.equal(r.stderr, 'service-standard: cannot write to standard output (ENOSPC)\n', args.join(' '));
        assert.equal(r.status, 2, args.join(' '));
      }
      const o = run(['lint', 'examples/broken', '-o', '/dev/full']);
      assert.equal(o.err.trim().split('\n').pop(), 'service-standard: /dev/full: cannot be written (ENOSPC)');
      assert.equal(o.code, 2);
    });

    it('every option value is checked: one line naming what is allowed, exit 2', () => {
      for (const [args, allowed] of [
        [['lint', 'examples', '--format=toString'], /--format must be one of stylish, json, sarif, github, gitlab, not "toString"/],
        [['lint', 'examples', '--format', 'constructor'], /--format must be one of stylish, json, sarif, github, gitlab/],
        [['lint', 'examples', '--max-warnings='], /--max-warnings takes a whole number, 0 or more, not ""/],
        [['lint', 'examples', '--max-warnings', '1.5'], /--max-warnings takes a whole number/],
        [['lint', 'examples', '--max-warnings', ' '], /--max-warnings takes a whole number/],
        [['lint', 'examples', '--max-warnings', '0x10'], /--max-warnings takes a whole number/],
        [['lint', 'examples', '--threads='], /--threads takes a whole number, 1 or more/],
        [['lint', 'examples', '--lang=toString'], /--lang must be kk, ru or en/],
        [['render', 'examples/address-certificate.standard.yaml', '--lang', 'de'], /--lang must be kk, ru or en/],
        [['new', '--languages', 'kk,de'], /--languages takes kk, ru and en/],
        [['schema', '--edition', 'toString'], /unknown edition "toString"; known: kz-2010/],
      ] as const) {
        const r = run([...args]);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.out, '', args.join(' '));
        assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
        assert.match(r.err, allowed);
      }
    });
  });
});
