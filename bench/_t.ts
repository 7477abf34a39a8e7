import { generateStandard } from './generate';
import { analyze, MAX_CHARS } from '../server/src/core/engine';
for (const n of [300, 3000, 30000]) {
  const t = generateStandard({ lines: n, seed: 7 });
  const t0 = performance.now();
  const a = analyze(t);
  const ms = performance.now() - t0;
  console.log(n, t.split('\n').length - 1, t.length, MAX_CHARS, ms.toFixed(1), a.diagnostics.length, a.diagnostics.slice(0, 5).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message.en}`));
}
