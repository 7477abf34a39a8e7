import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter } from 'yaml';
import { analyze } from '../server/src/core/engine';
const base = readFileSync('/work/main/examples/pharmacy-licence.standard.yaml', 'utf8');
// make ~3000 lines: repeat documents list items
const extra = Array.from({ length: 1400 }, (_, i) => `    - {kk: "Құжаттың көшірмесі нөмір ${i} және оның түпнұсқасы", ru: "Копия документа номер ${i} и его оригинал"}`).join('\n');
const text = base.replace(/^(procedure:\n  documents:\n)/m, `$1${extra}\n`);
console.log('lines', text.split('\n').length, text.includes(extra.slice(0, 30)));
const time = (f: () => void, n = 20) => { const t: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[Math.floor(n / 2)]; };
const p = time(() => parseDocument(text, { lineCounter: new LineCounter() }));
const a = time(() => analyze(text));
console.log('parse', p.toFixed(2), 'analyze', a.toFixed(2), 'ratio', (a / p).toFixed(2), 'diags', analyze(text).diagnostics.length);
