/**
 * `SERVICE_STANDARD_MEMORY_LOG=<ms>`: the server writes its memory (RSS, heap used and reserved,
 * outside the heap) to stderr every `<ms>` milliseconds, to find where memory goes. Off by default.
 */
import { getHeapSpaceStatistics } from 'node:v8';

const mb = (n: number) => `${(n / 1048576).toFixed(1)}`;

export function startMemoryLog(env = process.env.SERVICE_STANDARD_MEMORY_LOG): void {
  const every = Number(env);
  if (!env || !(every > 0)) return;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const spaces = getHeapSpaceStatistics().map((s) => `${s.space_name.replace('_space', '')} ${mb(s.space_used_size)}/${mb(s.space_size)}`);
    process.stderr.write(`memory: rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} buffers ${mb(m.arrayBuffers)} | ${spaces.join(', ')}\n`);
  }, every);
  timer.unref();
}
