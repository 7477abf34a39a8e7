/**
 * Where the CLI writes: standard output, or a file that is never one of the inputs. A closed pipe
 * (`| head`) ends the output quietly; a full disk or an unwritable path is one line and exit 2.
 */
import { lstatSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileKey } from '../node/walk';

/** A problem the user can act on: printed as one line `service-standard: …`, exit 2. */
export class UsageError extends Error {}

let stdoutFailed = false;

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

/** Whether writing to standard output failed (other than a closed pipe): the run then exits 2. */
export function outputFailed(): boolean {
  return stdoutFailed;
}

/** Errors of standard output and standard error become one line (or nothing, for a closed pipe). */
export function guardStreams(): void {
  process.stdout.on('error', (err) => {
    if (codeOf(err) === 'EPIPE' || stdoutFailed) return;
    stdoutFailed = true;
    process.exitCode = 2;
    try {
      process.stderr.write(`service-standard: cannot write to standard output (${codeOf(err)})\n`);
    } catch {
      // Nowhere left to say it.
    }
  });
  process.stderr.on('error', () => undefined);
}

/** Writes to standard output; a synchronous failure is handled as the stream's own error. */
export function print(text: string | Uint8Array): void {
  try {
    process.stdout.write(text);
  } catch (err) {
    process.stdout.emit('error', err);
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Creates the missing folders above `file`, one at a time (a bounded loop, whatever the path). */
function makeParents(file: string): void {
  const missing: string[] = [];
  for (let dir = dirname(file); !lstatOrUndefined(dir); dir = dirname(dir)) {
    if (dirname(dir) === dir) break;
    missing.unshift(dir);
  }
  for (const dir of missing) mkdirSync(dir);
}

/**
 * Refuses to write `output` when it is one of `inputs` (the same file by device and inode, so
 * also through a link), or a link to nothing (writing would create a file elsewhere).
 */
export function checkOutput(output: string, inputs: readonly string[]): void {
  const abs = resolve(output);
  const link = lstatOrUndefined(abs);
  if (!link) return;
  let target;
  try {
    target = statSync(abs);
  } catch {
    throw new UsageError(`${output} is a link to a missing file; not written`);
  }
  if (target.isDirectory()) throw new UsageError(`${output} is a directory; give a file name`);
  const key = fileKey(abs);
  if (inputs.some((i) => fileKey(i) === key)) throw new UsageError(`${output} is one of the input files; choose another output file`);
}

/** Writes `text` to `output` (after checkOutput), or to standard output. */
export function writeOut(text: string | Uint8Array, output: string | undefined, inputs: readonly string[] = []): void {
  if (!output) return print(text);
  checkOutput(output, inputs);
  try {
    makeParents(resolve(output));
    writeFileSync(output, text);
  } catch (err) {
    throw new UsageError(`${output}: cannot be written (${codeOf(err)})`);
  }
}
