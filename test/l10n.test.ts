/** Every text the extension shows exists in Kazakh, Russian and English. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/core/rules';
import { ROOT } from './helpers';

const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(ROOT, dir, e.name), 'utf8')] : [],
  );
}

describe('localisation', () => {
  it('package.json texts are in package.nls.json, and in the kk and ru files', () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    const en = read('package.nls.json');
    for (const k of keys) assert.ok(en[k], `package.nls.json lacks ${k}`);
    for (const lang of ['kk', 'ru']) {
      const other = read(`package.nls.${lang}.json`);
      assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort(), `package.nls.${lang}.json has the same keys`);
      for (const k of Object.keys(en)) assert.notEqual(other[k], en[k], `${lang}: ${k} is translated`);
    }
  });

  it('every vscode.l10n.t() text of the client has a kk and a ru translation', () => {
    const texts = new Set(sources('client/src').flatMap((src) => [...src.matchAll(/(?<![\w$])(?:vscode\.l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1])));
    assert.ok(texts.size > 10);
    for (const lang of ['kk', 'ru']) {
      const bundle = read(`l10n/bundle.l10n.${lang}.json`);
      for (const t of texts) assert.ok(bundle[t], `l10n/bundle.l10n.${lang}.json lacks "${t}"`);
      for (const k of Object.keys(bundle)) assert.ok(texts.has(k), `l10n/bundle.l10n.${lang}.json has an unused "${k}"`);
    }
  });

  it('every rule has a title and messages in kk, ru and en', () => {
    for (const r of rules) {
      for (const lang of ['kk', 'ru', 'en'] as const) assert.ok(r.title[lang].trim(), `${r.code} ${lang}`);
      assert.notEqual(r.title.kk, r.title.en);
    }
  });
});
