/** The bench's documents (generated standards, checked lint-clean) and the in-process floor. */
import { parseDocument } from 'yaml';
import { analyze, MAX_CHARS } from '../server/src/core/engine';
import { nodeSpellers } from '../server/src/node/spell/speller';
import { LARGE, MAIN, P, lineCount, log, ms, uriOf } from './context';
import { generateStandard } from './generate';
import { median, round, timeMedian } from './stats';

/** Every rule on, the spelling rule with the dictionaries the CLI and the server load. */
const lintClean = (text: string) => analyze(text, { speller: nodeSpellers() }).diagnostics;

export function generated() {
  log(`Generating standards (${P.sizes.join(', ')} lines) ...`);
  const texts: Record<number, string> = {};
  const info: Record<number, { lines: number; chars: number; bytes: number; diagnostics: number }> = {};
  for (const size of P.sizes) {
    const text = generateStandard({ lines: size, seed: size });
    texts[size] = text;
    if (text.length > MAX_CHARS) throw new Error(`the ${size}-line standard has ${text.length} characters, over the engine's MAX_CHARS (${MAX_CHARS}): it would be checked for syntax only`);
    const diagnostics = size <= MAIN ? lintClean(text) : [];
    if (diagnostics.length) throw new Error(`the generated ${size}-line standard is not lint-clean:\n${diagnostics.slice(0, 5).map((d) => `  ${d.range.start.line + 1}: ${d.code} ${d.message.en}`).join('\n')}`);
    info[size] = { lines: lineCount(text), chars: text.length, bytes: Buffer.byteLength(text), diagnostics: diagnostics.length };
  }
  log(`  lint-clean via analyze(): ${P.sizes.filter((s) => s <= MAIN).map((s) => `${info[s].lines} lines`).join(', ')} (0 diagnostics, every rule on)`);
  return { texts, info };
}

/** The large standard of `editP50Large` (the 30,000-line one of the sizes when they include it). */
export function largeText(texts: Record<number, string>): string {
  return texts[LARGE] ?? generateStandard({ lines: LARGE, seed: LARGE });
}

/** The bare `yaml` parse vs our full analysis (every rule on), in-process. */

export function floor(texts: Record<number, string>) {
  log('Floor: bare yaml parseDocument vs analyze() with every rule on, in-process, median ...');
  const speller = nodeSpellers();
  const out: Record<number, { parseMs: number; analyzeMs: number; ratio: number; reps: number }> = {};
  for (const size of P.sizes) {
    const t = texts[size];
    const reps = P.floorReps[size];
    // Interleaved so that both see the same GC and JIT state.
    for (let i = 0; i < 3; i++) {
      parseDocument(t);
      analyze(t, { speller });
    }
    const parse: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < reps; i++) {
      parse.push(timeMedian(() => parseDocument(t), 1, 0).median);
      full.push(timeMedian(() => analyze(t, { speller }), 1, 0).median);
    }
    out[size] = { parseMs: round(median(parse)), analyzeMs: round(median(full)), ratio: round(median(full) / median(parse)), reps };
    log(`  ${size} lines: parse ${ms(out[size].parseMs)}, analyze ${ms(out[size].analyzeMs)} -> ${out[size].ratio}x`);
  }
  return out;
}

export function rssDocs(): { uri: string; text: string; lines: number }[] {
  const docs = [];
  for (let i = 0; i < P.rssDocs; i++) {
    const lines = 300 + ((i * 617) % 2701);
    const text = generateStandard({ lines, seed: 500 + i });
    docs.push({ uri: uriOf(`open/s${String(i).padStart(3, '0')}.standard.yaml`), text, lines: lineCount(text) });
  }
  return docs;
}

