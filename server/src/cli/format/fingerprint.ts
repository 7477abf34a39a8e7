/**
 * A finding's stable fingerprint (SARIF `partialFingerprints`, GitLab `fingerprint`, the baseline):
 * a SHA-256 of file + code + the trimmed text of the finding's first line (or, without source, the
 * English message), plus an occurrence number for identical findings in the same file. It survives
 * lines moving up or down.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/types';
import type { FileResult } from './types';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The fingerprints of one file's findings, to be asked in position order. */
export function fingerprinter(result: FileResult): (d: Diagnostic) => string {
  const lines = result.source?.split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  return (d) => {
    const lineText = result.lines?.[d.range.start.line] ?? lines?.[d.range.start.line];
    const context = lineText !== undefined ? 'line:' + lineText.trim() : 'message:' + d.message.en;
    const base = sha256([result.file.replace(/\\/g, '/'), d.code, context].join('\0'));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base.slice(0, 32)}:${n}`;
  };
}
