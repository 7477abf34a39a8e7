/**
 * Files and folders created or deleted on disk, as the editor reports them. An editor reports a
 * deleted or moved folder as one event for the folder and none for the files in it (VS Code folds
 * them, as some systems only report the folder), so the server also watches folders: a deleted
 * one drops the known files under it, a created one (also the new name of a moved folder) is
 * searched for standards.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { FileChangeType, WatchKind, type FileEvent, type FileSystemWatcher } from './library';
import { walkStandards } from '../node/walk';
import { MAX_FILES, isWorkspacePath, isWorkspaceStandard } from './scan';
import { URI } from './uri';

/** What the server asks the editor to watch: the standards, the config files, and any path created or deleted (folders). */
export const WATCHERS: FileSystemWatcher[] = [
  ...['**/.service-standard.yaml', '**/*.standard.yaml', '**/*.standard.yml'].map((globPattern) => ({ globPattern })),
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];

/** Whether `path` lies in one of `dirs` (at any depth). */
function under(path: string, dirs: Set<string>): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (dirs.has(dir)) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** The standards in a created folder (nothing for a file, or a folder gone again). */
function standardsIn(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return walkStandards(dir, { limit: MAX_FILES }).files.map((f) => URI.fromPath(f));
}

/** The created paths that are not inside another of them (a folder is searched once, with what it holds). */
function outermost(paths: string[]): string[] {
  const all = new Set(paths);
  return [...all].filter((p) => !under(p, all));
}

/**
 * The files a batch of events concerns, to be read again: the standards it names, the `known`
 * files under a deleted folder, and the standards found in a created folder of the workspace
 * (paths the scan skips, hidden or in node_modules, are not looked at).
 */
export function affectedFiles(changes: FileEvent[], folders: string[], known: () => Iterable<string>): string[] {
  const out = new Set<string>();
  const deleted = new Set<string>();
  const created: string[] = [];
  for (const change of changes) {
    if (isWorkspaceStandard(change.uri, folders)) {
      out.add(change.uri);
      continue;
    }
    const path = URI.toPath(change.uri);
    if (!path || !isWorkspacePath(path, folders)) continue;
    if (change.type === FileChangeType.Deleted) deleted.add(path);
    else if (change.type === FileChangeType.Created) created.push(path);
  }
  if (deleted.size > 0) {
    for (const uri of known()) {
      const path = URI.toPath(uri);
      if (path && under(path, deleted)) out.add(uri);
    }
  }
  for (const dir of outermost(created)) for (const uri of standardsIn(dir)) out.add(uri);
  return [...out];
}

/** The paths a batch creates or deletes (folders among them: what was cached for the directories under them is stale). */
export function createdOrDeleted(changes: FileEvent[]): string[] {
  const out: string[] = [];
  for (const change of changes) {
    if (change.type === FileChangeType.Changed) continue;
    const path = URI.toPath(change.uri);
    if (path) out.push(path);
  }
  return out;
}
