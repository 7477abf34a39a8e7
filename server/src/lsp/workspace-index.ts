/** Service codes across the workspace: open documents and the standards found on disk. */
import type { Range } from './library';
import type { CodeSite } from '../core/rules/workspace/duplicate-service-code';

export class CodeIndex {
  private readonly sites = new Map<string, CodeSite>();
  /** The files of each code, so that finding who shares a code does not walk the workspace. */
  private readonly byCode = new Map<string, Set<string>>();
  /** Where the code stands in a file read from disk (an open document has its own text). */
  private readonly ranges = new Map<string, Range>();
  /** Counts the updates: the workspace findings of a file can only have changed when it moved. */
  updates = 0;

  /** Records a file's code (and, for a file on disk, its range); returns whether anything changed. */
  set(uri: string, site: CodeSite | undefined, range?: Range): boolean {
    this.updates++;
    const old = this.sites.get(uri);
    if (range) this.ranges.set(uri, range);
    else this.ranges.delete(uri);
    if (old) this.byCode.get(old.code)?.delete(uri);
    if (old && this.byCode.get(old.code)?.size === 0) this.byCode.delete(old.code);
    if (!site) return this.sites.delete(uri);
    this.sites.set(uri, site);
    const group = this.byCode.get(site.code) ?? new Set<string>();
    this.byCode.set(site.code, group.add(uri));
    return !old || old.code !== site.code || old.offset[0] !== site.offset[0] || old.offset[1] !== site.offset[1];
  }

  all(): CodeSite[] {
    return [...this.sites.values()];
  }

  /** Files sharing a code with `uri` (before or after a change). */
  sharing(code: string | undefined): string[] {
    return code ? [...(this.byCode.get(code) ?? [])] : [];
  }

  /** The sites of the files that give `code`. */
  group(code: string | undefined): CodeSite[] {
    return this.sharing(code).map((uri) => this.sites.get(uri)!);
  }

  /** The files that give a code (open or on disk). */
  uris(): IterableIterator<string> {
    return this.sites.keys();
  }

  get(uri: string): CodeSite | undefined {
    return this.sites.get(uri);
  }

  /** The range of the code in a file on disk, as it was read. */
  rangeOf(uri: string): Range | undefined {
    return this.ranges.get(uri);
  }
}
