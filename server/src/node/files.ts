/** Which files to lint: paths, directories (searched for standards) and globs. */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { STANDARD_FILE, uniqueFiles, walkStandards } from './walk';

export { STANDARD_FILE };

export interface FileSet {
  files: string[];
  /** One line per argument that named nothing usable. */
  problems: string[];
  /** One line per link that was not followed (out of the linted folder); not an error. */
  notices: string[];
}

/** Whether a file found under a directory argument is to be skipped (config `ignore`). */
export type IgnoreCheck = (file: string, dirArg: string) => boolean;

/** The folder a glob searches (its path up to the first segment with a wildcard) and the rest of it. */
function splitGlob(pattern: string, cwd: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  let i = parts.findIndex((p) => isDynamicPattern(p));
  if (i < 0) i = parts.length - 1;
  return { base: resolve(cwd, parts.slice(0, i).join('/') || '.'), rest: parts.slice(i).join('/') };
}

export function collectFiles(args: string[], cwd = process.cwd(), ignored: IgnoreCheck = () => false): FileSet {
  const files: string[] = [];
  const problems: string[] = [];
  const notices: string[] = [];
  const shown = (p: string) => relative(cwd, p).split(sep).join('/') || p;
  const outside = (link: string, arg: string) => notices.push(`${shown(link)}: a link that leads outside ${arg}; not followed`);
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const walked = walkStandards(abs);
      for (const link of walked.outside) outside(link, arg);
      for (const link of walked.dangling) problems.push(`${shown(link)}: a link to nothing; not read`);
      const kept = walked.files.filter((f) => !ignored(f, abs));
      if (kept.length === 0 && walked.dangling.length === 0) problems.push(`${arg}: no *.standard.yaml files in this directory`);
      files.push(...kept);
    } else if (stat) {
      // A file named on the command line is read whatever it is; the reader refuses what is not a file.
      files.push(abs);
    } else if (isDynamicPattern(arg)) {
      // Walked like a folder (links out of it not followed), then matched against the pattern.
      const { base, rest } = splitGlob(arg, cwd);
      const match = picomatch(rest);
      const walked = walkStandards(base, { accept: (rel) => match(rel), depth: rest.includes('**') ? Infinity : rest.split('/').length - 1 });
      for (const link of walked.outside) outside(link, shown(base));
      for (const link of walked.dangling) problems.push(`${shown(link)}: a link to nothing; not read`);
      if (walked.files.length === 0 && walked.dangling.length === 0) problems.push(`${arg}: no files match this pattern`);
      files.push(...walked.files);
    } else {
      problems.push(`${arg}: no such file or directory`);
    }
  }
  return { files: uniqueFiles(files), problems, notices };
}

export type ReadResult = { text: string } | { error: string };

/** UTF-16 by its byte order mark, or by NUL bytes all on one side of each pair (ASCII keys in UTF-16). */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (n < 8 || (even === 0) === (odd === 0) || Math.max(even, odd) < n / 8) return false;
  // Every code unit is text (no control characters but tab and line ends), as in a real UTF-16 file.
  const units = new TextDecoder(odd > 0 ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, n));
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(units);
}

/** Reads a file as UTF-8 text, refusing UTF-16, binary and non-UTF-8 content with a clear reason. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (looksUtf16(bytes)) return { error: 'UTF-16 text; save the file as UTF-8' };
  if (bytes.includes(0)) return { error: 'binary file (it contains NUL bytes), not a YAML standard' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text; save the file as UTF-8' };
  }
}
