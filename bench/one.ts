/**
 * One measurement of `npm run bench`, alone, for our server only (quick checks while working on it):
 *
 *   npx tsx bench/one.ts rss     peak RSS with 100 standards open (one fresh process)
 *   npx tsx bench/one.ts hover   hover p50/p95 on the 3,000-line standard after 200 edits
 *   npx tsx bench/one.ts cold    first diagnostics of a fresh server, spawn -> diagnostics (7 starts, 3,000 lines)
 *   npx tsx bench/one.ts cold --yls   the same, then yaml-language-server's, and the ratio
 *
 * Run `npm run build` first: it measures dist/server.js, as the full bench does.
 */
import { P, MAIN, log, ms, withCode } from './context';
import { rssDocs } from './documents';
import { makeEdits } from './edits';
import { generateStandard } from './generate';
import { coldFirst, measureRss } from './lsp-more';
import { measureServer } from './lsp-run';
import { ours, yamlLanguageServer } from './servers';

async function main(what: string) {
  if (what === 'rss') {
    const r = await measureRss(() => ours(0), rssDocs());
    log(`rss: peak ${r.peakMb} MB [${r.peaksMb.join(', ')}] (idle ${r.idleRssMb} MB, now ${r.rssMb} MB; opened in ${ms(r.openAllMs)})`);
  } else if (what === 'cold') {
    const text = withCode(generateStandard({ lines: MAIN, seed: MAIN }), 80000000 + MAIN);
    const yls = process.argv.includes('--yls');
    const [r, y] = await coldFirst(yls ? [() => ours(0), () => yamlLanguageServer(0)] : [() => ours(0)], text);
    log(`cold first diagnostics (spawn -> diagnostics): median ${ms(r.median)} [${r.samples.join(', ')}] (start-up ${ms(r.startMs)}, didOpen -> diagnostics ${ms(r.afterOpenMs)}; opened once the settings are applied ${ms(r.settled.median)})`);
    if (y) {
      log(`yaml-language-server: median ${ms(y.median)} [${y.samples.join(', ')}] (start-up ${ms(y.startMs)}, didOpen -> diagnostics ${ms(y.afterOpenMs)}; opened once the settings are applied ${ms(y.settled.median)}); ratio ${(r.median / y.median).toFixed(2)} (opened once settled: ${(r.settled.median / y.settled.median).toFixed(2)})`);
    }
  } else if (what === 'hover') {
    const text = generateStandard({ lines: MAIN, seed: MAIN });
    const mainText = withCode(text, 80000000 + MAIN);
    const { edits, finalText } = makeEdits(mainText, P.edits);
    P.sizes = [300];
    P.largeEdits = 1;
    const r = await measureServer(ours(0), { 300: generateStandard({ lines: 300, seed: 300 }) }, mainText, edits, finalText, false, generateStandard({ lines: 3000, seed: 1 }));
    log(`hover: p50 ${ms(r.hover.p50)}, p95 ${ms(r.hover.p95)}; completion p95 ${ms(r.completion.p95)}`);
  } else throw new Error('usage: tsx bench/one.ts rss|hover|cold');
}

main(process.argv[2] ?? '').catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
