import { parseDocument } from 'yaml';
import { generateStandard } from './generate';
import { analyze } from '../server/src/core/engine';
for (const n of [300, 3000, 30000]) {
  const t = generateStandard({ lines: n, seed: 7 });
  const reps = n === 30000 ? 3 : 10;
  for (let i = 0; i < 2; i++) { analyze(t); parseDocument(t); }
  let p = [], a = [];
  for (let i = 0; i < reps; i++) { let t0 = performance.now(); parseDocument(t); p.push(performance.now() - t0); t0 = performance.now(); analyze(t); a.push(performance.now() - t0); }
  p.sort((x, y) => x - y); a.sort((x, y) => x - y);
  console.log(n, 'parse', p[p.length >> 1].toFixed(1), 'analyze', a[a.length >> 1].toFixed(1), (a[a.length >> 1] / p[p.length >> 1]).toFixed(2));
}
