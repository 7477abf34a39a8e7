/**
 * `npm run bench [-- --quick]`: our language server and CLI measured side by side with what a user
 * would otherwise run: Red Hat's yaml-language-server given our generated JSON Schema, and ajv-cli.
 * Prints a table and writes bench/results.json, bench/results.md and (after a full run) the
 * README's performance table.
 *
 * Every figure is the tools' work alone: our debounce is set to 0 and yaml-language-server's hard-coded
 * validation delay too (bench/yls-delay.cjs); the shipped debounces are reported on their own lines,
 * with the edit-to-diagnostics latency a user sees with them. Every rule of ours is on, as shipped.
 */
import { rmSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { cliCache } from './cli-cache';
import { cli } from './cli-run';
import { MAIN, P, QUICK, elapsed, log, ms, withCode, work } from './context';
import { floor, generated, largeText, rssDocs } from './documents';
import { makeEdits } from './edits';
import { coldFirst, measureRss, shipped, type ColdFirst } from './lsp-more';
import { measureServer } from './lsp-run';
import { report } from './report';
import { ROOT, SCHEMA, ours, yamlLanguageServer, ylsShippedDelayMs, ylsVersion } from './servers';

async function main() {
  log(`service-standard bench${QUICK ? ' (--quick: smaller samples, figures are indicative only)' : ''}`);
  log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${platform()} ${arch()}; yaml-language-server ${ylsVersion()}; schema ${SCHEMA.replace(ROOT + '/', '')}`);
  log('');
  const { texts, info } = generated();
  const floorRes = floor(texts);

  const mainText = withCode(texts[MAIN], 80000000 + MAIN);
  const { edits, finalText } = makeEdits(mainText, P.edits);
  const large = largeText(texts);
  const oursRun = await measureServer(ours(0), texts, mainText, edits, finalText, true, large);
  const ylsRun = await measureServer(yamlLanguageServer(0), texts, mainText, edits, finalText, false, large);
  log(`\nFirst diagnostics in a fresh server, spawn -> diagnostics, the document opened at \`initialized\` (${P.coldReps} starts each, taking turns, ${MAIN} lines) ...`);
  const coldLine = (c: ColdFirst) => `${ms(c.median)} [${c.samples.join(', ')}] (start-up ${ms(c.startMs)}, didOpen -> diagnostics ${ms(c.afterOpenMs)}; opened once the settings are applied: ${ms(c.settled.median)})`;
  [oursRun.cold, ylsRun.cold] = await coldFirst([() => ours(0), () => yamlLanguageServer(0)], mainText);
  log(`  service-standard: ${coldLine(oursRun.cold)}`);
  log(`  yaml-language-server: ${coldLine(ylsRun.cold)}`);
  if (ylsRun.schemaCleanOnMain.diagnostics) log(`  note: yaml-language-server reports ${ylsRun.schemaCleanOnMain.diagnostics} schema diagnostics on the generated standard, e.g. ${ylsRun.schemaCleanOnMain.sample.join(' | ')}`);

  log('\nShipped debounces (figures above are measured with both set to 0):');
  const shippedEdits = edits.slice(0, P.shippedEdits);
  const oursShipped = await shipped(ours(undefined), mainText, shippedEdits);
  const ylsShipped = await shipped(yamlLanguageServer(undefined), mainText, shippedEdits);
  const ylsDelay = ylsShippedDelayMs();
  log(`  service-standard: debounceMs ${DEFAULT_SETTINGS.debounceMs} (setting \`debounceMs\`); edit -> diagnostics as shipped: p50 ${ms(oursShipped.p50)} (${shippedEdits.length} edits)`);
  log(`  yaml-language-server: validationDelayMs ${ylsDelay} (hard-coded); edit -> diagnostics as shipped: p50 ${ms(ylsShipped.p50)} (${shippedEdits.length} edits)`);

  log(`\nPeak RSS with ${P.rssDocs} standards open (300-3,000 lines each; median of ${P.rssRuns} fresh processes) ...`);
  const docs = rssDocs();
  const rssOurs = await measureRss(() => ours(0), docs);
  log(`  service-standard: peak ${rssOurs.peakMb} MB [${rssOurs.peaksMb.join(', ')}] (idle ${rssOurs.idleRssMb} MB, now ${rssOurs.rssMb} MB; opened in ${ms(rssOurs.openAllMs)})`);
  const rssYls = await measureRss(() => yamlLanguageServer(0), docs);
  log(`  yaml-language-server: peak ${rssYls.peakMb} MB [${rssYls.peaksMb.join(', ')}] (idle ${rssYls.idleRssMb} MB, now ${rssYls.rssMb} MB; opened in ${ms(rssYls.openAllMs)})`);

  const cliRes = cli();
  log(`\nCLI with --cache: cold, warm, warm after a checkout (${P.cliRuns} runs each) ...`);
  const cacheRes = cliCache(join(work, 'cli'), P.cliRuns, cliRes.ajvYamlMs);
  log(`  cold ${ms(cacheRes.coldMs)}, warm ${ms(cacheRes.warmMs)} (${cacheRes.counts.warm}), after a checkout ${ms(cacheRes.warmAfterCheckoutMs)} (${cacheRes.counts.checkout})`);

  report({
    info,
    floor: floorRes,
    ours: oursRun,
    yls: ylsRun,
    shipped: { ours: oursShipped, yls: ylsShipped, ylsDelay },
    rss: { docs: P.rssDocs, totalLines: docs.reduce((n, d) => n + d.lines, 0), ours: rssOurs, yls: rssYls },
    cli: cliRes,
    cache: cacheRes,
  });
  log(`\nwrote bench/results.json and bench/results.md in ${elapsed()}`);
}

main()
  .catch((err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
