import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/engine';
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const a = analyze(src);
  console.log('==', f, a.diagnostics.length);
  for (const d of a.diagnostics) console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message.en}`);
}
