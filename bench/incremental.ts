/**
 * Full vs incremental analysis per edit, on generated standards of 3,000 and 30,000 lines: the same
 * edits (`edits.ts`) analysed from scratch (`analyze`) and from the previous version (`reanalyze`),
 * with the parse alone timed too, p50/p95 in ms, and how often the incremental path fell back.
 * Each version's diagnostics are compared: a difference fails the run.
 *
 *   npx tsx bench/incremental.ts [--lines 3000,30000] [--edits 60]
 */
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../server/src/core/engine';
import { reanalyze, reparse } from '../server/src/core/incremental';
import { parse } from '../server/src/core/parse/parse';
import { damageEdits, makeEdits } from './edits';
import { generateStandard } from './generate';
import { summarize } from './stats';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function versions(lines: number, count: number): string[] {
  const text = generateStandard({ lines, seed: 11 });
  const { edits, finalText } = makeEdits(text, count, 42);
  const all = [...edits, ...damageEdits(finalText).edits];
  const doc = TextDocument.create('bench:incremental', 'yaml', 0, text);
  const out = [text];
  for (const e of all) {
    TextDocument.update(doc, [{ range: e.range, text: e.text }], out.length);
    out.push(doc.getText());
  }
  return out;
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

function run(lines: number, count: number): void {
  const texts = versions(lines, count);
  const now = new Date('2026-01-01T00:00:00Z');
  for (let i = 0; i < 3; i++) analyze(texts[0], { now });
  const full: number[] = [];
  const incr: number[] = [];
  const fullParse: number[] = [];
  const incrParse: number[] = [];
  let prev: Analysis = analyze(texts[0], { now });
  let prevParsed = parse(texts[0]);
  let fallbacks = 0;
  let differences = 0;
  for (const text of texts.slice(1)) {
    const [fresh, tf] = time(() => analyze(text, { now }));
    const [next, ti] = time(() => reanalyze(prev, text, { now }));
    fullParse.push(time(() => parse(text))[1]);
    const [re, tp] = time(() => reparse(prevParsed, text));
    incrParse.push(tp);
    prevParsed = re.parsed;
    full.push(tf);
    incr.push(ti);
    if (next.fallback) fallbacks++;
    if (!isDeepStrictEqual(next.diagnostics, fresh.diagnostics)) differences++;
    prev = next;
  }
  const f = summarize(full);
  const n = summarize(incr);
  const fp = summarize(fullParse);
  const np = summarize(incrParse);
  console.log(
    `${lines} lines, ${texts.length - 1} edits: analysis full p50 ${f.p50} p95 ${f.p95} ms, incremental p50 ${n.p50} p95 ${n.p95} ms` +
      ` (x${(n.p50 / f.p50).toFixed(2)}); parse full p50 ${fp.p50} p95 ${fp.p95}, incremental p50 ${np.p50} p95 ${np.p95};` +
      ` fallbacks ${fallbacks}/${texts.length - 1}; differences ${differences}`,
  );
  if (differences) process.exitCode = 1;
}

for (const lines of arg('lines', '3000,30000').split(',').map(Number)) run(lines, Number(arg('edits', '60')));
