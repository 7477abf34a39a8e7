/** Finding and reading `.service-standard.yaml`, walking up from a file to the repository root. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE, emptyConfig, parseConfig, type Config, type ConfigProblem } from '../core/config/config';
import { readStandardSync } from './read';

export interface LoadedConfig {
  path?: string;
  config: Config;
  problems: ConfigProblem[];
}

/** The nearest config file above `start`; the search stops at a directory holding `.git`. */
export function findConfigPath(start: string): string | undefined {
  let dir = existsSync(start) && statSync(start).isDirectory() ? start : dirname(start);
  const { root } = parsePath(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dir === root) return undefined;
    dir = dirname(dir);
  }
}

/** A config is a few lines; a larger file is not read. */
export const MAX_CONFIG_BYTES = 1_000_000;

/** Reads a config; one that cannot be read (a directory, binary, too large) gives one problem and the defaults. */
export function loadConfigFile(path: string): LoadedConfig {
  const read = readStandardSync(path, MAX_CONFIG_BYTES);
  const why = 'error' in read ? read.error : 'tooLarge' in read ? `too large: ${read.tooLarge} bytes, limit ${MAX_CONFIG_BYTES}` : undefined;
  if (why !== undefined || !('text' in read)) {
    const message = {
      kk: `Баптау файлы оқылмады (${why}): әдепкі баптаулар қолданылады.`,
      ru: `Файл настроек не прочитан (${why}): используются настройки по умолчанию.`,
      en: `The config was not read (${why}): the defaults are used.`,
    };
    return { path, config: emptyConfig(), problems: [{ offset: [0, 0], message }] };
  }
  const { config, problems } = parseConfig(read.text);
  return { path, config, problems };
}

/** Globs joined into one regular expression (V8 compiles a huge one slowly, or refuses it). */
const GLOBS_PER_RE = 20;

/** Regular expressions compiled on first use, a few globs each. */
class GlobGroup {
  private readonly sources: string[] = [];
  private res?: RegExp[];
  add(source: string): void {
    this.sources.push(`(?:${source})`);
  }
  test(path: string): boolean {
    if (!this.res) {
      this.res = [];
      for (let i = 0; i < this.sources.length; i += GLOBS_PER_RE) this.res.push(new RegExp(this.sources.slice(i, i + GLOBS_PER_RE).join('|')));
    }
    return this.res.some((re) => re.test(path));
  }
}

/**
 * A config's `ignore` globs compiled once, grouped by their first literal folder (`drafts/**` is
 * tried only on paths under `drafts/`): the cost is linear in the globs, and a path is tested
 * against the few that can match it.
 */
export function ignoreMatcher(globs: string[]): (path: string) => boolean {
  const byFolder = new Map<string, GlobGroup>();
  const anywhere = new GlobGroup();
  let any = false;
  for (const g of new Set(globs)) {
    let source: string;
    try {
      source = picomatch.makeRe(g, { dot: true }).source;
    } catch {
      continue; // A glob picomatch cannot read matches nothing.
    }
    const { base, negated } = picomatch.scan(g);
    const folder = base.split('/')[0];
    if (negated || !folder || folder === '.' || folder === '..') {
      anywhere.add(source);
      any = true;
    } else {
      if (!byFolder.has(folder)) byFolder.set(folder, new GlobGroup());
      byFolder.get(folder)!.add(source);
    }
  }
  return (path) => (any && anywhere.test(path)) || (byFolder.get(path.split('/')[0])?.test(path) ?? false);
}

/** Whether `path` is one of `roots` or lies in one of them (at any depth). */
function within(path: string, roots: Set<string>): boolean {
  for (let p = path; ; p = dirname(p)) {
    if (roots.has(p)) return true;
    if (dirname(p) === p) return false;
  }
}

/** Loads configs once per path. */
export class ConfigCache {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byPath = new Map<string, LoadedConfig>();
  private readonly matchers = new Map<string, (path: string) => boolean>();

  forFile(file: string): LoadedConfig {
    const dir = dirname(file);
    let path = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      path = findConfigPath(dir);
      this.byDir.set(dir, path);
    }
    if (!path) return { config: emptyConfig(), problems: [] };
    let loaded = this.byPath.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path);
      this.byPath.set(path, loaded);
    }
    return loaded;
  }

  /**
   * Config `ignore` globs, for files found under a directory argument. A directory the user
   * names that lies inside an ignored area is linted all the same: naming it is asking for it.
   */
  isIgnored(file: string, dirArg: string): boolean {
    const { path, config } = this.forFile(file);
    if (!path || !config.ignore?.length) return false;
    const root = dirname(path);
    let match = this.matchers.get(path);
    if (!match) {
      match = ignoreMatcher(config.ignore);
      this.matchers.set(path, match);
    }
    const rel = (p: string) => relative(root, p).split(sep).join('/');
    if (rel(file).startsWith('..')) return false;
    return match(rel(file)) && !match(`${rel(dirArg)}/.probe`);
  }

  /**
   * Forgets what was found in these paths and under them (folders deleted, or created: moved in,
   * maybe with their config): the configs read there, and what each directory there was given,
   * which is looked for again. Returns the directories whose config is now another, or read anew.
   */
  forget(paths: Iterable<string>): Set<string> {
    const roots = new Set(paths);
    const changed = new Set<string>();
    if (roots.size === 0) return changed;
    for (const path of [...this.byPath.keys()]) {
      if (!within(path, roots)) continue;
      this.byPath.delete(path);
      this.matchers.delete(path);
    }
    for (const [dir, path] of this.byDir) {
      if (!within(dir, roots)) continue;
      const found = findConfigPath(dir);
      this.byDir.set(dir, found);
      if (found !== path || (path !== undefined && within(path, roots))) changed.add(dir);
    }
    return changed;
  }

  clear(): void {
    this.byDir.clear();
    this.byPath.clear();
    this.matchers.clear();
  }
}
