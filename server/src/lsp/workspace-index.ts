/** Service codes across the workspace: open documents and the standards found on disk. */
import type { CodeSite } from '../core/rules/workspace/duplicate-service-code';

export class CodeIndex {
  private readonly sites = new Map<string, CodeSite>();

  /** Records a file's code; returns whether anything changed. */
  set(uri: string, site: CodeSite | undefined): boolean {
    const old = this.sites.get(uri);
    if (!site) return this.sites.delete(uri);
    this.sites.set(uri, site);
    return !old || old.code !== site.code || old.offset[0] !== site.offset[0] || old.offset[1] !== site.offset[1];
  }

  all(): CodeSite[] {
    return [...this.sites.values()];
  }

  /** Files sharing a code with `uri` (before or after a change). */
  sharing(code: string | undefined): string[] {
    if (!code) return [];
    return this.all()
      .filter((s) => s.code === code)
      .map((s) => s.uri);
  }

  get(uri: string): CodeSite | undefined {
    return this.sites.get(uri);
  }
}
