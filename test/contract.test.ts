/** Every rule keeps the one contract: registered with its metadata, documented on its own page, tested in its own file. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEdition, getCatalog } from '../server/src/core/catalog';
import { fixAllCodes, rules } from '../server/src/core/rules';
import { fieldAt } from '../server/src/core/rules/messages';
import { LANGS } from '../server/src/core/types';
import { ruleModules } from '../scripts/rule-registry';
import { ROOT } from './helpers';

const docsDir = join(ROOT, 'docs/rules');

describe('rule contract', () => {
  for (const r of rules) {
    describe(r.code, () => {
      it('has its docs page, headed with its title in en, kk and ru', () => {
        const page = join(docsDir, `${r.code}.md`);
        assert.ok(existsSync(page), `docs/rules/${r.code}.md is missing`);
        const [head, , langs] = readFileSync(page, 'utf8').split('\n');
        assert.equal(head, `# \`${r.code}\`: ${r.title.en}`);
        assert.equal(langs, `Kazakh: ${r.title.kk} · Russian: ${r.title.ru}`);
      });

      it('has its own test file', () => {
        assert.ok(existsSync(join(ROOT, 'test/rules', `${r.code}.test.ts`)), `test/rules/${r.code}.test.ts is missing`);
      });

      it('has a title and a one-line summary in kk, ru and en', () => {
        for (const lang of LANGS) {
          assert.ok(r.title[lang].trim(), `title.${lang}`);
          assert.ok(r.summary[lang].trim() && !r.summary[lang].includes('\n'), `summary.${lang}`);
        }
      });

      it('lives in the folder of its group, in a module named by its code', () => {
        assert.ok(ruleModules().includes(`${r.group}/${r.code}`), `server/src/core/rules/${r.group}/${r.code}.ts`);
      });

      it('names its clauses by key paths of the default edition', () => {
        const catalog = getCatalog(defaultEdition)!;
        for (const path of r.clauses === 'any' ? [] : r.clauses) assert.ok(fieldAt(catalog, path).field, `${path} is not a key of ${defaultEdition}`);
      });
    });
  }

  it('every docs page belongs to a rule', () => {
    const codes = new Set(rules.map((r) => r.code));
    const orphans = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md' && !codes.has(f.slice(0, -3)));
    assert.deepEqual(orphans, []);
  });

  it('every rule test file belongs to a rule', () => {
    const codes = new Set(rules.map((r) => r.code));
    const orphans = readdirSync(join(ROOT, 'test/rules')).filter((f) => f.endsWith('.test.ts') && !codes.has(f.slice(0, -'.test.ts'.length)));
    assert.deepEqual(orphans, []);
  });

  it('codes are unique', () => {
    assert.equal(new Set(rules.map((r) => r.code)).size, rules.length);
  });

  it('"fix all" applies only the rules marked safe for it: edition position, orthography and text hygiene', () => {
    assert.deepEqual([...fixAllCodes].sort(), ['edition-position', 'orthography', 'text-hygiene']);
  });
});
