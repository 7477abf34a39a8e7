/** Reads the workspace's standards once at start-up, with progress, for the workspace rules. */
import type { Connection } from 'vscode-languageserver/node';
import { readStandard } from '../node/read';
import { uniqueFiles, walkStandards } from '../node/walk';
import { URI } from './uri';

/** At most this many files are read for the workspace index. */
const MAX_FILES = 5000;

export async function scanWorkspace(connection: Connection, folders: string[], visit: (uri: string, text: string) => void): Promise<number> {
  // Inside each folder only (links out of it are not followed), each file once, regular files only.
  const files = uniqueFiles(folders.flatMap((cwd) => walkStandards(cwd, { limit: MAX_FILES }).files));
  if (files.length === 0) return 0;
  const list = files.slice(0, MAX_FILES);
  let progress: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | undefined;
  try {
    progress = await connection.window.createWorkDoneProgress();
    progress.begin('service-standard', 0, `Indexing ${list.length} standards`, false);
  } catch {
    progress = undefined;
  }
  let done = 0;
  for (const file of list) {
    // Unreadable, special and oversized files are reported when opened or linted, not here.
    const read = await readStandard(file);
    if ('text' in read) visit(URI.fromPath(file), read.text);
    done++;
    if (progress && done % 50 === 0) progress.report(Math.round((done / list.length) * 100), `${done}/${list.length}`);
  }
  progress?.done();
  return done;
}
