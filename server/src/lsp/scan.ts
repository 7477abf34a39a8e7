/**
 * Finding the workspace's standards and telling the editor how far their reading has come. The
 * reading itself (in slices, so that requests stay answered) is `workspace-diagnostics.ts`.
 */
import { relative, sep } from 'node:path';
import type { Connection } from './library';
import { STANDARD_FILE, isInside, uniqueFiles, walkStandards } from '../node/walk';
import { URI } from './uri';

/** At most this many files are read for the workspace index. */
export const MAX_FILES = 5000;

/** The standards of the workspace folders, as URIs: inside each folder only, each file once. */
export function listStandards(folders: string[]): string[] {
  const files = uniqueFiles(folders.flatMap((cwd) => walkStandards(cwd, { limit: MAX_FILES }).files));
  return files.slice(0, MAX_FILES).map((f) => URI.fromPath(f));
}

/** Whether a path is one the scan would walk: inside a folder, not hidden, not in node_modules. */
export function isWorkspacePath(path: string, folders: string[]): boolean {
  return folders.some((root) => {
    if (!isInside(root, path)) return false;
    return relative(root, path).split(sep).every((part) => !part.startsWith('.') && part !== 'node_modules');
  });
}

/** Whether a changed file is one the scan would read: a standard inside a folder, not hidden, not in node_modules. */
export function isWorkspaceStandard(uri: string, folders: string[]): boolean {
  const path = URI.toPath(uri);
  return !!path && STANDARD_FILE.test(path) && isWorkspacePath(path, folders);
}

export interface Progress {
  report(done: number): void;
  done(): void;
}

const QUIET: Progress = { report: () => undefined, done: () => undefined };

/** A progress in the editor's status bar for reading `total` files (nothing if the editor cannot show one). */
export async function scanProgress(connection: Connection, total: number): Promise<Progress> {
  if (total === 0) return QUIET;
  try {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('service-standard', 0, `Indexing ${total} standards`, false);
    return {
      report: (done) => {
        if (done % 50 === 0) progress.report(Math.round((done / total) * 100), `${done}/${total}`);
      },
      done: () => progress.done(),
    };
  } catch {
    return QUIET;
  }
}
