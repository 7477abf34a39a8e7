/** The CLI on 1,000 generated standards: `lint` vs ajv-cli (YAML and JSON copies) vs the floor (node + `yaml` parse). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { P, log, ms, work } from './context';
import { generateStandard } from './generate';
import { ROOT, SCHEMA } from './servers';
import { median, round } from './stats';

export function cli() {
  log(`\nCLI: ${P.cliFiles} standards of ~300 lines ...`);
  const dir = join(work, 'cli');
  const jsonDir = join(work, 'cli-json');
  mkdirSync(dir);
  mkdirSync(jsonDir);
  let bytes = 0;
  for (let i = 0; i < P.cliFiles; i++) {
    // Quoted dates: ajv-cli reads YAML with js-yaml 3 (YAML 1.1), which turns a bare 2010-06-26 into a Date.
    const text = generateStandard({ lines: 300, seed: 2000 + i, quoteDates: true });
    bytes += Buffer.byteLength(text);
    const name = `s${String(i).padStart(4, '0')}`;
    writeFileSync(join(dir, `${name}.standard.yaml`), text);
    writeFileSync(join(jsonDir, `${name}.json`), JSON.stringify(parseDocument(text).toJS()));
  }
  const node = process.execPath;
  const ajv = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const ajvArgs = ['validate', '--spec=draft2020', '--strict=false', '--all-errors', '-c', join(__dirname, 'ajv-formats.cjs'), '-s', SCHEMA];
  const commands = {
    ours: [join(ROOT, 'dist', 'cli.js'), 'lint', dir, '--format', 'json'],
    ajvYaml: [ajv, ...ajvArgs, '-d', join(dir, '*.standard.yaml')],
    ajvJson: [ajv, ...ajvArgs, '-d', join(jsonDir, '*.json')],
    floor: [join(__dirname, 'floor-parse.cjs'), dir],
  };
  type Cmd = keyof typeof commands;
  const times: Record<Cmd, number[]> = { ours: [], ajvYaml: [], ajvJson: [], floor: [] };
  const outputs: Partial<Record<Cmd, { status: number | null; stdout: string; stderr: string }>> = {};
  const run = (k: Cmd) => {
    const t0 = performance.now();
    const r = spawnSync(node, commands[k], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times[k].push(performance.now() - t0);
    outputs[k] = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  run('floor'); // warms the page cache; not counted
  times.floor = [];
  for (let i = 0; i < P.cliRuns; i++) for (const k of Object.keys(commands) as Cmd[]) run(k);
  const ourProblems = (() => {
    try {
      return (JSON.parse(outputs.ours!.stdout) as unknown[]).length;
    } catch {
      return -1;
    }
  })();
  const validCount = (o?: { stdout: string; stderr: string }) => ((o?.stdout ?? '') + (o?.stderr ?? '')).split('\n').filter((l) => / valid$/.test(l)).length;
  const res = {
    files: P.cliFiles,
    megabytes: round(bytes / 1e6, 1),
    runs: P.cliRuns,
    oursMs: round(median(times.ours)),
    ajvYamlMs: round(median(times.ajvYaml)),
    ajvJsonMs: round(median(times.ajvJson)),
    floorMs: round(median(times.floor)),
    samples: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((x) => round(x))])),
    checks: {
      oursExit: outputs.ours?.status,
      oursProblems: ourProblems,
      ajvYamlExit: outputs.ajvYaml?.status,
      ajvYamlValid: validCount(outputs.ajvYaml),
      ajvJsonExit: outputs.ajvJson?.status,
      ajvJsonValid: validCount(outputs.ajvJson),
      floor: outputs.floor?.stdout.trim(),
    },
    commands: Object.fromEntries(Object.entries(commands).map(([k, v]) => [k, ['node', ...v].map((a) => a.replace(work, '$TMP').replace(ROOT + '/', '')).join(' ')])),
  };
  log(`  ours (service-standard lint --format json): ${ms(res.oursMs)}; exit ${res.checks.oursExit}, ${ourProblems} problems`);
  log(`  ajv-cli on the YAML files:                  ${ms(res.ajvYamlMs)}; exit ${res.checks.ajvYamlExit}, ${res.checks.ajvYamlValid}/${P.cliFiles} valid`);
  log(`  ajv-cli on the same files as JSON:          ${ms(res.ajvJsonMs)}; exit ${res.checks.ajvJsonExit}, ${res.checks.ajvJsonValid}/${P.cliFiles} valid (converted beforehand, not timed)`);
  log(`  floor (node start + yaml parse of all):     ${ms(res.floorMs)}; ${res.checks.floor}`);
  if (res.checks.oursExit !== 0 || ourProblems !== 0) throw new Error(`our CLI did not lint the corpus clean: ${outputs.ours?.stderr.slice(0, 2000)}`);
  if (res.checks.ajvYamlValid !== P.cliFiles) throw new Error(`ajv-cli did not validate the corpus: ${(outputs.ajvYaml?.stderr ?? '').slice(0, 2000)}`);
  return res;
}
