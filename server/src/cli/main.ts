/**
 * The `service-standard` command line: lint, render, diff, import, new, schema, rules.
 * Exit codes: 0 clean; 1 problems at error level (or over --max-warnings); 2 usage or I/O error.
 */
import { lstatSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { editions, getCatalog, defaultEdition } from '../core/catalog';
import { toolVersion } from '../core/docs';
import { jsonSchema } from '../core/schema/json-schema';
import { skeleton } from '../core/skeleton/skeleton';
import { LANGS, type Lang } from '../core/types';
import { rules } from '../core/rules';
import { FORMAT_NAMES, isFormatName } from './format';
import { fixFiles } from './fix';
import { LintCache } from './cache';
import { lint, runLintWorker } from './lint';
import { UsageError, checkOutput, guardStreams, outputFailed, print, writeOut } from './output';
import * as output from './output';
import { wholeNumber } from './options';

const HELP = `service-standard ${toolVersion}: tooling for Kazakhstan's public service standards (YAML; editions: ${Object.keys(editions).join(', ')})

Usage:
  service-standard lint [paths or globs...]   Check standards (directories are searched for *.standard.yaml|yml)
      --format stylish|json|sarif|github|gitlab  Output format (default: stylish)
      --max-warnings N                        Exit 1 when there are more than N warnings
      --lang kk|ru|en                         Message language (default: the config's, else en)
      -o, --output FILE                       Write the report to FILE instead of standard output
      --color / --no-color                    Force colours on or off (stylish)
      --threads N                             Worker threads for large folders (default: one per core)
      --fix                                   Apply every safe fix (as fix-on-save), then report what remains
      --fix-dry-run                           Print the safe fixes as a diff instead of writing them
      --baseline FILE                         First run: record today's findings in FILE; later runs
                                              report only new ones
      --cache                                 Remember results: unchanged files are not linted again
      --cache-location PATH                   The cache file (default: .service-standard-cache)
  service-standard render FILE [-o OUT.html|.docx|.txt] [--lang kk|ru|en] [--format html|docx|txt]
                                              Write the published text of a standard (default: HTML,
                                              in the standard's first language)
      --view data                             The data view instead (HTML, label and value per key)
      --reference-docx FILE                   Take the styles of a ministry's Word document
  service-standard diff OLD NEW [--lang kk|ru|en] [--format text|markdown|json|amendment]
                                              What changed between two versions; OLD may be REV:path
                                              (read with git show); amendment is the amending text
  service-standard import FILE [-o OUT.standard.yaml] [--lang kk|ru] [--merge OTHER] [--force]
                                              A standard from its published text (.docx, .txt, .html)
  service-standard new [FILE] [--languages kk,ru] [--force]
                                              Write a skeleton standard with every clause
  service-standard schema [-o FILE] [--edition ${Object.keys(editions).join('|')}]
                                              Print the JSON Schema of an edition (default: ${defaultEdition})
  service-standard rules [--lang kk|ru|en]    List the rules and their default severities
  service-standard --help | --version

Exit codes: 0 no problems; 1 errors found (or more warnings than --max-warnings); 2 usage or I/O error.
Config: .service-standard.yaml in the repository (rule severities, language); see docs/rules/README.md.
`;

function langOf(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (!(LANGS as readonly string[]).includes(v)) throw new UsageError(`--lang must be kk, ru or en, not "${v}"`);
  return v as Lang;
}

async function cmdLint(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'max-warnings': { type: 'string' },
      lang: { type: 'string' },
      output: { type: 'string', short: 'o' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      threads: { type: 'string' },
      baseline: { type: 'string' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
    },
  });
  const format = values.format as string;
  if (!isFormatName(format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not "${format}"`);
  const maxWarnings = wholeNumber('--max-warnings', values['max-warnings'], 0);
  const threads = wholeNumber('--threads', values.threads, 1);
  const color = values['no-color'] ? false : values.color ? true : !values.output && !!process.stdout.isTTY && !process.env.NO_COLOR;
  const paths = positionals.length ? positionals : ['.'];
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache');
  if (values.fix || values['fix-dry-run']) fixFiles(paths, process.cwd(), !values.fix);
  const outcome = await lint({
    paths,
    format,
    lang: langOf(values.lang),
    maxWarnings,
    threads,
    color,
    cwd: process.cwd(),
    baseline: values.baseline,
    cache: values.cache ? LintCache.locate(process.cwd(), values['cache-location']) : undefined,
  });
  for (const p of outcome.problems) process.stderr.write(`service-standard: ${p}\n`);
  writeOut(outcome.output, values.output, outcome.inputs);
  return outcome.exitCode;
}

function cmdNew(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { languages: { type: 'string', default: 'kk,ru' }, force: { type: 'boolean' }, edition: { type: 'string', default: defaultEdition } },
  });
  const catalog = getCatalog(values.edition as string);
  if (!catalog) throw new UsageError(`unknown edition "${values.edition}"; known: ${Object.keys(editions).join(', ')}`);
  const languages = (values.languages as string).split(',').map((s) => s.trim()).filter(Boolean);
  for (const l of languages) if (!(LANGS as readonly string[]).includes(l)) throw new UsageError(`--languages takes kk, ru and en, not "${l}"`);
  const text = skeleton(catalog, { languages: languages as Lang[] });
  const file = positionals[0];
  if (!file) {
    print(text);
    return 0;
  }
  checkOutput(file, []);
  if (existsOrLinked(file) && !values.force) throw new UsageError(`${file} already exists; use --force to overwrite it`);
  writeOut(text, file);
  process.stderr.write(`service-standard: wrote ${file}; fill in the empty texts, then run: service-standard lint ${file}\n`);
  return 0;
}

function cmdSchema(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { output: { type: 'string', short: 'o' }, edition: { type: 'string', default: defaultEdition } } });
  const catalog = getCatalog(values.edition as string);
  if (!catalog) throw new UsageError(`unknown edition "${values.edition}"; known: ${Object.keys(editions).join(', ')}`);
  writeOut(JSON.stringify(jsonSchema(catalog), null, 2) + '\n', values.output);
  return 0;
}

function cmdRules(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { lang: { type: 'string' } } });
  const lang = langOf(values.lang) ?? 'en';
  const width = Math.max(...rules.map((r) => r.code.length));
  print(rules.map((r) => `${r.code.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title[lang]}\n`).join(''));
  return 0;
}

/** The published-text commands, loaded when one runs (the bundle keeps them in `cli-heavy.js`). */
function heavy(): typeof import('./heavy') {
  // Both files share this one `output` module: its UsageError, and whether standard output failed.
  (globalThis as Record<symbol, unknown>)[Symbol.for('service-standard/cli/output')] = output;
  return require('./heavy') as typeof import('./heavy');
}

const COMMANDS: Record<string, (argv: string[]) => number | Promise<number>> = {
  lint: cmdLint,
  render: (argv) => heavy().cmdRender(argv),
  diff: (argv) => heavy().cmdDiff(argv),
  import: (argv) => heavy().cmdImport(argv),
  new: cmdNew,
  schema: cmdSchema,
  rules: cmdRules,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      print(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      print(`${toolVersion}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"; try: service-standard --help`);
    return await run(rest);
  } catch (err) {
    const msg = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (err as Error).message : `internal error: ${oneLine(err)}`;
    process.stderr.write(`service-standard: ${msg}\n`);
    return 2;
  }
}

/** An unexpected error as one line, never a stack trace. */
function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 500);
}

/** Whether a path exists, or is a link (a link to nothing is not written through). */
function existsOrLinked(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

if (!runLintWorker() && require.main === module) {
  guardStreams();
  process.on('uncaughtException', (err) => {
    process.stderr.write(`service-standard: internal error: ${oneLine(err)}\n`);
    process.exit(2);
  });
  void main(process.argv.slice(2)).then((code) => (process.exitCode = outputFailed() ? 2 : code));
}
