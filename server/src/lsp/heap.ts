/**
 * How the server's heap grows while documents are opened. After each full collection V8 lets the
 * old space grow to up to four times what survived before it collects again. Each document opened
 * is analysed from nothing, and that analysis (and its spelling look-ups) outlives the young
 * generation, to be garbage once its diagnostics are sent: when an editor opens many documents at
 * once (a workspace restored with its tabs), the garbage of some twenty of them piles up before a
 * collection, and the process holds two to three times its live memory.
 *
 * So while documents are being analysed from nothing, the old space grows by only
 * `OPENING_GROWTH_PERCENT` past what survived; `SETTLE_MS` after the last one, V8 chooses the factor
 * again (editing one document: fewer, larger collections, which keeps each edit fast). The flag is
 * read at each collection, so setting it at run time takes effect (unlike the sizes of the spaces,
 * fixed when the heap is made). It is set through `v8-flags.ts`, so that a code cache written while
 * it is changed is still taken by the next start.
 */
import { setV8Flag } from '../node/v8-flags';

export const OPENING_GROWTH_PERCENT = 50;
export const SETTLE_MS = 3000;

export class HeapGrowth {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly setFlags: (flag: string) => void = (flag) => setV8Flag('heap-growing-percent', flag, '--heap-growing-percent=0'),
    private readonly percent = OPENING_GROWTH_PERCENT,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /** When the last document was analysed from nothing (ms since the start; `performance` would load `perf_hooks` at the first document). */
  private last = -Infinity;

  /**
   * A document was analysed from nothing: from the second one within `settleMs` of the one before
   * (an editor opening many), the heap grows little until `settleMs` after the last. One document
   * opened alone leaves one analysis of garbage, and is checked as fast as V8 can.
   */
  opened(): void {
    const now = process.uptime() * 1000;
    const many = now - this.last < this.settleMs;
    this.last = now;
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    if (!many) return;
    this.setFlags(`--heap-growing-percent=${this.percent}`);
    this.timer = setTimeout(() => this.settle(), this.settleMs);
    this.timer.unref();
  }

  /** Whether the heap grows little now. */
  get opening(): boolean {
    return this.timer !== undefined;
  }

  private settle(): void {
    this.timer = undefined;
    this.setFlags('--heap-growing-percent=0');
  }
}

/** The process's one heap. */
export const heapGrowth = new HeapGrowth();
