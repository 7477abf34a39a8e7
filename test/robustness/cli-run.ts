/** Running the built CLI on temporary folders, with its time and peak memory. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

/** The built CLI (`SS_CLI` points at another build, to compare). */
export const CLI = process.env.SS_CLI ?? join(ROOT, 'dist/cli.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
  /** Peak resident memory of the CLI process, in MB. */
  rssMb: number;
}

export function tmp(prefix = 'ss-files-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A preload that writes the process's peak RSS (KB) to the file named by SS_RSS_FILE on exit. */
function rssProbe(): string {
  const probe = join(tmpdir(), 'ss-rss-probe.cjs');
  writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.SS_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  return probe;
}

/** Runs `service-standard ARGS` in `cwd`, killed after `timeout` ms (a hang shows as signal SIGKILL). */
export function cli(args: string[], cwd: string, timeout = 30_000, options: SpawnSyncOptions & { extraEnv?: NodeJS.ProcessEnv } = {}): Run {
  const { extraEnv, ...spawnOptions } = options;
  const rssFile = join(tmp('ss-rss-'), 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', rssProbe(), CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', SS_RSS_FILE: rssFile, ...extraEnv },
    ...spawnOptions,
  });
  const ms = performance.now() - t0;
  let rssMb = NaN;
  try {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // Killed before it could say.
  }
  return { code: r.status, signal: r.signal, out: String(r.stdout ?? ''), err: String(r.stderr ?? ''), ms, rssMb };
}

/** Standard error as lines, without the empty last one. */
export function errLines(r: Run): string[] {
  return r.err.split('\n').filter(Boolean);
}

/** No Node stack trace or internal error reached the user. */
export function noTrace(r: Run): void {
  if (/\n\s+at |node:internal|internal error|Error: /.test(r.err)) throw new Error(`a trace reached the user:\n${r.err.slice(0, 800)}`);
}
