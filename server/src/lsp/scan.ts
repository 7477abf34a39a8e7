/** Reads the workspace's standards once at start-up, with progress, for the workspace rules. */
import { readFile } from 'node:fs/promises';
import type { Connection } from 'vscode-languageserver/node';
import { globSync } from 'tinyglobby';
import { decodeText } from '../node/files';
import { URI } from './uri';

/** At most this many files are read for the workspace index. */
const MAX_FILES = 5000;

export async function scanWorkspace(connection: Connection, folders: string[], visit: (uri: string, text: string) => void): Promise<number> {
  const files = folders.flatMap((cwd) =>
    globSync(['**/*.standard.yaml', '**/*.standard.yml'], { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }),
  );
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
    try {
      const decoded = decodeText(await readFile(file));
      if ('text' in decoded) visit(URI.fromPath(file), decoded.text);
    } catch {
      // Unreadable files are reported when opened or linted, not here.
    }
    done++;
    if (progress && done % 50 === 0) progress.report(Math.round((done / list.length) * 100), `${done}/${list.length}`);
  }
  progress?.done();
  return done;
}
