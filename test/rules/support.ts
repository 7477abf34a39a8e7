/** Small assertions shared by the per-rule tests (not a test file itself). */
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../server/src/core/types';
import { lineOf, only } from '../helpers';

/** The English message matches; kk and ru are written and are not the English text. */
export function assertMessages(d: Diagnostic, en: RegExp): void {
  assert.match(d.message.en, en);
  for (const lang of ['kk', 'ru'] as const) {
    assert.ok(d.message[lang].trim().length > 0, `${lang} message is empty`);
    assert.notEqual(d.message[lang], d.message.en, `${lang} message is the English one`);
  }
}

/** The source text a diagnostic covers. */
export function covered(text: string, d: Diagnostic): string {
  return text.slice(d.offset[0], d.offset[1]);
}

/** The diagnostic starts on `line` (1-based) at the column of `token` in that line, and covers exactly `token`. */
export function assertAt(text: string, d: Diagnostic, line: number, token: string): void {
  assert.equal(lineOf(d), line, `line of ${d.code}: ${d.message.en}`);
  const col = text.split('\n')[line - 1].indexOf(token);
  assert.ok(col >= 0, `token ${token} not on line ${line}`);
  assert.equal(d.range.start.character, col, 'start column');
  assert.equal(d.range.end.line, d.range.start.line, 'one line');
  assert.equal(d.range.end.character, col + token.length, 'end column');
  assert.equal(covered(text, d), token);
}

/** The lines that differ between two texts (common head and tail removed). */
export function changedLines(before: string, after: string): { before: string[]; after: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { before: a.slice(head, a.length - tail), after: b.slice(head, b.length - tail) };
}

/** The text parses: no `syntax` finding. */
export function assertParses(text: string): void {
  assert.deepEqual(only('syntax', text).map((d) => `${lineOf(d)}: ${d.message.en}`), []);
}
