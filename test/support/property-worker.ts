/**
 * The worker side of bounded-property.ts: loads a module of properties, and for each request
 * runs one property with fast-check, posting every case before it is checked so that the main
 * thread knows which case (and which input) is running when time runs out.
 *
 * Messages out: `ready`; `loaded` (the module of a request); `case` {index, shrinking, input}; `done` {ok, ran, note | message, failedAt}
 * (and the task's `result`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import type { CaseProperty, PropertySet, TaskSet } from './case-property';

export interface RunRequest {
  /** The module of properties (or tasks), by absolute path. */
  module: string;
  name: string;
  /** Run the module's task `name` instead of a property. */
  task?: boolean;
  seed: number;
  /** Cases before this index pass without being checked (they ran, or timed out, in an earlier worker). */
  skip: number;
  /** Replay this case alone (fast-check's path). */
  replay?: number;
}

const port = parentPort!;
type Module = { properties?: PropertySet; tasks?: TaskSet };
// The module of the first run is loaded before `ready`; others are loaded when asked for.
require((workerData as { module: string }).module);

function post(message: object): void {
  try {
    port.postMessage(message);
  } catch {
    // An input that cannot be cloned: send it as fast-check prints it.
    const m = message as { input?: unknown };
    port.postMessage({ ...message, input: [fc.stringify(m.input)] });
  }
}

function run(p: CaseProperty, req: RunRequest): void {
  let index = (req.replay ?? 0) - 1;
  let ran = 0;
  let failedAt: number | undefined;
  const check = (...args: unknown[]): boolean | void => {
    if (failedAt === undefined) index++;
    if (failedAt === undefined && index < req.skip) return true;
    if (failedAt === undefined) ran++;
    post({ type: 'case', index: failedAt ?? index, shrinking: failedAt !== undefined, input: args });
    try {
      const ok = p.check(...args);
      if (ok === false && failedAt === undefined) failedAt = index;
      return ok;
    } catch (err) {
      failedAt ??= index;
      throw err;
    }
  };
  // The check's own error (what went wrong) in the message, which is all that crosses to the test.
  const params = { seed: req.seed, numRuns: p.runs, interruptAfterTimeLimit: p.timeLimit, includeErrorInReport: true, ...(req.replay === undefined ? {} : { path: String(req.replay) }) };
  try {
    fc.assert(fc.property(...(p.arbitraries as [fc.Arbitrary<unknown>]), check), params);
    post({ type: 'done', ok: true, ran, note: p.finish?.() ?? undefined });
  } catch (err) {
    post({ type: 'done', ok: false, ran, failedAt, message: err instanceof Error ? err.message : String(err) });
  }
}

async function runTask(tasks: TaskSet, name: string, seed: number): Promise<void> {
  let ran = 0;
  try {
    const result = await tasks[name]((index, input) => {
      ran++;
      post({ type: 'case', index, shrinking: false, input: [input] });
    }, seed);
    post({ type: 'done', ok: true, ran, result });
  } catch (err) {
    post({ type: 'done', ok: false, ran, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
}

port.on('message', (req: RunRequest) => {
  let mod: Module;
  try {
    mod = require(req.module) as Module;
  } catch (err) {
    return post({ type: 'done', ok: false, ran: 0, message: `${req.module} does not load: ${err instanceof Error ? err.stack : String(err)}` });
  }
  post({ type: 'loaded' });
  if (req.task) return void runTask(mod.tasks ?? {}, req.name, req.seed);
  const p = mod.properties?.[req.name];
  if (!p) post({ type: 'done', ok: false, ran: 0, message: `no property "${req.name}" in ${req.module}` });
  else run(p, req);
});
post({ type: 'ready' });
