/**
 * `lint --baseline FILE`: the first run records today's findings by their fingerprints (as in SARIF);
 * later runs report only findings that are not in it, so a legacy standard can be held to "no new
 * problems". The file is JSON, meant to be committed; a foreign or corrupt one is refused.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fingerprinter } from './format/fingerprint';
import type { FileResult } from './format/types';
import { sortByPosition } from './format/json';
import { UsageError } from './output';

const KIND = 'service-standard-baseline';

interface BaselineFile {
  kind: typeof KIND;
  version: 1;
  /** Fingerprints of the recorded findings, by file (as the report shows it). */
  findings: Record<string, string[]>;
}

function read(file: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: not a readable baseline (${(err as Error).message.split('\n')[0]})`);
  }
  const b = data as BaselineFile;
  if (b?.kind !== KIND || b.version !== 1 || typeof b.findings !== 'object' || b.findings === null) {
    throw new UsageError(`${file}: not a service-standard baseline; delete it to record a new one`);
  }
  return b;
}

/** Records the findings (first run) or hides the recorded ones; returns one line to say what it did. */
export function applyBaseline(file: string, results: FileResult[]): string {
  const prints = results.map((r) => {
    const fp = fingerprinter(r);
    return new Map(sortByPosition(r.diagnostics).map((d) => [d, fp(d)]));
  });
  if (!existsSync(file)) {
    const findings: Record<string, string[]> = {};
    results.forEach((r, i) => {
      if (r.diagnostics.length) findings[r.file] = [...prints[i].values()];
      r.diagnostics = [];
    });
    const count = Object.values(findings).reduce((s, x) => s + x.length, 0);
    writeFileSync(file, `${JSON.stringify({ kind: KIND, version: 1, findings } satisfies BaselineFile, null, 2)}\n`);
    return `recorded ${count} finding(s) in ${file}; later runs report only new ones`;
  }
  const known = read(file).findings;
  let hidden = 0;
  results.forEach((r, i) => {
    const own = new Set(known[r.file] ?? []);
    const before = r.diagnostics.length;
    r.diagnostics = r.diagnostics.filter((d) => !own.has(prints[i].get(d)!));
    hidden += before - r.diagnostics.length;
  });
  return `${hidden} finding(s) recorded in ${file} not shown`;
}
