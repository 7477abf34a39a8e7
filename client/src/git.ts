/** A file's last committed version, read with `git show HEAD:<path>` in the file's own repository. */
import { execFile } from 'node:child_process';
import { dirname, relative, sep } from 'node:path';

export type HeadVersion = { text: string } | { reason: 'no-git' | 'not-in-repo' | 'not-committed'; detail?: string };

function git(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string; missing?: boolean }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
      if (e && e.code === 'ENOENT') resolve({ code: -1, stdout: '', stderr: '', missing: true });
      else resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr });
    });
  });
}

export async function headVersion(file: string): Promise<HeadVersion> {
  const cwd = dirname(file);
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.missing) return { reason: 'no-git' };
  if (top.code !== 0) return { reason: 'not-in-repo' };
  const root = top.stdout.trim();
  const path = relative(root, file).split(sep).join('/');
  const shown = await git(root, ['show', `HEAD:${path}`]);
  if (shown.code !== 0) return { reason: 'not-committed', detail: shown.stderr.trim().split('\n')[0]?.replace(/^fatal: /, '') };
  return { text: shown.stdout };
}
