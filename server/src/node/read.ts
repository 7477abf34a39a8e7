/**
 * Reading a standard from disk, for the CLI and the language server alike: only regular files are
 * read (never a FIFO, a device or a directory, which could block or never end), the size is
 * checked before reading, and reading stops at the limit whatever the file claims.
 */
// `promises.open` rather than `node:fs/promises`: the promise API (and what it loads) is then
// loaded at the first file read in the background, not at the server's start.
import { closeSync, constants, fstatSync, openSync, promises, readSync, type Stats } from 'node:fs';
import { MAX_CHARS } from '../core/engine';
import { decodeText } from './files';

/**
 * Files over this many bytes are not read: UTF-8 takes at most 3 bytes per UTF-16 code unit, so
 * such a file is certainly over the engine's MAX_CHARS, and the engine would not check it anyway.
 */
export const MAX_BYTES = 3 * MAX_CHARS;

export type ReadOutcome =
  | { text: string }
  /** One line saying why the file was not read (for stderr or a log). */
  | { error: string }
  /** Over MAX_BYTES: not read. */
  | { tooLarge: number };

const CHUNK = 64 * 1024;
// Opening a FIFO without a writer would block; non-blocking, it opens at once and fstat tells what it is.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a path is when it is not a regular file, in words. */
export function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function reason(err: unknown): string {
  return `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
}

function checked(st: Stats, maxBytes: number): ReadOutcome | undefined {
  const kind = kindOf(st);
  if (kind) return { error: `${kind}, not a file; not read` };
  if (st.size > maxBytes) return { tooLarge: st.size };
  return undefined;
}

function finish(chunks: Buffer[], total: number, maxBytes: number): ReadOutcome {
  if (total > maxBytes) return { tooLarge: total };
  const decoded = decodeText(Buffer.concat(chunks, total));
  return 'error' in decoded ? decoded : { text: decoded.text };
}

/** Reads a regular file's bytes, at most `maxBytes` of them (a Word document to import, say). */
export function readBytesSync(path: string, maxBytes = MAX_BYTES): { bytes: Buffer } | Exclude<ReadOutcome, { text: string }> {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (err) {
    return { error: reason(err) };
  }
  try {
    const early = checked(fstatSync(fd), maxBytes);
    if (early) return early as Exclude<ReadOutcome, { text: string }>;
    const chunks: Buffer[] = [];
    let total = 0;
    // A file may grow after fstat, or claim size 0 (as /proc does): read in chunks up to the limit.
    while (total <= maxBytes) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
    }
    return total > maxBytes ? { tooLarge: total } : { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { error: reason(err) };
  } finally {
    closeSync(fd);
  }
}

/** Reads a standard as text, at most `maxBytes` bytes of it. */
export function readStandardSync(path: string, maxBytes = MAX_BYTES): ReadOutcome {
  const read = readBytesSync(path, maxBytes);
  if (!('bytes' in read)) return read;
  return finish([read.bytes], read.bytes.length, maxBytes);
}

/** The same, without blocking the event loop (the server's workspace scan). */
export async function readStandard(path: string, maxBytes = MAX_BYTES): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await promises.open(path, FLAGS);
  } catch (err) {
    return { error: reason(err) };
  }
  try {
    const early = checked(await handle.stat(), maxBytes);
    if (early) return early;
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    return finish(chunks, total, maxBytes);
  } catch (err) {
    return { error: reason(err) };
  } finally {
    await handle.close();
  }
}
