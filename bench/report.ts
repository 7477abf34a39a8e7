/**
 * The bench's verdict: ratios (ours / the other tool, lower is better) against their targets, the
 * table printed and written to `bench/results.md` (and, after a full run, to README.md between
 * `<!-- perf:start -->` and `<!-- perf:end -->`), every figure in `bench/results.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { MAIN, P, QUICK, log, ms, started } from './context';
import type { cliCache } from './cli-cache';
import type { cli } from './cli-run';
import type { floor } from './documents';
import type { measureRss } from './lsp-more';
import type { ServerRun } from './lsp-run';
import { ROOT, SCHEMA_URI, ylsVersion } from './servers';
import { round, type Summary } from './stats';

export const TARGETS = {
  editP50: 0.2,
  editP50Large: 0.1,
  completionP95: 0.3,
  hoverP95: 0.3,
  firstDiagnostics: 0.5,
  rss100: 0.5,
  analysisOverParse: 3,
  cliOverFloor: 1.3,
  cliCachedOverValidator: 0.25,
};
type RatioKey = keyof typeof TARGETS;

export interface Figures {
  info: Record<number, unknown>;
  floor: ReturnType<typeof floor>;
  ours: ServerRun;
  yls: ServerRun;
  shipped: { ours: Summary; yls: Summary; ylsDelay: number | undefined };
  rss: { docs: number; totalLines: number; ours: Awaited<ReturnType<typeof measureRss>>; yls: Awaited<ReturnType<typeof measureRss>> };
  cli: ReturnType<typeof cli>;
  cache: ReturnType<typeof cliCache>;
}

function ratiosOf(f: Figures): Record<RatioKey | 'cliOverValidator', number> {
  return {
    editP50: round(f.ours.edits.p50 / f.yls.edits.p50, 3),
    editP50Large: round(f.ours.editsLarge.p50 / f.yls.editsLarge.p50, 3),
    completionP95: round(f.ours.completion.p95 / f.yls.completion.p95, 3),
    hoverP95: round(f.ours.hover.p95 / f.yls.hover.p95, 3),
    firstDiagnostics: round(f.ours.cold!.median / f.yls.cold!.median, 3),
    rss100: round(f.rss.ours.peakMb / f.rss.yls.peakMb, 3),
    analysisOverParse: round(f.floor[MAIN].analyzeMs / f.floor[MAIN].parseMs, 3),
    cliOverFloor: round(f.cli.oursMs / f.cli.floorMs, 3),
    cliCachedOverValidator: f.cache.cliCachedOverValidator,
    cliOverValidator: round(f.cli.oursMs / f.cli.ajvYamlMs, 3),
  };
}

type Row = [string, string, string, string, string, string];
const x = (r: number) => `${r.toFixed(2)}x`;

function sections(f: Figures, ratios: ReturnType<typeof ratiosOf>, met: Record<RatioKey, boolean>): [string, string, Row[]][] {
  const yes = (k: RatioKey) => (met[k] ? 'yes' : 'NO');
  const target = (k: RatioKey) => `<= ${TARGETS[k]}x`;
  const pair = (name: string, a: number, b: number, k?: RatioKey): Row => [name, ms(a), ms(b), x(k ? ratios[k] : a / b), k ? target(k) : '', k ? yes(k) : ''];
  const { ours, yls, cli, cache } = f;
  const lsp: Row[] = [
    pair(`First diagnostics, ${MAIN} lines, fresh server (spawn -> diagnostics)`, ours.cold!.median, yls.cold!.median, 'firstDiagnostics'),
    pair('  of which start-up (spawn -> initialize result)', ours.cold!.startMs, yls.cold!.startMs),
    pair('  of which didOpen -> diagnostics', ours.cold!.afterOpenMs, yls.cold!.afterOpenMs),
    pair(`First diagnostics, ${MAIN} lines, fresh server, opened once its settings are applied`, ours.cold!.settled.median, yls.cold!.settled.median),
  ];
  for (const s of P.sizes) lsp.push(pair(`First diagnostics, ${s} lines, warm server`, ours.firstDiagnostics[s].median, yls.firstDiagnostics[s].median));
  lsp.push(
    pair(`Edit -> diagnostics p50 (${ours.edits.n} edits, ${MAIN} lines)`, ours.edits.p50, yls.edits.p50, 'editP50'),
    pair('Edit -> diagnostics p95', ours.edits.p95, yls.edits.p95),
    pair(`Edit -> diagnostics p50 (${ours.editsLarge.n} edits, ${ours.editsLarge.lines} lines)`, ours.editsLarge.p50, yls.editsLarge.p50, 'editP50Large'),
    pair('Completion p50', ours.completion.p50, yls.completion.p50),
    pair('Completion p95', ours.completion.p95, yls.completion.p95, 'completionP95'),
    pair('Hover p50', ours.hover.p50, yls.hover.p50),
    pair('Hover p95', ours.hover.p95, yls.hover.p95, 'hoverP95'),
    [`Peak RSS, ${f.rss.docs} standards open`, `${f.rss.ours.peakMb} MB`, `${f.rss.yls.peakMb} MB`, x(ratios.rss100), target('rss100'), yes('rss100')],
    ['Debounce as shipped', `${DEFAULT_SETTINGS.debounceMs} ms`, `${f.shipped.ylsDelay} ms`, '', 'separate', ''],
    pair('Edit -> diagnostics p50 as shipped', f.shipped.ours.p50, f.shipped.yls.p50),
  );
  const floorRows: Row[] = [pair(`Analysis / bare yaml parse, ${MAIN} lines`, f.floor[MAIN].analyzeMs, f.floor[MAIN].parseMs, 'analysisOverParse')];
  for (const s of P.sizes.filter((s) => s !== MAIN)) floorRows.push(pair(`Analysis / bare yaml parse, ${s} lines`, f.floor[s].analyzeMs, f.floor[s].parseMs));
  const cliRows: Row[] = [
    pair(`CLI lint, ${cli.files} files vs floor (node + yaml parse)`, cli.oursMs, cli.floorMs, 'cliOverFloor'),
    pair(`CLI lint --cache, warm, ${cache.files} files vs ajv-cli (YAML)`, cache.warmMs, cli.ajvYamlMs, 'cliCachedOverValidator'),
    [`CLI lint --cache, cold / after a checkout`, `${ms(cache.coldMs)} / ${ms(cache.warmAfterCheckoutMs)}`, ms(cli.ajvYamlMs), x(cache.checkoutOverValidator), '', ''],
    pair(`CLI lint vs ajv-cli (YAML)`, cli.oursMs, cli.ajvYamlMs),
    pair(`CLI lint vs ajv-cli on JSON copies`, cli.oursMs, cli.ajvJsonMs),
  ];
  return [
    ['Language server', 'yaml-language-server', lsp],
    ['Analysis floor (in-process, every rule on)', 'bare parse', floorRows],
    ['CLI', 'other', cliRows],
  ];
}

/** The tables, as printed and as markdown. */
function tables(all: [string, string, Row[]][]): string[] {
  const widths = [0, 1, 2, 3, 4, 5].map((i) => Math.max(...all.flatMap(([, o, rs]) => [['figure', 'service-standard', o, 'ratio', 'target', 'met'], ...rs].map((r) => r[i].length)), 0));
  const fmt = (r: Row) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const md: string[] = [];
  log('');
  for (const [title, o, rs] of all) {
    log(title);
    log(fmt(['figure', 'service-standard', o, 'ratio', 'target', 'met']));
    for (const r of rs) log(fmt(r));
    log('');
    md.push(`| ${title} | service-standard | ${o} | ratio | target | met |`, '|---|---:|---:|---:|---|---|', ...rs.map((r) => `| ${r.join(' | ')} |`), '');
  }
  return md;
}

const versionOf = (dir: string) => (JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { version: string }).version;

/** The table between the README's markers (full runs only: a smoke run's figures are not the project's). */
function updateReadme(table: string): void {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const m = /(<!-- perf:start -->\n)[\s\S]*?(<!-- perf:end -->)/.exec(readme);
  if (!m) {
    log('README.md has no <!-- perf:start --> ... <!-- perf:end --> markers: not updated');
    return;
  }
  writeFileSync(path, readme.replace(m[0], `${m[1]}${table}${m[2]}`));
  log('README.md: the performance table updated');
}

export function report(f: Figures): void {
  const ratios = ratiosOf(f);
  const met = Object.fromEntries((Object.keys(TARGETS) as RatioKey[]).map((k) => [k, ratios[k] <= TARGETS[k]])) as Record<RatioKey, boolean>;
  const md = tables(sections(f, ratios, met));
  log(`ratios (ours / other, lower is better): ${JSON.stringify(ratios)}`);
  const missed = Object.entries(met).filter(([, v]) => !v).map(([k]) => k);
  log(`targets met: ${Object.keys(met).length - missed.length}/${Object.keys(met).length}${missed.length ? ` (not met: ${missed.join(', ')})` : ''}`);
  if (f.ours.equivalence && !f.ours.equivalence.equal) log(`WARNING: diagnostics after incremental edits differ from analyze(): ${f.ours.equivalence.difference}`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, platform: platform(), arch: arch(), totalMemMb: Math.round(totalmem() / 2 ** 20) };
  const results = {
    timestamp: new Date().toISOString(),
    quick: QUICK,
    durationS: round((performance.now() - started) / 1000, 1),
    machine,
    tools: { serviceStandard: versionOf('.'), yamlLanguageServer: ylsVersion(), ajvCli: versionOf('node_modules/ajv-cli'), yaml: versionOf('node_modules/yaml'), schema: SCHEMA_URI.replace(pathToFileURL(ROOT).href + '/', '') },
    method: {
      client: 'test/support/lsp-client.ts drives both servers over stdio with the same capabilities; times are from sending a message to receiving the answer/publishDiagnostics in the client',
      debounce: 'both measured with no debounce (ours: initializationOptions.settings.debounceMs = 0; yaml-language-server: its hard-coded validationDelayMs set to 0 by preloading bench/yls-delay.cjs); shipped debounces reported separately',
      yamlLanguageServerSettings: 'yaml.schemas {<schemas/kz-2010.schema.json>: "*.standard.yaml"}, validate/completion/hover on, schema store off',
      rules: 'every rule on, as shipped (the spelling rule with the hunspell dictionaries the CLI and the server load)',
      percentiles: 'linear interpolation',
      mainSize: MAIN,
    },
    generated: f.info,
    floor: f.floor,
    lsp: { ours: f.ours, yamlLanguageServer: f.yls },
    debounce: { oursDefaultMs: DEFAULT_SETTINGS.debounceMs, yamlLanguageServerMs: f.shipped.ylsDelay ?? null, shippedEditToDiagnostics: { ours: f.shipped.ours, yamlLanguageServer: f.shipped.yls } },
    rss: { docs: f.rss.docs, totalLines: f.rss.totalLines, ours: f.rss.ours, yamlLanguageServer: f.rss.yls },
    cli: f.cli,
    cliCache: f.cache,
    equivalence: f.ours.equivalence,
    ratios,
    targets: TARGETS,
    met,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = [`<!-- written by \`npm run bench\`${QUICK ? ' --quick' : ''} on ${results.timestamp}: node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}) -->`, '', ...md].join('\n');
  writeFileSync(join(__dirname, 'results.md'), table);
  if (!QUICK) updateReadme(table);
}
