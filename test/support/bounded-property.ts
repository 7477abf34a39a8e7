/**
 * Properties run in a worker thread, with a time bound per case that an endless loop cannot
 * escape: the worker posts each case before checking it, and when one case runs longer than the
 * bound the worker is terminated, the case's input is written to a file under the OS temp dir,
 * and a new worker goes on with the cases after it. The test then fails with the seed, the case
 * index, that file and the command that replays the case; the other cases are still run and
 * reported. One worker runs the properties of all the test files, one after another.
 *
 * Tasks (`task`) are runs that report their own steps, such as the protocol fuzzer: a step out
 * of time fails the run with the seed, the step and its input.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PropertySet } from './case-property';
import type { RunRequest } from './property-worker';

export interface BoundOptions {
  seed: number;
  /** Longest time one case may take, ms. */
  bound: number;
  /** Replay this case alone (`FUZZ_CASE`). */
  replay?: number;
  /** The test file, for the replay command. */
  file: string;
  /** Stop after this many cases out of time (default 3). */
  maxTimeouts?: number;
  /** Longest time the worker may take to load the module, ms (default 60 s). */
  startBound?: number;
  /** Run in the worker the test files share (else in one of its own, stopped by `close`). */
  shared?: boolean;
}

type CaseMessage = { type: 'case'; index: number; shrinking: boolean; input: unknown[] };
type DoneMessage = { type: 'done'; ok: boolean; ran: number; note?: string; message?: string; failedAt?: number; result?: unknown };
type Outcome = DoneMessage | { type: 'timeout'; last?: CaseMessage } | { type: 'crash'; error: string; last?: CaseMessage };

interface TimedOut {
  index: number;
  shrinking: boolean;
  file: string;
}

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`);

/** Where the input of a case out of time is kept: raw text for one string, JSON otherwise; and `shown`, the text it stands for. */
function saveInput(name: string, seed: number, last: CaseMessage, shown?: string): string {
  const [first] = last.input;
  const raw = last.input.length === 1 && typeof first === 'string';
  const base = join(tmpdir(), `fuzz-${name}-seed-${seed}-case-${last.index}`);
  writeFileSync(base + (raw ? '.txt' : '.json'), raw ? first : JSON.stringify(last.input.length === 1 ? first : last.input, null, 2));
  if (shown === undefined) return base + (raw ? '.txt' : '.json');
  writeFileSync(`${base}.standard.yaml`, shown);
  return `${base}.json; as text: ${base}.standard.yaml`;
}

/** The start of a test title that `mocha --grep` matches as it is (no regular expression characters). */
function grepOf(title: string): string {
  return title.split(/[^\p{L}\p{N} ,;-]/u)[0].trim();
}

/** A worker thread, started on demand and replaced when it is stopped or dies. */
class WorkerSlot {
  worker?: Worker;
  ready?: Promise<void>;

  warm(preload: string): void {
    if (!this.worker) this.ready = this.start(preload);
  }

  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = undefined;
    return w?.terminate();
  }

  private start(preload: string): Promise<void> {
    const worker = new Worker(join(__dirname, 'property-worker.js'), { workerData: { module: preload } });
    // Never keeps the process alive: a run in progress has its watch timer, and the worker ends with the process.
    worker.unref();
    this.worker = worker;
    // A worker that dies between two runs is replaced at the next one.
    worker.on('error', () => undefined).on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    ready.catch(() => undefined);
    return ready;
  }
}

/** The worker of the test files' properties: one for the whole mocha run, so that the engine it runs stays warm from file to file. */
const shared = new WorkerSlot();

export class BoundedProperties {
  private readonly slot: WorkerSlot;

  constructor(
    private readonly modulePath: string,
    private readonly o: BoundOptions,
  ) {
    this.slot = o.shared ? shared : new WorkerSlot();
  }

  /** Runs property `name`; throws a report when a case fails, is out of time or the worker dies. Resolves to the property's note. */
  async run(name: string, title = name): Promise<string | undefined> {
    const timeouts: TimedOut[] = [];
    let skip = 0;
    for (;;) {
      const outcome = await this.attempt({ name, seed: this.o.seed, skip, replay: this.o.replay });
      if (outcome.type === 'done') {
        if (outcome.ok && !timeouts.length) return outcome.note;
        throw new Error(this.report(name, title, timeouts, outcome));
      }
      const last = outcome.last;
      if (!last) throw new Error(`${this.head(title)}: the worker ${outcome.type === 'crash' ? `failed: ${outcome.error}` : `did not start within ${seconds(this.o.startBound ?? 60_000)}`}`);
      timeouts.push({ index: last.index, shrinking: last.shrinking, file: saveInput(name, this.o.seed, last, this.shown(name, last.input)) });
      const stop = outcome.type === 'crash' || last.shrinking || this.o.replay !== undefined || timeouts.length >= (this.o.maxTimeouts ?? 3);
      if (stop) throw new Error(this.report(name, title, timeouts, undefined, outcome.type === 'crash' ? outcome.error : undefined));
      skip = last.index + 1;
    }
  }

  /** Runs task `name` of the module (steps reported, each within the bound) and resolves to its result. */
  async task(name: string, title = name): Promise<unknown> {
    const outcome = await this.attempt({ name, task: true, seed: this.o.seed, skip: 0 });
    if (outcome.type === 'done' && outcome.ok) return outcome.result;
    if (outcome.type === 'done') throw new Error(`${this.head(title)}: ${outcome.message}`);
    const last = outcome.last;
    const what = outcome.type === 'crash' ? `stopped the worker: ${outcome.error}` : `did not finish within ${seconds(this.o.bound)}`;
    const where = last ? `step ${last.index} ${what} (input: ${saveInput(name, this.o.seed, last)})` : `the worker ${what}`;
    throw new Error(`${this.head(title)}: ${where}\n  replay: FUZZ_SEED=${this.o.seed} npx mocha ${relative(process.cwd(), this.o.file)}`);
  }

  /** Starts the worker, so that it loads the module while other tests run. */
  warm(): void {
    this.slot.warm(this.modulePath);
  }

  close(): Promise<number> | undefined {
    return this.slot.close();
  }

  /** One run in the current worker (a new one if needed), watched case by case. */
  private async attempt(req: Omit<RunRequest, 'module'>): Promise<Outcome> {
    this.warm();
    const worker = this.slot.worker!;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((r) => (timer = setTimeout(r, this.o.startBound ?? 60_000, false)));
    const started = await Promise.race([this.slot.ready!.then(() => true as const), late])
      .catch((err: unknown) => err as Error)
      .finally(() => clearTimeout(timer));
    if (started !== true) {
      await this.close();
      return started === false ? { type: 'timeout' } : { type: 'crash', error: started.message };
    }
    return new Promise<Outcome>((resolve) => {
      let last: CaseMessage | undefined;
      let since = performance.now();
      const finish = (outcome: Outcome) => {
        clearInterval(watch);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(outcome);
      };
      const watch = setInterval(() => {
        if (performance.now() - since <= this.o.bound) return;
        void this.close();
        finish({ type: 'timeout', last });
      }, Math.min(250, this.o.bound / 4));
      const onMessage = (m: CaseMessage | DoneMessage | { type: 'loaded' }) => {
        if (m.type === 'done') return finish(m);
        if (m.type === 'case') last = m;
        since = performance.now();
      };
      const onError = (err: Error) => {
        if (this.slot.worker === worker) this.slot.worker = undefined;
        finish({ type: 'crash', error: err.stack ?? err.message, last });
      };
      const onExit = (code: number) => onError(new Error(`the worker exited (${code})`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ ...req, module: this.modulePath });
    });
  }

  /** The text a property's input stands for, when the property says how to write it. */
  private shown(name: string, input: unknown[]): string | undefined {
    try {
      const { properties } = require(this.modulePath) as { properties?: PropertySet };
      return properties?.[name]?.show?.(...input);
    } catch {
      return undefined;
    }
  }

  private head(title: string): string {
    return `"${title}" (seed ${this.o.seed})`;
  }

  private report(name: string, title: string, timeouts: TimedOut[], end?: DoneMessage, crash?: string): string {
    const lines = timeouts.map((t) =>
      t.shrinking
        ? `case ${t.index} failed, and a smaller input tried while shrinking it did not finish within ${seconds(this.o.bound)} (input: ${t.file})`
        : `case ${t.index} ${crash ? `stopped the worker: ${crash}` : `did not finish within ${seconds(this.o.bound)}`} (input: ${t.file})`,
    );
    const after = timeouts.length ? ` after case ${timeouts[timeouts.length - 1].index}` : '';
    if (end?.ok) lines.push(`the other ${end.ran} cases${after} passed${end.note ? ` (${end.note})` : ''}`);
    else if (end) lines.push(`${end.failedAt === undefined ? '' : `case ${end.failedAt} failed: `}${end.message?.replace(/\n/g, '\n    ')}`);
    else if (timeouts.length) lines.push(`the cases${after} were not run`);
    const at = end && !end.ok && end.failedAt !== undefined ? end.failedAt : timeouts[0]?.index;
    const file = relative(process.cwd(), this.o.file);
    if (at !== undefined) lines.push(`replay: FUZZ_SEED=${this.o.seed} FUZZ_CASE=${at} npx mocha ${file} --grep "${grepOf(title)}"`);
    return `${this.head(title)} [${name}]:\n  ${lines.join('\n  ')}`;
  }
}

/** The properties of `modulePath` as mocha tests of this suite, each bounded per case, in the shared worker (started before the suite if not yet). */
export function boundedProperties(modulePath: string, options: BoundOptions): { it: (title: string, name: string) => void } {
  const runner = new BoundedProperties(modulePath, { ...options, shared: true });
  before(() => runner.warm());
  return {
    it: (title, name) =>
      it(title, async () => {
        const note = await runner.run(name, title);
        if (note) console.log(`      ${note}`);
      }),
  };
}
