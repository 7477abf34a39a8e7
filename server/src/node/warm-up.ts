/**
 * A warm-up of the engine, run once the server has answered `initialize`: a few standards are
 * analysed, so that the first document the writer opens is checked by compiled and optimised code
 * rather than by the interpreter (on 3,000 lines the cold lexer, parser and rules take about
 * twice as long as warm ones). The standards are the project's examples, which the build puts
 * into the bundle (`scripts/build.mjs`): written as writers write them (block style, long texts,
 * lists of providers and documents), they run the paths a real standard runs. Without them (the
 * sources run directly) the sample standard is analysed instead. In the later rounds each analysis
 * is also derived through a few keystrokes (a character typed and taken back), so that the
 * incremental path (`core/incremental`) is compiled too: a first keystroke in a 30,000-line
 * standard is then analysed in about half the time it takes with that path cold.
 */
import { complete } from '../core/assist/completion';
import { hoverAt } from '../core/assist/hover';
import { defaultEdition, getCatalog } from '../core/catalog';
import { analyze, type Analysis } from '../core/engine';
import { derive } from '../core/incremental';
import { skeleton } from '../core/skeleton/skeleton';
import { setV8Flag } from './v8-flags';

/** The example standards, a JSON array of their texts, defined by the build. */
declare const SERVICE_STANDARD_WARM_UP: string | undefined;

/** How many times each text is analysed: enough for the hot functions to be optimised. */
const ROUNDS = 3;

/** Keystrokes typed and taken back in each analysis of the later rounds. */
const KEYSTROKES = 2;

/**
 * How long the warm-up waits before its first analysis. An editor opens the documents it shows
 * right after `initialized` (VS Code sends `didOpen` at once): a warm-up analysis begun before that
 * message is read would hold the first document back by a whole cold analysis of an example
 * (about 100 ms), more than the warmth it gives saves (3,000 lines, fresh server, spawn -> first
 * diagnostics: 425-454 ms with this wait, 509-516 ms without, the two taking turns).
 */
export const WARM_UP_DELAY_MS = 40;

/** The texts of the warm-up: the examples, or the sample standard. */
export function warmUpTexts(): string[] {
  const examples = typeof SERVICE_STANDARD_WARM_UP === 'string' ? (JSON.parse(SERVICE_STANDARD_WARM_UP) as string[]) : [];
  if (examples.length > 0) return examples;
  const catalog = getCatalog(defaultEdition);
  return catalog ? [skeleton(catalog, { languages: ['kk', 'ru'], examples: true })] : [];
}

/**
 * Analyses each text a few times, with one hover and one completion on the first, one analysis per
 * turn of the event loop, after `WARM_UP_DELAY_MS`, and stops as soon as `busy()` says there is real
 * work (a document opened): the writer's first document never waits for more than one warm-up analysis. The bundle starts
 * with V8's feedback allocated at each function's first call (`scripts/build.mjs`), so that the
 * warm-up optimises sooner; afterwards it is allocated lazily again, as by default, since closures
 * made per request (hover, completion, edits) would otherwise each allocate theirs.
 */
export async function warmUp(busy: () => boolean, texts = warmUpTexts(), rounds = ROUNDS, delayMs = WARM_UP_DELAY_MS): Promise<void> {
  const catalog = getCatalog(defaultEdition);
  try {
    await new Promise((r) => setTimeout(r, delayMs));
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        await new Promise((r) => setImmediate(r));
        if (busy()) return;
        let analysis = analyze(text);
        if (round > 0) {
          for (let i = 0; i < KEYSTROKES; i++) {
            await new Promise((r) => setImmediate(r));
            if (busy()) return;
            analysis = typeAndTakeBack(analysis, text);
          }
          continue;
        }
        if (text !== texts[0] || !catalog) continue;
        const at = Math.max(0, text.indexOf('deadlines'));
        hoverAt(analysis, at, 'en');
        complete({ text, offset: at, catalog, lang: 'en', languages: ['kk', 'ru'] });
      }
    }
  } finally {
    setV8Flag('lazy-feedback-allocation', '--lazy-feedback-allocation', '--lazy-feedback-allocation');
  }
}

/** The analysis of `text` derived through a character typed at the end of one of its lines, then taken back. */
function typeAndTakeBack(analysis: Analysis, text: string): Analysis {
  const at = text.indexOf('\n', Math.max(0, text.search(/\n {2}form: /) + 1));
  const typed = at < 0 ? `${text}x` : `${text.slice(0, at)}x${text.slice(at)}`;
  return derive(derive(analysis, typed), text);
}
