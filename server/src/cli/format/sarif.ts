/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF consumer).
 *
 * - One run; `tool.driver.rules` holds one reportingDescriptor per RuleInfo, in the given order. A
 *   finding whose code has no RuleInfo gets a minimal descriptor appended after them, so every
 *   result's `ruleIndex` points at the descriptor with its `ruleId`.
 * - Artifact URIs are the (relative, `/`-separated, percent-encoded) file paths against
 *   `%SRCROOT%`, which `originalUriBaseIds` resolves to the working directory (derived from
 *   `absPath` minus `file`, falling back to `process.cwd()`).
 * - Regions are 1-based; columns count UTF-16 code units (`columnKind: utf16CodeUnits`), exactly as
 *   our ranges do, so `column = character + 1` and the end column is exclusive, as SARIF wants.
 * - `partialFingerprints["serviceStandard/v1"]` is a SHA-256 of file + code + the trimmed text of
 *   the finding's first line (or, without source, the English message), plus an occurrence number
 *   for identical findings in the same file. It survives lines moving up or down. The key
 *   `primaryLocationLineHash` is left to GitHub's uploader, which computes it itself.
 * - `related` entries become `relatedLocations` with their message.
 */
import { pathToFileURL } from 'node:url';
import type { Lang, Range, Severity } from '../../core/types';
import { fingerprinter } from './fingerprint';
import { localize, sortByPosition } from './json';
import type { FileResult, Formatter } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/service-standard/service-standard';
export const FINGERPRINT_KEY = 'serviceStandard/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };
const LOCALE: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-US' };

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region: SarifRegion;
}

interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: Level };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  partialFingerprints: Record<string, string>;
  relatedLocations?: { id: number; physicalLocation: SarifPhysicalLocation; message: { text: string } }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri: string;
        rules: SarifReportingDescriptor[];
      };
    };
    language: string;
    columnKind: 'utf16CodeUnits';
    originalUriBaseIds: Record<string, { uri: string; description?: { text: string } }>;
    results: SarifResult[];
  }[];
}

/** `missing-required` → `MissingRequired`: SARIF's end-user rule name, distinct from the id. */
function ruleName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

/**
 * A relative path as a URI reference: `/` separators; spaces, `%`, non-ASCII and the like
 * percent-encoded, and also `?`, `#` and `:` (a colon in the first segment would read as a scheme).
 */
export function toUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((seg) => encodeURI(seg).replace(/[?#:]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}

/** The directory `file` is relative to, as a `file:` URI ending in `/`. */
function sourceRoot(results: FileResult[]): string {
  let root: string | undefined;
  for (const r of results) {
    const abs = r.absPath.replace(/\\/g, '/');
    const rel = r.file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (rel && !rel.startsWith('../') && abs.endsWith('/' + rel)) {
      root = r.absPath.slice(0, abs.length - rel.length);
      break;
    }
  }
  const href = pathToFileURL(root ?? process.cwd()).href;
  return href.endsWith('/') ? href : href + '/';
}

function region(range: Range): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export const sarif: Formatter = (results, options) => {
  const { lang } = options;
  const rules: SarifReportingDescriptor[] = options.rules.map((r) => ({
    id: r.code,
    name: ruleName(r.code),
    shortDescription: { text: localize(r.title, lang) },
    helpUri: r.docsUrl,
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const ruleIndex = new Map<string, number>();
  rules.forEach((r, i) => {
    if (!ruleIndex.has(r.id)) ruleIndex.set(r.id, i);
  });
  const indexOf = (code: string): number => {
    let i = ruleIndex.get(code);
    if (i === undefined) {
      i = rules.push({ id: code, name: ruleName(code), shortDescription: { text: code } }) - 1;
      ruleIndex.set(code, i);
    }
    return i;
  };

  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    const uri = toUri(result.file);
    const location = (range: Range): SarifPhysicalLocation => ({
      artifactLocation: { uri, uriBaseId: SRCROOT },
      region: region(range),
    });
    const fingerprint = fingerprinter(result);

    for (const d of sortByPosition(result.diagnostics)) {
      const r: SarifResult = {
        ruleId: d.code,
        ruleIndex: indexOf(d.code),
        level: LEVEL[d.severity],
        message: { text: localize(d.message, lang) },
        locations: [{ physicalLocation: location(d.range) }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d) },
      };
      if (d.related?.length) {
        r.relatedLocations = d.related.map((rel, i) => ({
          id: i + 1,
          physicalLocation: location(rel.range),
          message: { text: localize(rel.message, lang) },
        }));
      }
      sarifResults.push(r);
    }
  }

  const log: SarifLog = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'service-standard',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        language: LOCALE[lang],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { uri: sourceRoot(results) } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
