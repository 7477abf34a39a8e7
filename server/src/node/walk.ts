/**
 * Finding the standards under a folder without leaving it: a link that leads outside the folder is
 * not followed (one line says so), a folder reached twice (a link loop) is walked once, and the
 * same file reached by two paths (a link, a hard link) is listed once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep, isAbsolute } from 'node:path';

export const STANDARD_FILE = /\.standard\.ya?ml$/i;
/** Folders never searched (besides hidden ones). */
const SKIPPED = new Set(['node_modules']);

export interface Walked {
  /** Absolute paths, sorted, each file once. */
  files: string[];
  /** Links (absolute paths) that lead outside the folder, not followed. */
  outside: string[];
  /** Links to nothing, named as standards. */
  dangling: string[];
}

/** Whether `real` is `root` or lies under it (both real paths). */
export function isInside(root: string, real: string): boolean {
  const rel = relative(root, real);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function realOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Identity of a file on disk (device and inode), so that two paths to one file count once. */
export function fileKey(path: string): string {
  try {
    const st = statSync(path, { bigint: true });
    return st.ino ? `${st.dev}:${st.ino}` : (realOf(path) ?? path);
  } catch {
    return realOf(path) ?? path;
  }
}

export interface WalkOptions {
  /** At most this many files. */
  limit?: number;
  /** Which files to list, by their `/`-separated path below the root (default: standards by name). */
  accept?: (rel: string) => boolean;
  /** Folder levels to enter below the root (default: all). */
  depth?: number;
}

const isStandard = (rel: string) => STANDARD_FILE.test(rel);

/** The standards (`*.standard.yaml|yml`) under `root`, hidden folders and node_modules skipped. */
export function walkStandards(root: string, o: WalkOptions = {}): Walked {
  const { limit = Infinity, accept = isStandard, depth = Infinity } = o;
  const out: Walked = { files: [], outside: [], dangling: [] };
  const rootReal = realOf(root);
  if (!rootReal) return out;
  const seenDirs = new Set<string>([rootReal]);
  const stack: [string, string, string, number][] = [[root, rootReal, '', 0]];
  const add = (abs: string) => out.files.push(abs);
  while (stack.length && out.files.length < limit) {
    const [dir, dirReal, dirRel, level] = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED.has(e.name)) continue;
      const abs = join(dir, e.name);
      const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
      const standard = accept(rel);
      const enter = level < depth;
      if (e.isDirectory()) {
        const real = join(dirReal, e.name);
        if (enter && !seenDirs.has(real)) stack.push([abs, real, rel, level + 1]);
        seenDirs.add(real);
      } else if (e.isSymbolicLink()) {
        const real = realOf(abs);
        if (!real) {
          if (standard) out.dangling.push(abs);
          continue;
        }
        const isDir = isDirectory(real);
        if (!isInside(rootReal, real)) {
          if (standard || (isDir && enter)) out.outside.push(abs);
        } else if (isDir) {
          if (enter && !seenDirs.has(real)) stack.push([abs, real, rel, level + 1]);
          seenDirs.add(real);
        } else if (standard) add(abs);
      } else if (standard) add(abs);
    }
  }
  out.files = uniqueFiles(out.files.sort());
  out.outside.sort();
  out.dangling.sort();
  return out;
}

/** The paths in order, without a second path to a file already listed. */
export function uniqueFiles(paths: string[], seen = new Set<string>()): string[] {
  return paths.filter((p) => {
    const key = fileKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
