/** What a team wires into CI: GitLab Code Quality output and a baseline for legacy findings. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist/cli.js');
const BROKEN = join(ROOT, 'examples/broken/mistakes.standard.yaml');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ss-team-'));
  copyFileSync(BROKEN, join(dir, 'x.standard.yaml'));
  return dir;
}

describe('CLI for teams', function () {
  this.timeout(60000);

  it('--format gitlab writes GitLab Code Quality with stable, unique fingerprints', () => {
    const dir = workdir();
    const first = JSON.parse(run(['lint', '.', '--format', 'gitlab'], dir).out);
    assert.ok(first.length >= 10);
    for (const f of first) {
      assert.deepEqual(Object.keys(f).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
      assert.equal(f.location.path, 'x.standard.yaml');
      assert.ok(Number.isInteger(f.location.lines.begin) && f.location.lines.begin >= 1);
      assert.ok(['info', 'minor', 'major'].includes(f.severity));
    }
    assert.equal(new Set(first.map((f: { fingerprint: string }) => f.fingerprint)).size, first.length, 'unique');
    // A line added at the top moves every finding down but keeps its fingerprint.
    writeFileSync(join(dir, 'x.standard.yaml'), `# a note\n${readFileSync(join(dir, 'x.standard.yaml'), 'utf8')}`);
    const moved = JSON.parse(run(['lint', '.', '--format', 'gitlab'], dir).out);
    assert.deepEqual(moved.map((f: { fingerprint: string }) => f.fingerprint).sort(), first.map((f: { fingerprint: string }) => f.fingerprint).sort());
  });

  it('--baseline records today\'s findings, then reports only new ones', () => {
    const dir = workdir();
    const rec = run(['lint', '.', '--baseline', 'baseline.json'], dir);
    assert.equal(rec.code, 0, rec.out + rec.err);
    assert.match(rec.err, /recorded \d+ finding\(s\) in baseline\.json/);
    assert.equal(run(['lint', '.', '--baseline', 'baseline.json'], dir).code, 0, 'nothing new');
    writeFileSync(join(dir, 'x.standard.yaml'), readFileSync(join(dir, 'x.standard.yaml'), 'utf8').replace(/max-wait: .*/, 'max-wait: 30 minits'));
    const r = run(['lint', '.', '--baseline', 'baseline.json', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const rows = JSON.parse(r.out);
    assert.equal(rows.length, 1, r.out);
    assert.match(rows[0].message, /minits/);
    writeFileSync(join(dir, 'bad.json'), '{"kind": "something else"}');
    const bad = run(['lint', '.', '--baseline', 'bad.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^service-standard: bad\.json: not a service-standard baseline/m);
  });
});

describe('GitHub Action and pre-commit hook', function () {
  this.timeout(120000);
  const yaml = (f: string) => require('yaml').parse(readFileSync(join(ROOT, f), 'utf8'));

  it('action.yml lints with annotations, keeps the exit status, and writes SARIF when asked', () => {
    const action = yaml('action.yml');
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.runs.steps.some((s: { run?: string }) => s.run?.includes('scripts/action-lint.sh')));
    const dir = workdir();
    const env = { ...process.env, GITHUB_ACTION_PATH: ROOT, SS_PATHS: 'x.standard.yaml', SS_LANG: 'ru', SS_SARIF: 'out.sarif', SS_MAX_WARNINGS: '', SS_BASELINE: '' };
    const r = spawnSync('bash', [join(ROOT, 'scripts/action-lint.sh')], { cwd: dir, env, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=x\.standard\.yaml,line=\d+/m);
    assert.equal(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version, '2.1.0');
    const injected = spawnSync('bash', [join(ROOT, 'scripts/action-lint.sh')], { cwd: dir, env: { ...env, SS_LANG: 'ru; touch pwned', SS_SARIF: '' }, encoding: 'utf8' });
    assert.equal(injected.status, 2, 'an input is a value, never shell code');
    assert.ok(!require('node:fs').existsSync(join(dir, 'pwned')));
  });

  it('.pre-commit-hooks.yaml runs the CLI on staged standards, and the package ships it', () => {
    const [hook] = yaml('.pre-commit-hooks.yaml');
    assert.equal(hook.entry, 'service-standard lint');
    assert.equal(hook.language, 'node');
    assert.ok(new RegExp(hook.files).test('a/b.standard.yaml') && !new RegExp(hook.files).test('a.yaml'));
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const files = JSON.parse(pack.stdout)[0].files.map((f: { path: string }) => f.path);
    assert.ok(files.includes('dist/cli.js'), 'the built CLI is in the package');
    assert.ok(!files.some((f: string) => f.startsWith('node_modules/') || f.startsWith('.cache/')));
  });
});

describe('lint --fix', function () {
  this.timeout(60000);

  it('--fix-dry-run prints the safe fixes as a diff and leaves the file as it was', () => {
    const dir = workdir();
    const before = readFileSync(join(dir, 'x.standard.yaml'), 'utf8');
    const r = run(['lint', 'x.standard.yaml', '--fix-dry-run'], dir);
    assert.match(r.out, /^--- a\/x\.standard\.yaml\n\+\+\+ b\/x\.standard\.yaml$/m);
    assert.match(r.out, /^-.*K\. Məcimov/m);
    assert.match(r.out, /^\+.*K\. Мәсімов/m);
    assert.match(r.err, /would fix \d+ problem\(s\) in x\.standard\.yaml/);
    assert.equal(readFileSync(join(dir, 'x.standard.yaml'), 'utf8'), before);
  });

  it('--fix writes the fixes (keeping the file mode), reports what remains, and a second run changes nothing', () => {
    const dir = workdir();
    const file = join(dir, 'x.standard.yaml');
    require('node:fs').chmodSync(file, 0o640);
    const first = run(['lint', 'x.standard.yaml', '--fix', '--format', 'json'], dir);
    assert.match(first.err, /fixed \d+ problem\(s\) in x\.standard\.yaml/);
    assert.equal(first.code, 1, 'errors without a safe fix remain');
    assert.ok(JSON.parse(first.out).length > 5);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /K\. Мәсімов/);
    assert.equal(require('node:fs').statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(require('node:fs').readdirSync(dir).filter((f: string) => f.endsWith('.tmp')), []);
    const second = run(['lint', 'x.standard.yaml', '--fix'], dir);
    assert.ok(!/fixed/.test(second.err), second.err);
    assert.equal(readFileSync(file, 'utf8'), fixed, 'idempotent');
  });
});
