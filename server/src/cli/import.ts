/** `import`: an existing standard's text (Word, HTML or plain text) becomes a `*.standard.yaml` file. */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { editions, getCatalog, defaultEdition } from '../core/catalog';
import { importBlocks } from '../core/import';
import { mergeLanguages } from '../core/import/merge';
import { blocksOfDocx, blocksOfHtml, blocksOfText, type Block } from '../core/import/source';
import type { Lang } from '../core/types';
import { decodeText } from '../node/files';
import { readBytesSync } from '../node/read';
import { UsageError, checkOutput, writeOut } from './output';

async function blocksOf(file: string): Promise<Block[]> {
  const read = readBytesSync(file, 64 * 1024 * 1024);
  if ('error' in read) throw new UsageError(`${file}: ${read.error}`);
  if ('tooLarge' in read) throw new UsageError(`${file}: too large (${read.tooLarge} bytes); not imported`);
  const bytes = read.bytes;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ext = extname(file).toLowerCase();
  if (ext === '.docx' || zip) {
    if (!zip) throw new UsageError(`${file}: not a Word document (a .docx is a zip archive)`);
    try {
      return await blocksOfDocx(bytes);
    } catch (err) {
      throw new UsageError(`${file}: not a readable Word document (${String((err as Error).message).split('\n')[0]})`);
    }
  }
  const text = decodeText(bytes);
  if ('error' in text) throw new UsageError(`${file}: ${text.error}`);
  return ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(text.text) ? blocksOfHtml(text.text) : blocksOfText(text.text);
}

export async function cmdImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      edition: { type: 'string', default: defaultEdition },
      force: { type: 'boolean' },
      merge: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('import takes one file: service-standard import FILE [-o OUT.standard.yaml]');
  const file = positionals[0];
  const lang = values.lang as Lang | undefined;
  if (lang !== undefined && lang !== 'kk' && lang !== 'ru') throw new UsageError(`--lang must be kk or ru, not "${lang}"`);
  const catalog = getCatalog(values.edition as string);
  if (!catalog) throw new UsageError(`unknown edition "${values.edition}"; known: ${Object.keys(editions).join(', ')}`);
  if (values.output) {
    checkOutput(values.output, [file]);
    if (existsSync(values.output) && !values.force) throw new UsageError(`${values.output} already exists; use --force to overwrite it`);
  }
  const result = importBlocks(catalog, await blocksOf(file), lang);
  if ('error' in result) throw new UsageError(`${file}: ${result.error}; nothing written`);
  let yaml = result.yaml;
  if (values.merge) {
    const other = readBytesSync(values.merge);
    const text = 'bytes' in other ? decodeText(other.bytes) : other;
    if (!('text' in text)) throw new UsageError(`${values.merge}: ${'error' in text ? text.error : 'too large'}`);
    const merged = mergeLanguages(parseDocument(text.text), parseDocument(yaml), result.lang);
    if ('error' in merged) throw new UsageError(`${values.merge}: ${merged.error}`);
    yaml = merged.yaml;
  }
  writeOut(yaml, values.output, [file]);
  const where = values.output ? `wrote ${values.output}` : 'done';
  process.stderr.write(
    `service-standard: ${where}: ${result.clauses} clauses, ${result.values} values (${result.lang})` +
      `${result.unplaced ? `, ${result.unplaced} passages left as comments to review` : ''}; then run: service-standard lint ${values.output ?? 'FILE'}\n`,
  );
  return 0;
}
