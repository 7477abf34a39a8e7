/** `service-standard lint`: the same diagnostics as the editor, for CI and reviewers. */
import { readFileSync } from 'node:fs';
import type { LineCounter } from 'yaml';
import { relative, sep } from 'node:path';
import { analyze } from '../core/engine';
import { docsUrl, toolVersion } from '../core/docs';
import { rangeOf } from '../core/parse/parse';
import { rules } from '../core/rules';
import { checkWorkspace, codeSite, type CodeSite } from '../core/rules/workspace/duplicate-service-code';
import type { Lang, SeveritySetting } from '../core/types';
import { ConfigCache } from '../node/config-file';
import { collectFiles, decodeText } from '../node/files';
import { formatters, type FormatName } from './format';
import type { FileResult, RuleInfo } from './format/types';

export interface LintOptions {
  paths: string[];
  format: FormatName;
  lang?: Lang;
  maxWarnings?: number;
  color: boolean;
  cwd: string;
  now?: Date;
}

export interface LintOutcome {
  output: string;
  /** One line per file or argument that could not be linted. */
  problems: string[];
  results: FileResult[];
  exitCode: 0 | 1 | 2;
}

export function ruleInfos(): RuleInfo[] {
  return rules.map((r) => ({ code: r.code, title: r.title, defaultSeverity: r.defaultSeverity, docsUrl: docsUrl(r.code) }));
}

export function lint(o: LintOptions): LintOutcome {
  const configs = new ConfigCache();
  const { files, problems } = collectFiles(o.paths, o.cwd, (file, dir) => configs.isIgnored(file, dir));
  const results: FileResult[] = [];
  const sites: CodeSite[] = [];
  const dupSetting = new Map<string, SeveritySetting | undefined>();
  const lines = new Map<string, LineCounter>();
  let lang = o.lang;
  for (const abs of files) {
    const shown = relative(o.cwd, abs).split(sep).join('/') || abs;
    const { config, problems: configProblems, path: configPath } = configs.forFile(abs);
    for (const p of configProblems) {
      const line = `${configPath}: ${p.message.en}`;
      if (!problems.includes(line)) problems.push(line);
    }
    lang ??= config.language;
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (err) {
      problems.push(`${shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      continue;
    }
    const decoded = decodeText(bytes);
    if ('error' in decoded) {
      problems.push(`${shown}: ${decoded.error}`);
      continue;
    }
    const analysis = analyze(decoded.text, { config, now: o.now });
    const result: FileResult = { file: shown, absPath: abs, source: decoded.text, diagnostics: analysis.diagnostics };
    results.push(result);
    const site = codeSite(shown, analysis.model);
    if (site) sites.push(site);
    dupSetting.set(shown, config.rules['duplicate-service-code']);
    lines.set(shown, analysis.parsed.lines);
  }
  addWorkspaceFindings(results, sites, dupSetting, lines);
  const language: Lang = lang ?? 'en';
  const output = formatters[o.format](results, { lang: language, color: o.color, rules: ruleInfos(), toolVersion });
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooMany = o.maxWarnings !== undefined && warnings > o.maxWarnings;
  const exitCode = problems.length > 0 || results.length === 0 ? 2 : errors > 0 || tooMany ? 1 : 0;
  if (results.length === 0 && problems.length === 0) problems.push('no standards to lint');
  if (tooMany) problems.push(`too many warnings: ${warnings} (--max-warnings ${o.maxWarnings})`);
  return { output, problems, results, exitCode };
}

function addWorkspaceFindings(
  results: FileResult[],
  sites: CodeSite[],
  settings: Map<string, SeveritySetting | undefined>,
  lines: Map<string, LineCounter>,
): void {
  for (const f of checkWorkspace(sites)) {
    const setting = settings.get(f.uri);
    const r = results.find((x) => x.file === f.uri);
    const own = lines.get(f.uri);
    if (setting === 'off' || !r || !own) continue;
    r.diagnostics.push({
      code: 'duplicate-service-code',
      severity: setting ?? 'warning',
      message: f.message,
      offset: f.offset,
      range: rangeOf(own, f.offset[0], f.offset[1]),
      related: f.related.map((x) => ({
        file: x.uri,
        offset: x.offset,
        message: x.message,
        range: rangeOf(lines.get(x.uri)!, x.offset[0], x.offset[1]),
      })),
    });
    r.diagnostics.sort((a, b) => a.offset[0] - b.offset[0]);
  }
}
