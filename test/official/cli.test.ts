/** `render`, `diff` and `import` as a user runs them (the built dist/cli.js). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist/cli.js');
const EXAMPLE = join(ROOT, 'examples/address-certificate.standard.yaml');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'ss-official-'));

describe('CLI: render, diff, import', function () {
  this.timeout(60000);

  it('render writes Word, text and HTML from the file name, in the first declared language', () => {
    const dir = tmp();
    for (const ext of ['docx', 'txt', 'html']) assert.equal(run(['render', EXAMPLE, '-o', join(dir, `x.${ext}`)]).code, 0);
    assert.equal(readFileSync(join(dir, 'x.docx')).subarray(0, 2).toString(), 'PK', 'a Word file is a zip');
    assert.match(readFileSync(join(dir, 'x.txt'), 'utf8'), /^1\. Мемлекеттік қызметті /m);
    assert.match(readFileSync(join(dir, 'x.html'), 'utf8'), /<article class="official" lang="kk">/);
    assert.match(run(['render', EXAMPLE, '--format', 'txt', '--lang', 'ru']).out, /^7\. Сроки оказания государственной услуги:$/m);
    assert.match(run(['render', EXAMPLE, '--view', 'data']).out, /class="standard"/, 'the data view stays');
  });

  it('render refuses bad options and a file that is not YAML with one line and exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.standard.yaml'), 'edition: kz-2010\nservice: {name: [\n');
    for (const args of [['render', join(dir, 'bad.standard.yaml')], ['render', EXAMPLE, '--format', 'pdf'], ['render', EXAMPLE, '--lang', 'de']]) {
      const r = run(args);
      assert.equal(r.code, 2, r.err);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /^service-standard: /);
    }
  });

  it('diff of identical files is [] and exit 0; the amending text names the clause', () => {
    assert.equal(run(['diff', EXAMPLE, EXAMPLE, '--format', 'json']).out.trim(), '[]');
    const dir = tmp();
    const next = join(dir, 'next.standard.yaml');
    writeFileSync(next, readFileSync(EXAMPLE, 'utf8').replace('max-wait: 30 minutes', 'max-wait: 20 minutes'));
    const json = JSON.parse(run(['diff', EXAMPLE, next, '--format', 'json']).out);
    assert.deepEqual(json, [{ clause: 7, path: 'general.deadlines.max-wait', change: 'changed', old: '30 minutes', new: '20 minutes' }]);
    assert.match(run(['diff', EXAMPLE, next, '--format', 'amendment', '--lang', 'ru']).out, /^1\) в подпункте 2\) пункта 7 слова «30 минут» заменить словами «20 минут»\.$/m);
    assert.match(run(['diff', EXAMPLE, next, '--format', 'markdown', '--lang', 'ru']).out, /^\*\*Пункт 7 \(Сроки оказания услуги\)\*\*$/m);
  });

  it('diff reads the old version from git as REV:path', () => {
    const dir = tmp();
    const git = (...a: string[]) => spawnSync('git', ['-C', dir, '-c', 'user.email=t@example.kz', '-c', 'user.name=t', ...a], { encoding: 'utf8' });
    git('init', '-q');
    copyFileSync(EXAMPLE, join(dir, 'x.standard.yaml'));
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(join(dir, 'x.standard.yaml'), readFileSync(EXAMPLE, 'utf8').replace('form: partially-automated', 'form: fully-automated'));
    const r = run(['diff', 'HEAD:x.standard.yaml', 'x.standard.yaml', '--format', 'amendment', '--lang', 'ru'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /в пункте 2 слова «частично автоматизированная» заменить словами «полностью автоматизированная»\./);
    const missing = run(['diff', 'HEAD:nope.standard.yaml', 'x.standard.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^service-standard: HEAD:nope\.standard\.yaml: /);
  });

  it('import turns the Word output back into a file that lints, and refuses to overwrite', () => {
    const dir = tmp();
    const docx = join(dir, 'x.docx');
    const out = join(dir, 'x.standard.yaml');
    assert.equal(run(['render', EXAMPLE, '-o', docx]).code, 0);
    const r = run(['import', docx, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /26 clauses, \d+ values \(kk\)/);
    const lint = run(['lint', out, '--format', 'json']);
    assert.deepEqual(JSON.parse(lint.out).filter((d: { severity: string }) => d.severity === 'error'), []);
    assert.equal(run(['import', docx, '-o', out]).code, 2, 'an existing file is not overwritten without --force');
    assert.equal(run(['import', docx, '-o', out, '--force']).code, 0);
  });

  it('import merges the other language by position', () => {
    const dir = tmp();
    for (const lang of ['kk', 'ru']) assert.equal(run(['render', EXAMPLE, '--lang', lang, '-o', join(dir, `${lang}.txt`)]).code, 0);
    assert.equal(run(['import', join(dir, 'kk.txt'), '-o', join(dir, 'x.standard.yaml')]).code, 0);
    const r = run(['import', join(dir, 'ru.txt'), '-o', join(dir, 'x.standard.yaml'), '--merge', join(dir, 'x.standard.yaml'), '--force']);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(join(dir, 'x.standard.yaml'), 'utf8');
    assert.match(text, /languages:\n  - kk\n  - ru/);
    assert.match(text, /kk: Тұрақты тіркелген жері бойынша мекенжай анықтамасын беру\n\s+ru: Выдача адресной справки с места постоянной регистрации/);
    assert.equal(run(['lint', join(dir, 'x.standard.yaml')]).code, 0);
  });

  it('import of what is not a standard is one line, exit 2 and nothing written', () => {
    const dir = tmp();
    const cases: [string, string | Buffer, RegExp][] = [
      ['letter.txt', 'Уважаемый коллега!\nНаправляем вам письмо о встрече.\n', /not a public service standard/],
      ['noise.docx', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), /not a Word document/],
      ['broken.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 1)]), /not a readable Word document/],
      ['sheet.txt', 'a\tb\tc\n1\t2\t3\n', /not a public service standard/],
    ];
    for (const [name, content, reason] of cases) {
      writeFileSync(join(dir, name), content);
      const out = join(dir, `${name}.standard.yaml`);
      const r = run(['import', join(dir, name), '-o', out]);
      assert.equal(r.code, 2, name);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, reason);
      assert.ok(!existsSync(out), `${name}: nothing written`);
    }
  });
});
