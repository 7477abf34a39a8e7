/** Which files to lint: paths, directories (searched for standards) and globs. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';

export const STANDARD_FILE = /\.standard\.ya?ml$/i;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface FileSet {
  files: string[];
  /** One line per argument that named nothing usable. */
  problems: string[];
}

/** Whether a file found under a directory argument is to be skipped (config `ignore`). */
export type IgnoreCheck = (file: string, dirArg: string) => boolean;

export function collectFiles(args: string[], cwd = process.cwd(), ignored: IgnoreCheck = () => false): FileSet {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = globSync(['**/*.standard.yaml', '**/*.standard.yml'], { cwd: abs, absolute: true, ignore: IGNORE, dot: false });
      const kept = found.filter((f) => !ignored(resolve(f), abs));
      if (kept.length === 0) problems.push(`${arg}: no *.standard.yaml files in this directory`);
      for (const f of kept.sort()) files.add(resolve(f));
    } else if (stat?.isFile()) {
      files.add(abs);
    } else if (/[*?{[]/.test(arg)) {
      const found = globSync(arg, { cwd, absolute: true, ignore: IGNORE });
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`);
      for (const f of found.sort()) files.add(resolve(f));
    } else {
      problems.push(`${arg}: no such file or directory`);
    }
  }
  return { files: [...files], problems };
}

export type ReadResult = { text: string } | { error: string };

/** Reads a file as UTF-8 text, refusing binary and non-UTF-8 content with a clear reason. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { error: 'binary file (it contains NUL bytes), not a YAML standard' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text; save the file as UTF-8' };
  }
}
