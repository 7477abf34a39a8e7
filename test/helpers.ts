/** Shared test helpers: lint a text, edit a clean standard, apply fixes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { analyze, type AnalyzeOptions } from '../server/src/core/engine';
import type { Diagnostic } from '../server/src/core/types';

export const ROOT = join(__dirname, '..');
export const FIXED_NOW = new Date('2026-11-25T12:00:00Z');

export function fixture(name: string): string {
  return readFileSync(join(ROOT, name), 'utf8');
}

/** The clean standard written straight from the dialect page. */
export const DIALECT_STANDARD = fixture('test/fixtures/from-dialect.standard.yaml');

export function lintText(text: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return analyze(text, { now: FIXED_NOW, ...options }).diagnostics;
}

export function codes(text: string, options?: AnalyzeOptions): string[] {
  return lintText(text, options).map((d) => d.code);
}

/** Diagnostics of one rule. */
export function only(code: string, text: string, options?: AnalyzeOptions): Diagnostic[] {
  return lintText(text, options).filter((d) => d.code === code);
}

/** The clean standard changed through the `yaml` Document API (comments kept). */
export function edited(change: (doc: Document) => void, base = DIALECT_STANDARD): string {
  const doc = parseDocument(base);
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

/** The clean standard with one line replaced: `replaceLine(/^\s+paid:.*$/m, '    paid: true')`. */
export function replaced(pattern: RegExp | string, replacement: string, base = DIALECT_STANDARD): string {
  const out = base.replace(pattern, replacement);
  if (out === base) throw new Error(`pattern ${String(pattern)} not found in the base standard`);
  return out;
}

export { applyEdits } from './support/edits';

/** 1-based line of a diagnostic, as an editor shows it. */
export function lineOf(d: Diagnostic): number {
  return d.range.start.line + 1;
}

/** 1-based line of the first line of `text` matching `pattern`. */
export function lineMatching(text: string, pattern: RegExp): number {
  const i = text.split('\n').findIndex((l) => pattern.test(l));
  if (i < 0) throw new Error(`no line matches ${String(pattern)}`);
  return i + 1;
}
