/** What every part of `npm run bench` shares: the sample sizes, the work folder, logging. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';

export const QUICK = process.argv.includes('--quick');
export const started = performance.now();

export const P = QUICK
  ? { sizes: [300, 3000], floorReps: { 300: 10, 3000: 3, 30000: 1 } as Record<number, number>, firstWarmup: { 300: 1, 3000: 1, 30000: 0 } as Record<number, number>, firstReps: { 300: 2, 3000: 2, 30000: 1 } as Record<number, number>, coldReps: 2, edits: 20, shippedEdits: 5, assistReps: 5, rssDocs: 10, rssRuns: 1, cliFiles: 100, cliRuns: 1, largeEdits: 3 }
  : { sizes: [300, 3000, 30000], floorReps: { 300: 40, 3000: 10, 30000: 3 } as Record<number, number>, firstWarmup: { 300: 2, 3000: 3, 30000: 1 } as Record<number, number>, firstReps: { 300: 10, 3000: 10, 30000: 2 } as Record<number, number>, coldReps: 7, edits: 200, shippedEdits: 20, assistReps: 40, rssDocs: 100, rssRuns: 3, cliFiles: 1000, cliRuns: 5, largeEdits: 20 };
export const MAIN = 3000;
/** The large standard of the edit figure `editP50Large`. */
export const LARGE = 30000;

export const log = (s = '') => process.stdout.write(`${s}\n`);
export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x)} ms`;
export const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

export const work = mkdtempSync(join(tmpdir(), 'ss-bench-'));
export const uriOf = (name: string) => pathToFileURL(join(work, name)).href;
/** The same standard under another `service.code` (same length), so that documents opened side by side never share a code. */
export const withCode = (t: string, code: number) => t.replace(/^( {2}code: ")\d{8}"/m, `$1${String(code).padStart(8, '0')}"`);
export const lineCount = (t: string) => t.split('\n').length - (t.endsWith('\n') ? 1 : 0);

/** A diagnostic's message as text (LSP allows a string or markup). */
export const messageText = (m: Diagnostic['message']) => (typeof m === 'string' ? m : m.value);
