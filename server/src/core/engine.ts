/**
 * The engine: text -> YAML Document with ranges -> typed model -> rules -> diagnostics.
 * Pure: no file system, no LSP, no VS Code.
 */
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { defaultEdition, getCatalog } from './catalog';
import type { Catalog } from './catalog/types';
import type { Config } from './config/config';
import { buildModel, damageOf, scalarText } from './model/build';
import { Model } from './model/model';
import type { Previous } from './model/reuse';
import { MAX_NESTING, PARSE_OPTIONS, linesOf, parse, rangeOf, type Parsed } from './parse/parse';
import { rules } from './rules';
import type { Report, Rule, RuleContext } from './rules/rule';
import { spellingContext, type SpellerProvider } from './rules/text/speller';
import type { Diagnostic, Severity, SeveritySetting } from './types';

/** Documents longer than this are not parsed: they get one diagnostic saying so. */
export const MAX_CHARS = 2_000_000;

export interface AnalyzeOptions {
  config?: Config;
  /** "Today" for date rules. */
  now?: Date;
  /** Dictionaries for the spelling rule (none: no spell check). */
  speller?: SpellerProvider;
  /**
   * No next version of the text will be derived from this analysis (the CLI, a file read from disk):
   * the model keeps no log of its walk and the text rules keep no findings per scalar, which only
   * serve that next version. The diagnostics are the same; a version derived from it all the same
   * has its model built whole.
   */
  oneShot?: boolean;
}

export interface Analysis {
  parsed: Parsed;
  model: Model;
  catalog?: Catalog;
  diagnostics: Diagnostic[];
  /** What an analysis of the same text may keep of this one (none in one-shot mode): see `analyzeParsed`'s `kept`. */
  basis?: Basis;
}

/** The config an analysis was made with, and every rule's findings before the disable comments were applied. */
export interface Basis {
  config?: Config;
  findings: Diagnostic[];
}

/** What `analyzeParsed` keeps of an analysis of the same text: its model, and its findings (`Basis`). */
export interface Kept {
  model: Model;
  findings: readonly Diagnostic[];
}

/** The edition named in the document, and its catalog (the default one when `edition` is absent). */
export function readEdition(parsed: Parsed): { edition?: string; catalog?: Catalog } {
  const root = parsed.doc.contents;
  const node = isMap(root) ? (root.get('edition', true) as Node | undefined) : undefined;
  if (!isScalar(node) || node.value === null) return { catalog: getCatalog(defaultEdition) };
  const edition = scalarText(node);
  return { edition, catalog: getCatalog(edition) };
}

/**
 * The one diagnostic of a file over the limit, which is not parsed at all (parsing 50 MB of YAML
 * takes seconds and gigabytes). `bytes`: the size on disk, when the file was not even read.
 */
export function tooLargeReport(size: number, unit: 'chars' | 'bytes' = 'chars'): Report {
  const limit = `${Math.round(MAX_CHARS / 1_000_000)} M`;
  const n = unit === 'chars' ? { kk: 'таңба', ru: 'символов', en: 'characters' } : { kk: 'байт', ru: 'байт', en: 'bytes' };
  return {
    offset: [0, 0],
    message: {
      kk: `Файл тым үлкен (${size} ${n.kk}, шегі ${limit} таңба): ол тексерілмеді.`,
      ru: `Файл слишком велик (${size} ${n.ru}, предел ${limit} символов): он не проверялся.`,
      en: `The file is too large (${size} ${n.en}, limit ${limit} characters): it was not checked.`,
    },
  };
}

/** What a file over the limit is taken as: nothing parsed, lines counted (linear) for positions. */
function unparsed(source: string): Parsed {
  return { source, doc: parseDocument('', PARSE_OPTIONS), lines: linesOf(source), conflicts: [], extraDocuments: [] };
}

export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeParsed(source.length > MAX_CHARS ? unparsed(source) : parse(source), options);
}

/** The rules run again on an unchanged text: those that read something besides it and the config. */
const RERUN = new Set(rules.filter((r) => r.reads?.length).map((r) => r.code));

/**
 * The model, rules and diagnostics of a text already parsed (by `parse()`, or patched incrementally).
 * `previous`: the model of the version the Document was patched from, and what the patch touched.
 * `kept`: the model and the findings (its `basis`) of an analysis of this very text under this config:
 * only the rules that read something else (`Rule.reads`) are run again, the others' findings are kept.
 */
export function analyzeParsed(parsed: Parsed, options: AnalyzeOptions = {}, previous?: Previous, kept?: Kept): Analysis {
  const source = parsed.source;
  const tooLong = source.length > MAX_CHARS;
  const { edition, catalog } = readEdition(parsed);
  const model = kept?.model ?? (tooLong ? new Model(catalog, edition, []) : buildModel(parsed.doc, catalog, edition, damageOf(parsed), previous, !options.oneShot));
  const diagnostics: Diagnostic[] = [];
  const overrides = options.config?.rules ?? {};
  const now = options.now ?? new Date();

  const emit = (code: string, severity: Severity, r: Report) => {
    diagnostics.push({
      code,
      severity,
      message: r.message,
      offset: r.offset,
      range: rangeOf(parsed.lines, r.offset[0], r.offset[1]),
      fixes: r.fixes,
      related: r.related?.map((x) => ({ ...x, range: rangeOf(parsed.lines, x.offset[0], x.offset[1]) })),
      clause: r.clause,
    });
  };

  if (parsed.tooDeep !== undefined && overrides.syntax !== 'off') {
    const at = parsed.tooDeep;
    emit('syntax', 'error', {
      offset: [at, Math.min(at + 1, source.length)],
      message: {
        kk: `Мұнда YAML ${MAX_NESTING} деңгейден тереңірек салынған: стандартта мұндай құрылым болмайды, файл тексерілмеді.`,
        ru: `Здесь YAML вложен глубже ${MAX_NESTING} уровней: в стандарте такой структуры не бывает, файл не проверялся.`,
        en: `The YAML nests deeper than ${MAX_NESTING} levels here: a standard has no such structure, so the file was not checked.`,
      },
    });
  }

  if (tooLong && overrides.syntax !== 'off') emit('syntax', 'error', tooLargeReport(source.length));

  const ctx: Omit<RuleContext, 'report'> = {
    parsed,
    source,
    model,
    catalog,
    now,
    spelling: spellingContext(options.speller, options.config?.words, options.config?.spelling),
    findings: (kind) => model.find(kind),
    oneShot: options.oneShot,
  };
  if (kept) for (const d of kept.findings) if (!RERUN.has(d.code)) diagnostics.push(d);
  for (const rule of rules) {
    const setting = overrides[rule.code];
    if (setting === 'off' || (kept && !RERUN.has(rule.code))) continue;
    if (tooLong || (parsed.tooDeep !== undefined && rule.code !== 'syntax' && rule.code !== 'merge-conflict')) continue;
    const report = (r: Report) => emit(rule.code, setting ?? r.severity ?? rule.defaultSeverity, r);
    try {
      rule.check({ ...ctx, report });
    } catch (err) {
      emit(rule.code, 'error', {
        offset: [0, 0],
        message: {
          kk: `\`${rule.code}\` ережесі орындалмады: ${String(err)}`,
          ru: `Правило \`${rule.code}\` не выполнено: ${String(err)}`,
          en: `Rule \`${rule.code}\` failed: ${String(err)}`,
        },
      });
    }
  }
  const basis = options.oneShot ? undefined : { config: options.config, findings: diagnostics.slice() };
  if (!tooLong) review(rules, ctx, diagnostics, emit, overrides);
  diagnostics.sort((a, b) => a.offset[0] - b.offset[0] || a.offset[1] - b.offset[1] || a.code.localeCompare(b.code));
  return { parsed, model, catalog, diagnostics: once(diagnostics), basis };
}

const KNOWN = new Set(rules.map((r) => r.code));

/** The rules that review the others' findings (inline disable comments): what they keep stays. */
function review(
  all: Rule[],
  ctx: Omit<RuleContext, 'report'>,
  diagnostics: Diagnostic[],
  emit: (code: string, severity: Severity, r: Report) => void,
  overrides: Record<string, SeveritySetting | undefined>,
): void {
  for (const rule of all) {
    if (!rule.review) continue;
    const found = diagnostics.splice(0);
    const setting = overrides[rule.code];
    const report = (r: Report) => (setting === 'off' ? undefined : emit(rule.code, setting ?? r.severity ?? rule.defaultSeverity, r));
    diagnostics.push(...rule.review({ ...ctx, report }, found, KNOWN));
  }
}

/** Rules whose findings say a value itself is unreadable, and those (structure) that stand on their own. */
const BROKEN = new Set(rules.filter((r) => r.marksBroken).map((r) => r.code));
const OWN = new Set(rules.filter((r) => r.group === 'structure').map((r) => r.code));

/**
 * One diagnostic per rule, place and message (a text reached again through an alias is reported
 * once); a consistency finding whose related value is itself reported as broken is left out.
 */
function once(sorted: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const broken = sorted.filter((d) => BROKEN.has(d.code)).map((d) => d.offset);
  const rests = (d: Diagnostic) => !OWN.has(d.code) && !!d.related?.some((r) => broken.some((b) => r.offset[0] < b[1] && b[0] < r.offset[1]));
  return sorted.filter((d) => {
    if (rests(d)) return false;
    const key = `${d.code}|${d.offset[0]}|${d.offset[1]}|${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
