/** `service-standard lint`: the same diagnostics as the editor, for CI and reviewers. */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LineCounter } from 'yaml';
import { relative, sep } from 'node:path';
import { analyze, tooLargeReport } from '../core/engine';
import { docsUrl, toolVersion } from '../core/docs';
import { rangeOf } from '../core/parse/parse';
import { rules } from '../core/rules';
import { checkWorkspace, codeSite, type CodeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Diagnostic, Lang, Range } from '../core/types';
import type { Config, ConfigProblem } from '../core/config/config';
import { ConfigCache } from '../node/config-file';
import { collectFiles } from '../node/files';
import { readStandardSync } from '../node/read';
import { nodeSpellers } from '../node/spell/speller';
import { applyBaseline } from './baseline';
import { LintCache } from './cache';
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
  /** Baseline file: recorded on the first run, its findings hidden on later ones. */
  baseline?: string;
  /** Cache file (`--cache`): unchanged files are not linted again. */
  cache?: string;
}

export interface LintOutcome {
  output: string;
  /** One line per file or argument that could not be linted. */
  problems: string[];
  results: FileResult[];
  /** Every file the run read (standards and configs): the report is never written over one. */
  inputs: string[];
  exitCode: 0 | 1 | 2;
}

export function ruleInfos(): RuleInfo[] {
  return rules.map((r) => ({ code: r.code, title: r.title, defaultSeverity: r.defaultSeverity, docsUrl: docsUrl(r.code) }));
}

/** Where a file's service code is written, with its range and line (the report needs no more of the file). */
export interface SiteAt extends CodeSite {
  range: Range;
  line: string;
}

/** What linting one file gives: its result and service code, or one line saying why it could not be linted. */
export interface FileOutcome {
  result?: FileResult;
  site?: SiteAt;
  problem?: string;
}

export interface FileJob {
  abs: string;
  shown: string;
}

/** The text of the lines the findings start on (all a report quotes from the file). */
function findingLines(source: string, lines: LineCounter, diagnostics: Diagnostic[], extra: number[]): Record<number, string> {
  const out: Record<number, string> = {};
  for (const line of [...diagnostics.map((d) => d.range.start.line), ...extra]) {
    if (line in out) continue;
    const start = lines.lineStarts[line] ?? source.length;
    const end = lines.lineStarts[line + 1] ?? source.length;
    out[line] = source.slice(start, Math.min(end, start + MAX_LINE)).replace(/\r?\n$|\r$/, '');
  }
  return out;
}

/** At most this much of a line is kept for the report. */
const MAX_LINE = 500;

/** Reads and analyses one file (in the main thread or a worker); the source is not kept. */
export function lintFile(job: FileJob, configs: ConfigCache, now?: Date): FileOutcome {
  const { config } = configs.forFile(job.abs);
  const read = readStandardSync(job.abs);
  if ('error' in read) return { problem: `${job.shown}: ${read.error}` };
  if ('tooLarge' in read) {
    const r = tooLargeReport(read.tooLarge, 'bytes');
    const d: Diagnostic = { code: 'syntax', severity: 'error', message: r.message, offset: r.offset, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    return { result: { file: job.shown, absPath: job.abs, diagnostics: config.rules.syntax === 'off' ? [] : [d] } };
  }
  const analysis = analyze(read.text, { config, now, speller: nodeSpellers(), oneShot: true });
  const code = codeSite(job.shown, analysis.model);
  const lines = analysis.parsed.lines;
  const siteRange = code && rangeOf(lines, code.offset[0], code.offset[1]);
  const kept = findingLines(read.text, lines, analysis.diagnostics, siteRange ? [siteRange.start.line] : []);
  // A copy: the strings kept (lines, messages quoting the text) would otherwise be slices that hold the whole source.
  return structuredClone({
    result: { file: job.shown, absPath: job.abs, lines: kept, diagnostics: analysis.diagnostics.map(({ fixes: _f, ...d }) => d) },
    site: code && siteRange && { ...code, range: siteRange, line: kept[siteRange.start.line] },
  });
}

/** Below this many files one thread is quicker than starting workers. */
const PARALLEL_FROM = 200;

/**
 * A worker's young generation: each file's parse and model die young, and with V8's default
 * (16 MB semi-spaces) a file's objects are often still alive at a scavenge and copied; at 64 MB a
 * worker spends a quarter less in the garbage collector on 500 standards of 300 lines (about 460
 * instead of 600-750 ms), for some 15 MB more at the peak.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

/** Lints the jobs on every core: each worker takes every n-th file; the outcomes come back in order. */
async function lintAll(jobs: FileJob[], configs: ConfigCache, now?: Date, wanted?: number): Promise<FileOutcome[]> {
  const threads = Math.min(wanted ?? availableParallelism(), 8, Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads < 2 || !workerScript()) return jobs.map((j) => lintFile(j, configs, now));
  const outcomes: FileOutcome[] = new Array(jobs.length);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const indices = jobs.map((_, i) => i).filter((i) => i % threads === t);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript()!, { resourceLimits: WORKER_LIMITS, workerData: { kind: LINT_WORKER, jobs: indices.map((i) => jobs[i]), now: now?.toISOString() } });
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
  const { files, problems, notices } = collectFiles(o.paths, o.cwd, (file, dir) => configs.isIgnored(file, dir));
  const results: FileResult[] = [];
  const sites: SiteAt[] = [];
  const ruleSettings = new Map<string, Config['rules']>();
  let lang = o.lang;
  const jobs = files.map((abs) => ({ abs, shown: relative(o.cwd, abs).split(sep).join('/') || abs }));
  const configsSeen = new Set<string>();
  for (const job of jobs) {
    const { config, problems: configProblems, path: configPath } = configs.forFile(job.abs);
    if (configPath && !configsSeen.has(configPath)) {
      configsSeen.add(configPath);
      problems.push(...configLines(configPath, configProblems));
    }
    lang ??= config.language;
    ruleSettings.set(job.shown, config.rules);
  }
  const cache = o.cache ? new LintCache(o.cache) : undefined;
  const linting = (js: FileJob[]) => lintAll(js, configs, o.now, o.threads);
  const outcomes = cache ? await cache.lint(jobs, linting, (j) => configs.forFile(j.abs).config, o.now) : await linting(jobs);
  if (cache) notices.push(...cacheNotices(cache));
  for (const out of outcomes) {
    if (out.problem) problems.push(out.problem);
    if (!out.result) continue;
    results.push(out.result);
    if (out.site) sites.push(out.site);
  }
  addWorkspaceFindings(results, sites, ruleSettings);
  if (o.baseline) notices.push(applyBaseline(o.baseline, results));
  const language: Lang = lang ?? 'en';
  const output = formatters[o.format](results, { lang: language, color: o.color, rules: ruleInfos(), toolVersion });
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  const tooMany = o.maxWarnings !== undefined && warnings > o.maxWarnings;
  const exitCode = problems.length > 0 || results.length === 0 ? 2 : errors > 0 || tooMany ? 1 : 0;
  if (results.length === 0 && problems.length === 0) problems.push('no standards to lint');
  if (tooMany) problems.push(`too many warnings: ${warnings} (--max-warnings ${o.maxWarnings})`);
  return { output, problems: [...notices, ...problems], results, inputs: [...files, ...configsSeen, ...(cache ? [cache.path] : [])], exitCode };
}

/** Writes the cache; its lines for stderr, with the counts when `SERVICE_STANDARD_DEBUG_CACHE=1`. */
function cacheNotices(cache: LintCache): string[] {
  cache.save();
  const { analysed, cached, hashed } = cache.counts;
  const debug = process.env.SERVICE_STANDARD_DEBUG_CACHE === '1' ? [`cache: ${analysed} analysed, ${cached} from cache, ${hashed} hashed`] : [];
  return [...cache.notices, ...debug];
}

/** At most this many lines about one config file. */
const CONFIG_LINES = 10;

function configLines(path: string, problems: ConfigProblem[]): string[] {
  const lines = problems.slice(0, CONFIG_LINES).map((p) => `${path}: ${p.message.en}`);
  if (problems.length > CONFIG_LINES) lines.push(`${path}: ${problems.length - CONFIG_LINES} more problems in this file`);
  return lines;
}

function addWorkspaceFindings(results: FileResult[], sites: SiteAt[], settings: Map<string, Config['rules']>): void {
  const byFile = new Map(results.map((r) => [r.file, r]));
  const siteOf = new Map(sites.map((s) => [s.uri, s]));
  for (const f of checkWorkspace(sites, { setting: (uri, code) => settings.get(uri)?.[code] })) {
    const r = byFile.get(f.uri);
    const own = siteOf.get(f.uri);
    if (!r || !own) continue;
    r.diagnostics.push({
      code: f.code,
      severity: f.severity,
      message: f.message,
      offset: f.offset,
      range: own.range,
      related: f.related.map((x) => ({ file: x.uri, offset: x.offset, message: x.message, range: siteOf.get(x.uri)!.range })),
    });
    r.lines = { ...r.lines, [own.range.start.line]: own.line };
    r.diagnostics.sort((a, b) => a.offset[0] - b.offset[0]);
  }
}
