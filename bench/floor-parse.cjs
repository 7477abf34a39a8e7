/**
 * The CLI floor: node start + read + `yaml` parse of every *.standard.yaml in a directory, nothing else.
 *   node bench/floor-parse.cjs DIR
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseDocument } = require('yaml');
const dir = process.argv[2];
let n = 0;
let errors = 0;
for (const name of readdirSync(dir)) {
  if (!/\.standard\.ya?ml$/.test(name)) continue;
  const doc = parseDocument(readFileSync(join(dir, name), 'utf8'));
  errors += doc.errors.length;
  n++;
}
process.stdout.write(`${n} files parsed, ${errors} errors\n`);
