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

  it('snippets: one per clause key, the appendix table and a whole standard, described in kk and ru', () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'snippets/service-standard.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
    for (let n = 1; n <= 26; n++) {
      const mine = Object.entries(s).filter(([, v]) => v.prefix.includes(`§${n}`));
      assert.ok(mine.length >= 1, `a snippet for clause ${n}`);
      for (const [, v] of mine) assert.match(v.description, new RegExp(`^${n}\\. .+ / .+`));
    }
    assert.ok(s['appendix: indicators table'].body.join('\n').includes('timeliness'));
    assert.ok(s['kz-2010: standard'].body.join('\n').startsWith('#'));
    const fee = Object.values(s).find((v) => v.prefix.includes('§8'))!;
    assert.deepEqual(fee.prefix.slice(0, 4), ['§8', 'cl8', 'clause8', '8-fee']);
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
