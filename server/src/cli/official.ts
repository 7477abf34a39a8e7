/**
 * `render` (the published text as HTML, Word or plain text, or the data view) and `diff` (what changed
 * between two versions, as text, markdown, JSON or the amending text).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { analyze, type Analysis } from '../core/engine';
import { amendingText } from '../core/official/amend';
import { diffValues } from '../core/official/diff';
import { changesMarkdown, changesText } from '../core/official/changes';
import { defaultOfficialLang } from '../core/official/compose';
import { exportOfficial, formatOfPath, OFFICIAL_FORMATS, type OfficialFormat } from '../core/official/export';
import { renderHtml } from '../core/render/html';
import { LANGS, type Lang } from '../core/types';
import { ConfigCache } from '../node/config-file';
import { readStandardSync } from '../node/read';
import { UsageError, checkOutput, writeOut } from './output';

function langOf(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (!(LANGS as readonly string[]).includes(v)) throw new UsageError(`--lang must be kk, ru or en, not "${v}"`);
  return v as Lang;
}

/** A standard from a file, or from Git as `REV:path` (`HEAD~1:x.standard.yaml`). */
function readSource(spec: string): string {
  const git = /^([^:/\\][^:]*):(.+)$/.exec(spec);
  if (git && !/^[a-zA-Z]$/.test(git[1])) {
    const r = spawnSync('git', ['show', `${git[1]}:${git[2].replace(/^\.\//, './')}`], { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
    if (r.error) throw new UsageError(`${spec}: git is not available (${r.error.message})`);
    if (r.status !== 0) throw new UsageError(`${spec}: ${(r.stderr.trim().split('\n')[0] || 'not found in git').replace(/^fatal: /, '')}`);
    return r.stdout;
  }
  const read = readStandardSync(spec);
  if ('error' in read) throw new UsageError(`${spec}: ${read.error}`);
  if ('tooLarge' in read) throw new UsageError(`${spec}: too large (${read.tooLarge} bytes)`);
  return read.text;
}

/** The analysis of a standard that parses; a file that does not parse is one line and exit 2. */
function analysed(spec: string, text: string): Analysis {
  const analysis = analyze(text, { config: new ConfigCache().forFile(resolve(spec.replace(/^[^:]+:(?=.)/, ''))).config, oneShot: true });
  const syntax = analysis.diagnostics.find((d) => d.code === 'syntax' && d.severity === 'error');
  if (syntax) throw new UsageError(`${spec}:${syntax.range.start.line + 1}:${syntax.range.start.character + 1}: not valid YAML (${syntax.message.en})`);
  if (!analysis.catalog) throw new UsageError(`${spec}: unknown edition "${analysis.model.edition}"`);
  return analysis;
}

function referenceStyles(file: string): string {
  let entries;
  try {
    entries = unzipSync(readFileSync(file), { filter: (f) => f.name === 'word/styles.xml' });
  } catch (err) {
    throw new UsageError(`${file}: not a Word document (${(err as Error).message})`);
  }
  const xml = entries['word/styles.xml'];
  if (!xml) throw new UsageError(`${file}: a Word document without styles (word/styles.xml)`);
  return new TextDecoder().decode(xml);
}

export async function cmdRender(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, lang: { type: 'string' }, format: { type: 'string' }, view: { type: 'string' }, 'reference-docx': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('render takes one file: service-standard render FILE [-o OUT.html|.docx|.txt]');
  const file = positionals[0];
  const format = (values.format ?? (values.output ? formatOfPath(values.output) : undefined) ?? 'html') as OfficialFormat;
  if (!OFFICIAL_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OFFICIAL_FORMATS.join(', ')}, not "${format}"`);
  const view = values.view ?? 'document';
  if (view !== 'document' && view !== 'data') throw new UsageError(`--view must be document or data, not "${view}"`);
  if (view === 'data' && format !== 'html') throw new UsageError('--view data is an HTML page; use -o FILE.html');
  if (values.output) checkOutput(values.output, [file]);
  const analysis = analysed(file, readSource(file));
  const lang = langOf(values.lang) ?? defaultOfficialLang(analysis);
  const styles = values['reference-docx'] ? referenceStyles(values['reference-docx']) : undefined;
  const out = view === 'data' ? renderHtml(analysis, { lang }) : await exportOfficial(analysis, format, lang, { referenceStyles: styles });
  writeOut(out, values.output, [file]);
  if (values.output) process.stderr.write(`service-standard: wrote ${values.output}\n`);
  return 0;
}

const DIFF_FORMATS = ['text', 'markdown', 'json', 'amendment'] as const;

export function cmdDiff(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, format: { type: 'string', default: 'text' }, output: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 2) throw new UsageError('diff takes two versions: service-standard diff OLD NEW (OLD may be REV:path)');
  const format = values.format as (typeof DIFF_FORMATS)[number];
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}, not "${format}"`);
  const [a, b] = positionals.map((p) => analysed(p, readSource(p)));
  if (a.catalog !== b.catalog) throw new UsageError(`${positionals[0]} is edition ${a.catalog!.edition}, ${positionals[1]} is ${b.catalog!.edition}: compare versions of one edition`);
  const lang = langOf(values.lang) ?? defaultOfficialLang(b);
  const changes = diffValues(a.catalog!, a.parsed.doc, b.parsed.doc);
  const out =
    format === 'json'
      ? `${JSON.stringify(changes, null, 2)}\n`
      : format === 'amendment'
        ? (amendingText(a, b, lang) ?? '')
        : format === 'markdown'
          ? changesMarkdown(a.catalog!, changes, lang)
          : changesText(a.catalog!, changes, lang);
  const inputs = positionals.filter((p) => !/^[^:/\\]{2,}:/.test(p));
  writeOut(out, values.output, inputs);
  return 0;
}
