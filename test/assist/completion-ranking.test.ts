/** Completion for Kazakh and Russian writers: ranked by clause, found by the clause's kk/ru name, no repeats. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseCount, type Candidate } from '../../server/src/core/assist/completion';
import { ROOT } from '../helpers';
import { HEAD, KZ2010, labels, offered } from './support';

/** The items a word typed at the cursor keeps, best first: the word at a word start of the filter text, then sortText. */
function typed(items: Candidate[], word: string): Candidate[] {
  const w = word.toLowerCase();
  const at = (c: Candidate) => (c.filterText ?? c.label).toLowerCase().split(/[\s,]+/).findIndex((part) => part.startsWith(w));
  return items
    .filter((c) => at(c) >= 0)
    .sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1));
}

describe('assist: completion ranked for kk/ru writers', () => {
  it('sorts the clause items of a section by clause number, optional clauses in their place', () => {
    const items = offered(`${HEAD}procedure:\n  |\n`);
    const numbers = items.filter((c) => c.kind === 'clause').sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((c) => Number(/§(\d+)/.exec(c.detail!)![1]));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
    assert.deepEqual([...new Set(numbers)], [11, 12, 13, 14, 15, 16, 17]);
  });

  it('sorts the sections at the top level in the model’s order (general, procedure, principles §18, results, appeals)', () => {
    const items = offered(`${HEAD}|\n`).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    assert.deepEqual(labels(items), ['service', 'general', 'procedure', 'principles', 'results', 'appeals']);
  });

  for (const [word, lang] of [['мерзім', 'en'], ['сроки', 'en'], ['мерзім', 'ru'], ['Сроки', 'kk'], ['deadl', 'ru']] as const) {
    it(`typing «${word}» (editor in ${lang}) puts clause 7 \`deadlines\` first`, () => {
      const items = offered(`${HEAD}general:\n  provider: [x]\n  ${word}|\n`, lang);
      assert.equal(typed(items, word)[0]?.label, 'deadlines', labels(typed(items, word)).join(', '));
    });
  }

  it('finds a clause by its Russian name whatever the editor’s language (график -> schedule)', () => {
    assert.equal(typed(offered(`${HEAD}general:\n  |\n`, 'kk'), 'график')[0]?.label, 'schedule');
    assert.equal(typed(offered(`${HEAD}general:\n  |\n`, 'ru'), 'кесте')[0]?.label, 'schedule');
  });

  it('puts the whole standard first in an empty file, found by `standard` or `стандарт` too', () => {
    const items = offered('|', 'ru');
    assert.equal(items[0].kind, 'skeleton');
    assert.ok(items.every((c, i) => i === 0 || c.sortText! > items[0].sortText!), 'sorted first');
    for (const w of ['стандарт', 'standard', 'kz-2010']) assert.equal(typed(items, w)[0]?.kind, 'skeleton', w);
  });

  it('counts the clauses with the plural each language takes', () => {
    assert.equal(clauseCount(26).ru, 'все 26 пунктов');
    assert.equal(clauseCount(21).ru, 'все 21 пункт');
    assert.equal(clauseCount(22).ru, 'все 22 пункта');
    assert.equal(clauseCount(1).en, 'all 1 clause');
    assert.equal(offered('|', 'ru')[0].detail, `все ${KZ2010.clauses.length} пунктов`);
  });

  it('does not offer a block list’s items already written, above or below the cursor', () => {
    assert.deepEqual(labels(offered(`${HEAD}general:\n  recipients:\n    - individuals\n    - |\n`)), ['legal-entities']);
    assert.deepEqual(labels(offered(`${HEAD}general:\n  recipients:\n    - |\n    - legal-entities # юр. лица\n`)), ['individuals']);
    assert.deepEqual(labels(offered(`edition: kz-2010\nlanguages:\n  - kk\n  - |\n`)), ['ru', 'en']);
  });

  it('the contributed snippets repeat no clause, key or value the server offers', () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'snippets/service-standard.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; description: string }>;
    const keys = new Set<string>();
    const walk = (t: unknown) => {
      const o = t as { kind?: string; fields?: { key: string; type: unknown }[]; item?: unknown };
      for (const f of o?.fields ?? []) {
        if (keys.has(f.key)) continue;
        keys.add(f.key);
        walk(f.type);
      }
      if (o?.item) walk(o.item);
    };
    walk(KZ2010.root);
    for (const t of Object.values(KZ2010.types ?? {})) walk(t);
    assert.ok(keys.has('deadlines') && keys.has('indicators'));
    const titles = KZ2010.clauses.flatMap((c) => [c.title.kk, c.title.ru].map((x) => x.toLowerCase()));
    for (const [name, v] of Object.entries(s)) {
      for (const p of v.prefix) {
        assert.ok(!keys.has(p) && !/^(§|cl|clause)\d/.test(p), `${name}: prefix ${p} is a server item`);
        assert.ok(!titles.some((t) => t.split(/\s+/).some((w) => w.startsWith(p.toLowerCase()))), `${name}: prefix ${p} is a clause title`);
      }
      assert.doesNotMatch(v.description, /\b26\b/);
    }
  });
});
