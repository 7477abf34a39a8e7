/**
 * An opt-in timeline of the server's messages: with `SERVICE_STANDARD_TIMELINE=<file>` in its
 * environment, the server appends one line per event to that file (milliseconds since start):
 * each message received (`in`, method, id, document version), each answer written (`out`, id,
 * JSON size), each handler's run (`run`), each analysis (`analyse`) and each GC pause (`gc`).
 * Off, it costs nothing: the hooks are not installed, and `performance` (the globals, which load
 * `perf_hooks` at their first use) is not touched.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.SERVICE_STANDARD_TIMELINE;
const lines: string[] = [];
let flushTimer: NodeJS.Timeout | undefined;

export function mark(event: string, detail = ''): void {
  if (!file) return;
  lines.push(`${performance.now().toFixed(1)} ${event} ${detail}`);
  flushTimer ??= setTimeout(flush, 1000);
  flushTimer.unref();
}

function flush(): void {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  if (file && lines.length) appendFileSync(file, lines.splice(0).join('\n') + '\n');
}

/**
 * Runs `fn`, marking its start and end with `label` when tracing; a label that takes work to make
 * (a lookup, a template) is given as a function, called only then.
 */
export function timed<R>(label: string | (() => string), fn: () => R): R {
  if (!file) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    mark('run', `${typeof label === 'function' ? label() : label} ${t0.toFixed(1)}..${performance.now().toFixed(1)} (${(performance.now() - t0).toFixed(1)} ms)`);
  }
}

type Msg = { method?: string; id?: number | string; params?: { textDocument?: { version?: number }; id?: unknown }; result?: unknown; error?: unknown };

function describe(m: Msg): string {
  const v = m.params?.textDocument?.version;
  return `${m.method ?? 'response'} id=${m.id ?? '-'}${v !== undefined ? ` v=${v}` : ''}${m.method === '$/cancelRequest' ? ` cancel=${String(m.params?.id)}` : ''}`;
}

/** Installs the hooks on the process's IPC channel (the VS Code client's transport; over stdio only runs, analyses and GC are marked). */
export function startTimeline(): void {
  if (!file) return;
  process.on('exit', flush);
  (process as NodeJS.EventEmitter).prependListener('message', (m: Msg) => mark('in', describe(m)));
  const send = process.send?.bind(process);
  if (send) {
    process.send = ((m: Msg, ...rest: unknown[]) => {
      const size = JSON.stringify(m).length;
      mark('out', `${m.method ?? 'answer'} id=${m.id ?? '-'} ${size} B${m.error ? ' error' : ''}`);
      return (send as (...a: unknown[]) => boolean)(m, ...rest);
    }) as typeof process.send;
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) mark('gc', `${e.startTime.toFixed(1)} ${e.duration.toFixed(1)} ms`);
  }).observe({ entryTypes: ['gc'] });
}

type Registrar = (handler: (...a: unknown[]) => unknown) => unknown;

/** Wraps the registration of each handler the timeline names, so that its runs are marked. */
export function traceHandlers(c: object): void {
  if (!file) return;
  const wrap = (owner: Record<string, unknown>, name: string, label: string) => {
    const register = owner[name] as Registrar | undefined;
    if (typeof register !== 'function') return;
    owner[name] = (handler: (...a: unknown[]) => unknown) => register.call(owner, (...a: unknown[]) => timed(label, () => handler(...a)));
  };
  // `c.languages.*` are made anew on each read: the pull is marked where it is answered (pull-diagnostics.ts).
  for (const n of ['onCompletion', 'onHover', 'onCodeAction', 'onCodeActionResolve', 'onDocumentSymbol', 'onFoldingRanges', 'onDocumentLinks']) wrap(c as Record<string, unknown>, n, n);
}
