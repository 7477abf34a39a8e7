/**
 * `lint --cache`: what linting a file gave, remembered between runs in one file
 * (`.service-standard-cache` by default), so that an unchanged standard is not parsed again.
 *
 * A file's entry is used when its bytes hash the same (SHA-256) and its key is the same: the
 * effective config of the file (the resolved object, hashed) and the local date (a date in a standard
 * may become "in the future" or stop being so). The file's size, mtime, ctime and inode are checked
 * first: when they are as recorded the file is not read at all; when they differ (a fresh CI checkout)
 * its bytes are read and hashed, never parsed. A file recorded within 2 s of the cache being written is
 * always hashed (an edit in the same clock tick keeps the mtime). The tool version and its build are
 * in the header: a cache written by another one is discarded silently. The edition is read from the
 * file, so its content hash covers it. A cache that cannot be read, is not ours or fails its digest is
 * ignored with one line and rewritten; the cache is written to a temporary file and renamed over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { toolVersion } from '../core/docs';
import type { Config } from '../core/config/config';
import { SPELL_LANGS } from '../core/rules/text/speller';
import { readBytesSync } from '../node/read';
import { dictionaryFiles } from '../node/spell/speller';
import type { FileJob, FileOutcome, SiteAt } from './lint';
import type { FileResult } from './format/types';

export const DEFAULT_CACHE = '.service-standard-cache';
const MAGIC = 'service-standard lint cache';
const FORMAT = 1;
/** Files recorded this close to the cache's writing are hashed whatever their stat says. */
const RACY_MS = 2000;

interface Entry {
  stat: [size: number, mtimeMs: number, ctimeMs: number, ino: number];
  hash: string;
  key: string;
  result: Pick<FileResult, 'lines' | 'diagnostics'>;
  site?: Omit<SiteAt, 'uri'>;
}

interface Header {
  magic: string;
  format: number;
  version: string;
  savedAt: number;
  digest: string;
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The tool version and, for the bundled CLI, a hash of the bundle (a rebuild with the same version
 * changes rules), with a hash of the spelling dictionaries (a word added to `extra.dic` changes findings).
 */
function buildVersion(): string {
  const words = dictionariesHash();
  if (!__filename.endsWith('.js')) return `${toolVersion}+source+${words}`;
  try {
    return `${toolVersion}+${sha(readFileSync(__filename)).slice(0, 16)}+${words}`;
  } catch {
    return `${toolVersion}+unknown+${words}`;
  }
}

/** The contents of the dictionary files the spelling rule reads (none found: `none`). */
export function dictionariesHash(from?: string): string {
  const hash = createHash('sha256');
  for (const lang of SPELL_LANGS) {
    const files = dictionaryFiles(lang, from);
    for (const path of files ? [files.aff, files.dic, files.extra] : []) {
      if (!path) continue;
      hash.update(`${lang}:${path.slice(path.lastIndexOf(sep) + 1)}:`);
      try {
        hash.update(readFileSync(path));
      } catch {
        hash.update('unreadable');
      }
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The local day, as the date rules see it. */
function dayOf(now = new Date()): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function isEntry(e: unknown): e is Entry {
  if (!isObj(e) || !Array.isArray(e.stat) || e.stat.length !== 4 || !e.stat.every(isNum)) return false;
  if (typeof e.hash !== 'string' || typeof e.key !== 'string' || !isObj(e.result) || !Array.isArray(e.result.diagnostics)) return false;
  if (e.result.lines !== undefined && !(isObj(e.result.lines) && Object.values(e.result.lines).every((l) => typeof l === 'string'))) return false;
  const ranged = (d: unknown): d is Record<string, unknown> => isObj(d) && isObj(d.range) && Array.isArray(d.offset);
  const message = (m: unknown) => isObj(m) && ['kk', 'ru', 'en'].every((l) => typeof m[l] === 'string');
  const diagnostic = (d: unknown) => ranged(d) && isObj(d) && typeof d.code === 'string' && typeof d.severity === 'string' && message(d.message);
  return e.result.diagnostics.every(diagnostic) && (e.site === undefined || (ranged(e.site) && typeof e.site.line === 'string' && typeof e.site.code === 'string'));
}

export class LintCache {
  private entries = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private readonly version = buildVersion();
  private readonly keys = new Map<Config, string>();
  private savedAt = 0;
  /** What this run did, for `SERVICE_STANDARD_DEBUG_CACHE=1`. */
  readonly counts = { analysed: 0, cached: 0, hashed: 0 };
  /** Lines for stderr (a cache that was ignored or could not be written). */
  readonly notices: string[] = [];

  constructor(readonly path: string) {
    this.load();
  }

  /** The cache file for `--cache-location` (a directory gets the default name inside it). */
  static locate(cwd: string, location?: string): string {
    const path = resolve(cwd, location ?? DEFAULT_CACHE);
    try {
      if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE);
    } catch {
      // Not there yet: it is written on the way out.
    }
    return path;
  }

  private load(): void {
    const text = readCacheText(this.path);
    if (text === undefined) return; // No cache yet.
    const nl = text.indexOf('\n');
    const header = parseJson(text.slice(0, nl < 0 ? undefined : nl)) as Partial<Header> | undefined;
    const body = nl < 0 ? '' : text.slice(nl + 1);
    const ours = isObj(header) && header.magic === MAGIC;
    if (ours && (header.format !== FORMAT || header.version !== this.version)) return; // Another version's: discarded.
    const entries = ours && header.digest === sha(body) && isNum(header.savedAt) ? parseJson(body) : undefined;
    if (!isObj(entries) || !Object.values(entries).every(isEntry)) {
      this.notices.push(`cache ${this.path} is not a lint cache this tool wrote, or is damaged: ignored, and written anew`);
      return;
    }
    this.entries = new Map(Object.entries(entries) as [string, Entry][]);
    this.savedAt = header!.savedAt!;
  }

  private name(abs: string): string {
    return relative(dirname(this.path), abs).split(sep).join('/');
  }

  private keyOf(config: Config, day: string): string {
    let key = this.keys.get(config);
    if (!key) this.keys.set(config, (key = sha(JSON.stringify([config, day]))));
    return key;
  }

  /** The remembered outcome of a file, when its bytes and key are as recorded; else what to record after linting it. */
  private lookup(job: FileJob, key: string): { hit?: FileOutcome; pending?: Omit<Entry, 'result' | 'site'> } {
    let st: Stats;
    try {
      st = statSync(job.abs);
    } catch {
      return {};
    }
    if (!st.isFile()) return {};
    const stat: Entry['stat'] = [st.size, st.mtimeMs, st.ctimeMs, st.ino];
    const old = this.entries.get(this.name(job.abs));
    const sameStat = old && old.stat.every((v, i) => v === stat[i]) && old.stat[1] < this.savedAt - RACY_MS;
    if (old && sameStat && old.key === key) return { hit: outcomeOf(job, old) };
    const read = readBytesSync(job.abs);
    if (!('bytes' in read)) return {};
    this.counts.hashed++;
    const hash = sha(read.bytes);
    if (old && old.hash === hash && old.key === key) {
      old.stat = stat;
      return { hit: outcomeOf(job, old) };
    }
    return { pending: { stat, hash, key } };
  }

  /** Lints the files whose remembered outcome cannot be used (with `lintAll`), and remembers what they give. */
  async lint(jobs: FileJob[], lintAll: (jobs: FileJob[]) => Promise<FileOutcome[]>, configOf: (job: FileJob) => Config, now?: Date): Promise<FileOutcome[]> {
    const day = dayOf(now);
    const outcomes: FileOutcome[] = new Array(jobs.length);
    const todo: { index: number; pending?: Omit<Entry, 'result' | 'site'> }[] = [];
    jobs.forEach((job, index) => {
      this.seen.add(this.name(job.abs));
      const { hit, pending } = this.lookup(job, this.keyOf(configOf(job), day));
      if (hit) outcomes[index] = hit;
      else todo.push({ index, pending });
    });
    const linted = await lintAll(todo.map((t) => jobs[t.index]));
    todo.forEach((t, k) => {
      const out = (outcomes[t.index] = linted[k]);
      const name = this.name(jobs[t.index].abs);
      if (t.pending && out.result && !out.problem) this.entries.set(name, { ...t.pending, ...entryOf(out) });
      else this.entries.delete(name);
    });
    this.counts.analysed = todo.length;
    this.counts.cached = jobs.length - todo.length;
    return outcomes;
  }

  /** Writes the cache (temporary file, then rename); entries of files that are gone are dropped. */
  save(): void {
    const kept: Record<string, Entry> = {};
    for (const [name, e] of this.entries) if (this.seen.has(name) || exists(join(dirname(this.path), name))) kept[name] = e;
    const body = JSON.stringify(kept);
    const header: Header = { magic: MAGIC, format: FORMAT, version: this.version, savedAt: Date.now(), digest: sha(body) };
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(tmp, `${JSON.stringify(header)}\n${body}`);
      renameSync(tmp, this.path);
    } catch (err) {
      this.notices.push(`cache ${this.path} not written (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      try {
        unlinkSync(tmp);
      } catch {
        // Nothing was written.
      }
    }
  }
}

/** The cache's text; undefined when there is none. Never a FIFO or a device (it could block): those read as "". */
function readCacheText(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : '';
  } catch (err) {
    return ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '') ? undefined : '';
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What is kept of an outcome: a copy, as the report adds workspace findings to the result afterwards. */
function entryOf(out: FileOutcome): Pick<Entry, 'result' | 'site'> {
  const { lines, diagnostics } = out.result!;
  const site = out.site && (({ uri: _u, ...rest }) => rest)(out.site);
  return structuredClone({ result: { lines, diagnostics }, site });
}

/** A remembered outcome for this run (paths as this run shows them). */
function outcomeOf(job: FileJob, e: Entry): FileOutcome {
  const { result, site } = structuredClone({ result: e.result, site: e.site });
  return { result: { file: job.shown, absPath: job.abs, ...result }, site: site && { uri: job.shown, ...site } };
}
