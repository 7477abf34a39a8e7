/** Files derived from the catalog are up to date, and the grammar works on real text. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED, render } from '../scripts/generate';
import { editions } from '../server/src/core/catalog';
import { rules } from '../server/src/core/rules';
import { ROOT } from './helpers';

describe('generated from the catalog', () => {
  for (const path of Object.keys(GENERATED)) {
    it(`${path} is up to date (npm run generate)`, () => {
      assert.equal(readFileSync(join(ROOT, path), 'utf8'), render(path));
    });
  }

  it('a JSON Schema for every edition', () => {
    for (const e of Object.keys(editions)) assert.ok(`schemas/${e}.schema.json` in GENERATED, e);
  });

  it('the rules index lists every rule once, in registry order, with its page', () => {
    const rows = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8').match(/^\| \[`[a-z-]+`\]\([a-z-]+\.md\)/gm) ?? [];
    assert.deepEqual(rows, rules.map((r) => `| [\`${r.code}\`](${r.code}.md)`));
  });

  it('snippets: only the appendix table with its sample rows; clauses and the whole standard come from the server', () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'snippets/service-standard.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
    assert.deepEqual(Object.keys(s), ['appendix: indicators table']);
    assert.ok(s['appendix: indicators table'].body.join('\n').includes('timeliness'));
    assert.match(s['appendix: indicators table'].description, /.+ \/ .+/);
  });

  it('the TextMate grammar gives the expected scopes (vscode-tmgrammar-test)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js'), '-g', 'syntaxes/service-standard.tmLanguage.json', 'test/grammar/*.test.standard.yaml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /run successfuly/);
  });
});
