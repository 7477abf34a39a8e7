/**
 * Import of the project's own published text: every example rendered to Word and plain text, in kk
 * and ru, and imported back gives at least 90% of its leaf values exactly; the result lints.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { kz2010 } from '../../server/src/core/catalog/kz-2010';
import { analyze } from '../../server/src/core/engine';
import { importBlocks } from '../../server/src/core/import';
import { blocksOfDocx, blocksOfText } from '../../server/src/core/import/source';
import { exportOfficial } from '../../server/src/core/official/export';
import { FIXED_NOW, fixture } from '../helpers';

type Leaves = Map<string, unknown>;

function leaves(v: unknown, prefix: string, out: Leaves): Leaves {
  if (v instanceof Date) out.set(prefix, v.toISOString().slice(0, 10));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, v);
  return out;
}

/** The share of the original's leaf values in `lang` that the import gives back exactly. */
function recovered(original: string, imported: string, lang: string): { ok: number; total: number } {
  const a = leaves(parseDocument(original).toJS(), '', new Map());
  const b = leaves(parseDocument(imported).toJS(), '', new Map());
  let ok = 0;
  let total = 0;
  for (const [path, v] of a) {
    if (/^(edition|languages)/.test(path) || (/\.(kk|ru|en)$/.test(path) && !path.endsWith(`.${lang}`))) continue;
    total++;
    if (String(b.get(path.endsWith(`.${lang}`) ? path.slice(0, -3) : path)) === String(v)) ok++;
  }
  return { ok, total };
}

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.standard.yaml'));

describe('import of the published text (round trip)', function () {
  this.timeout(60000);
  const figures: string[] = [];
  after(() => console.log(`      recovered leaf values: ${figures.join(', ')}`));

  for (const name of EXAMPLES) {
    for (const lang of ['kk', 'ru'] as const) {
      for (const format of ['docx', 'txt'] as const) {
        it(`${name} as ${lang} ${format}`, async () => {
          const src = fixture(`examples/${name}`);
          const out = await exportOfficial(analyze(src, { now: FIXED_NOW }), format, lang);
          const blocks = format === 'docx' ? await blocksOfDocx(out as Buffer) : blocksOfText(out as string);
          const result = importBlocks(kz2010, blocks);
          assert.ok(!('error' in result), JSON.stringify(result));
          assert.equal(result.lang, lang, 'the language is guessed from the text');
          const { ok, total } = recovered(src, result.yaml, lang);
          figures.push(`${name.replace('.standard.yaml', '')} ${lang} ${format} ${((100 * ok) / total).toFixed(1)}%`);
          assert.ok(ok / total >= 0.9, `${ok}/${total} values recovered`);
          const errors = analyze(result.yaml, { now: FIXED_NOW }).diagnostics.filter((d) => d.severity === 'error');
          assert.deepEqual(errors.map((d) => `${d.code}: ${d.message.en}`), [], 'the imported file lints without errors');
        });
      }
    }
  }
});
