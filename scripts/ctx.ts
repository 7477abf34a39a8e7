import { analyze } from '../server/src/core/engine';
import { hoverAt } from '../server/src/core/assist/hover';
import { readFileSync } from 'node:fs';
const src = readFileSync('test/fixtures/from-dialect.standard.yaml', 'utf8');
const i = src.indexOf('working-days') - 3;
console.log(JSON.stringify(src.slice(i - 20, i + 20)));
const a = analyze(src);
for (const e of a.model.entries.values()) if (i >= e.range[0] && i <= e.range[1]) console.log(e.path, e.range, e.type.kind);
console.log(hoverAt(a, i, 'ru'));
