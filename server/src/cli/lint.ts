/** `service-standard lint`: the same diagnostics as the editor, for CI and reviewers. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LineCounter } from 'yaml';
import { relative, sep } from 'node:path';
import { analyze } from '../core/engine';
import { docsUrl, toolVersion } from '../core/docs';
import { linesOf, rangeOf } from '../core/parse/parse';
import { rules } from '../core/rules';
import { checkWorkspace, codeSite, type CodeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Lang, SeveritySetting } from '../core/types';
import { ConfigCache } from '../node/config-file';
import { collectFiles, decodeText } from '../node/files';
import { formatters, type FormatName } from './format';
import type { FileResult, RuleInfo } from './format/types';

export interface LintOptions {
  paths: string[];
  format: FormatName;
  lang?: Lang;
  maxWarnings?: number;
  color: boolean;
  cwd: string;
  now?: Date;
  /** Worker threads for large runs (default: one per core, up to 8; 1 = this thread only). */
  threads?: number;
}

export interface LintOutcome {
  output: string;
  /** One line per file or argument that could not be linted. */
  problems: string[];
  results: FileResult[];
  exitCode: 0 | 1 | 2;
}

export function ruleInfos(): RuleInfo[] {
  return rules.map((r) => ({ code: r.code, title: r.title, defaultSeverity: r.defaultSeverity, docsUrl: docsUrl(r.code) }));
}

/** What linting one file gives: its result and service code, or one line saying why it could not be linted. */
export interface FileOutcome {
  result?: FileResult;
  site?: CodeSite;
  problem?: string;
}

export interface FileJob {
  abs: string;
  shown: string;
}

/** Reads and analyses one file (in the main thread or a worker). */
export function lintFile(job: FileJob, configs: ConfigCache, now?: Date): FileOutcome {
  const { config } = configs.forFile(job.abs);
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.abs);
  } catch (err) {
    return { problem: `${job.shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { problem: `${job.shown}: ${decoded.error}` };
  const analysis = analyze(decoded.text, { config, now });
  return {
    result: { file: job.shown, absPath: job.abs, source: decoded.text, diagnostics: analysis.diagnostics },
    site: codeSite(job.shown, analysis.model),
  };
}

/** Below this many files one thread is quicker than starting workers. */
const PARALLEL_FROM = 200;

/** Lints the jobs on every core: each worker takes every n-th file; the outcomes come back in order. */
async function lintAll(jobs: FileJob[], configs: ConfigCache, now?: Date, wanted?: number): Promise<FileOutcome[]> {
  const threads = Math.min(wanted ?? availableParallelism(), 8, Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads < 2 || !workerScript()) return jobs.map((j) => lintFile(j, configs, now));
  const outcomes: FileOutcome[] = new Array(jobs.length);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const indices = jobs.map((_, i) => i).filter((i) => i % threads === t);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript()!, { workerData: { kind: LINT_WORKER, jobs: indices.map((i) => jobs[i]), now: now?.toISOString() } });
        worker.once('message', (list: FileOutcome[]) => {
          list.forEach((o, k) => (outcomes[indices[k]] = o));
          resolve();
        });
        worker.once('error', reject);
      });
    }),
  );
  return outcomes;
}

export const LINT_WORKER = 'service-standard/lint';

/** The bundled CLI runs as its own worker; from sources (tests) everything stays in one thread. */
function workerScript(): string | undefined {
  return __filename.endsWith('.js') ? __filename : undefined;
}

/** The worker's side: lint the files it was given and send the outcomes back. */
export function runLintWorker(): boolean {
  if (isMainThread || (workerData as { kind?: string } | null)?.kind !== LINT_WORKER) return false;
  const data = workerData as { jobs: FileJob[]; now?: string };
  const configs = new ConfigCache();
  const now = data.now ? new Date(data.now) : undefined;
  parentPort!.postMessage(data.jobs.map((j) => lintFile(j, configs, now)));
  return true;
}

export async function lint(o: LintOptions): Promise<LintOutcome> {
  const configs = new ConfigCache();
  const { files, problems } = collectFiles(o.paths, o.cwd, (file, dir) => configs.isIgnored(file, dir));
  const results: FileResult[] = [];
  const sites: CodeSite[] = [];
  const dupSetting = new Map<string, SeveritySetting | undefined>();
  const lines = new Map<string, LineCounter>();
  let lang = o.lang;
  const jobs = files.map((abs) => ({ abs, shown: relative(o.cwd, abs).split(sep).join('/') || abs }));
  for (const job of jobs) {
    const { config, problems: configProblems, path: configPath } = configs.forFile(job.abs);
    for (const p of configProblems) {
      const line = `${configPath}: ${p.message.en}`;
      if (!problems.includes(line)) problems.push(line);
    }
    lang ??= config.language;
    dupSetting.set(job.shown, config.rules['duplicate-service-code']);
  }
  for (const out of await lintAll(jobs, configs, o.now, o.threads)) {
    if (out.problem) problems.push(out.problem);
    if (!out.result) continue;
    results.push(out.result);
    if (out.site) sites.push(out.site);
    lines.set(out.result.file, linesOf(out.result.source ?? ''));
  }
  addWorkspaceFindings(results, sites, dupSetting, lines);
  const language: Lang = lang ?? 'en';
  const output = formatters[o.format](results, { lang: language, color: o.color, rules: ruleInfos(), toolVersion });
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooMany = o.maxWarnings !== undefined && warnings > o.maxWarnings;
  const exitCode = problems.length > 0 || results.length === 0 ? 2 : errors > 0 || tooMany ? 1 : 0;
  if (results.length === 0 && problems.length === 0) problems.push('no standards to lint');
  if (tooMany) problems.push(`too many warnings: ${warnings} (--max-warnings ${o.maxWarnings})`);
  return { output, problems, results, exitCode };
}

function addWorkspaceFindings(
  results: FileResult[],
  sites: CodeSite[],
  settings: Map<string, SeveritySetting | undefined>,
  lines: Map<string, LineCounter>,
): void {
  for (const f of checkWorkspace(sites)) {
    const setting = settings.get(f.uri);
    const r = results.find((x) => x.file === f.uri);
    const own = lines.get(f.uri);
    if (setting === 'off' || !r || !own) continue;
    r.diagnostics.push({
      code: 'duplicate-service-code',
      severity: setting ?? 'warning',
      message: f.message,
      offset: f.offset,
      range: rangeOf(own, f.offset[0], f.offset[1]),
      related: f.related.map((x) => ({
        file: x.uri,
        offset: x.offset,
        message: x.message,
        range: rangeOf(lines.get(x.uri)!, x.offset[0], x.offset[1]),
      })),
    });
    r.diagnostics.sort((a, b) => a.offset[0] - b.offset[0]);
  }
}
