/** Finding and reading `.service-standard.yaml`, walking up from a file to the repository root. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE, emptyConfig, parseConfig, type Config, type ConfigProblem } from '../core/config/config';

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

export function loadConfigFile(path: string): LoadedConfig {
  const { config, problems } = parseConfig(readFileSync(path, 'utf8'));
  return { path, config, problems };
}

/** Loads configs once per path. */
export class ConfigCache {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byPath = new Map<string, LoadedConfig>();

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
    const match = picomatch(config.ignore, { dot: true });
    const rel = (p: string) => relative(root, p).split(sep).join('/');
    if (rel(file).startsWith('..')) return false;
    return match(rel(file)) && !match(`${rel(dirArg)}/.probe`);
  }

  clear(): void {
    this.byDir.clear();
    this.byPath.clear();
  }
}
