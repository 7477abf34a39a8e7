/**
 * `lint --fix`: every safe fix (the same set as "fix all" and fix-on-save) applied until nothing is
 * left to fix, each file written atomically (a temporary file beside it, then renamed); `--fix-dry-run`
 * prints the changes as a unified diff instead. The lint that follows reports what remains.
 */
import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixAll } from '../core/assist/fix-all';
import { analyze } from '../core/engine';
import { fixAllCodes } from '../core/rules';
import type { TextEdit } from '../core/types';
import { ConfigCache } from '../node/config-file';
import { collectFiles } from '../node/files';
import { readStandardSync } from '../node/read';
import { nodeSpellers } from '../node/spell/speller';
import { print } from './output';

/** Rounds of fixes at most: a fix may make another possible; more rounds than this is a loop. */
const ROUNDS = 5;

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text with every safe fix applied, and how many fixes that took. */
export function fixText(text: string, config: Parameters<typeof analyze>[1]): { text: string; fixes: number } {
  let current = text;
  let fixes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Each round analyses the fixed text anew.
    const edits = fixAll(analyze(current, { ...config, oneShot: true }).diagnostics, fixAllCodes);
    if (!edits.length) break;
    fixes += edits.length;
    current = apply(current, edits);
  }
  return { text: current, fixes };
}

function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    chmodSync(tmp, statSync(file).mode);
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was left behind.
    }
    throw err;
  }
}

/** Fixes (or, with `dryRun`, shows the fixes of) every standard the paths name; one line per file on stderr. */
export function fixFiles(paths: string[], cwd: string, dryRun: boolean): void {
  const configs = new ConfigCache();
  const { files } = collectFiles(paths, cwd, (file, dir) => configs.isIgnored(file, dir));
  for (const abs of files) {
    const read = readStandardSync(abs);
    if (!('text' in read)) continue;
    const shown = relative(cwd, abs).split(sep).join('/') || abs;
    const { text, fixes } = fixText(read.text, { config: configs.forFile(abs).config, speller: nodeSpellers() });
    if (text === read.text) continue;
    if (dryRun) print(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, read.text, text));
    else writeAtomically(abs, text);
    process.stderr.write(`service-standard: ${dryRun ? 'would fix' : 'fixed'} ${fixes} problem(s) in ${shown}\n`);
  }
}
