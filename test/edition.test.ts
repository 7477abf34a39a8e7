/**
 * A second edition is data only: with the test edition (clauses renumbered, one dropped, one added)
 * the rules' messages, hover, completion, the JSON Schema and the preview follow its catalog.
 */
import assert from 'node:assert/strict';
import { complete } from '../server/src/core/assist/completion';
import { hoverAt } from '../server/src/core/assist/hover';
import { analyze } from '../server/src/core/engine';
import { composeOfficial } from '../server/src/core/official/compose';
import { officialText } from '../server/src/core/official/text';
import { renderBody } from '../server/src/core/render/html';
import { jsonSchema } from '../server/src/core/schema/json-schema';
import { grammar } from '../client/src/contrib/grammar';
import { snippets } from '../client/src/contrib/snippets';
import { kz2010 } from '../server/src/core/catalog/kz-2010';
import { editionFiles } from '../scripts/generate';
import { rulesIndex } from '../scripts/rule-docs';
import { ADDED, SHIFT, kzTest, withTestEdition } from './fixtures/edition/kz-test';
import { DIALECT_STANDARD, FIXED_NOW, only } from './helpers';

/** The clean standard in the test edition: premises (dropped there) left out, accessibility (added) given. */
const STANDARD = DIALECT_STANDARD.replace('edition: kz-2010', 'edition: kz-test').replace(
  /^ {2}premises:\n(?: {4}.*\n)+/m,
  '  accessibility:\n    kk: Пандус бар.\n    ru: Есть пандус.\n',
);
const lint = (text: string) => analyze(text, { now: FIXED_NOW });
const FEE = 8 + SHIFT;

describe('a second edition is data only (the test edition)', () => {
  withTestEdition();

  it('the clean standard in the test edition lints clean', () => {
    assert.match(STANDARD, /^ {2}accessibility:$/m);
    assert.deepEqual(lint(STANDARD).diagnostics.map((d) => `${d.code}: ${d.message.en}`), []);
  });

  it('fee-consistency names the edition\'s clause number in kk, ru and en', () => {
    const text = STANDARD.replace(/^ {4}payment:\n(?: {6}.*\n)+/m, '');
    const [d] = only('fee-consistency', text);
    assert.equal(d.clause, FEE);
    assert.match(d.message.en, new RegExp(`^Clause ${FEE}: a paid service must state`));
    assert.match(d.message.ru, new RegExp(`^Пункт ${FEE}: `));
    assert.match(d.message.kk, new RegExp(`^${FEE}-тармақ: `));
  });

  it('deadline-documents names the sub-clause and the documents\' clause as the edition numbers them', () => {
    const text = STANDARD.replace(/^ {2}documents:\n(?: {4}.*\n)+/m, '');
    const [d] = only('deadline-documents', text);
    assert.equal(d.clause, 7 + SHIFT);
    assert.match(d.message.en, new RegExp(`^Deadline ${7 + SHIFT}\\.1 a\\) counts from handing in the documents of clause ${11 + SHIFT}, `));
    assert.match(d.message.kk, new RegExp(`^${7 + SHIFT}\\.1 а\\) мерзімі ${11 + SHIFT}-тармақтағы`));
  });

  it('a required clause missing is named by the edition\'s number and heading', () => {
    const text = STANDARD.replace(/^ {2}schedule:\n(?: {4}.*\n)+/m, '');
    const d = only('missing-required', text).find((x) => x.clause === 9 + SHIFT);
    assert.ok(d, 'missing schedule reported');
    assert.match(d.message.en, new RegExp(`^Missing clause ${9 + SHIFT} \\(Schedule\\)`));
  });

  it('the dropped clause\'s key is unknown in the test edition', () => {
    const text = STANDARD.replace('  accessibility:', '  premises:');
    assert.deepEqual(only('unknown-key', text).map((d) => d.message.en.includes('`premises`')), [true]);
  });

  it('deadline-required names the renumbered sub-clause the three deadlines share', () => {
    const text = STANDARD.replace(/^ {4}from-(documents|application|electronic-request): .*\n/gm, '');
    const [d] = only('deadline-required', text);
    assert.equal(d.message.en, `Clause ${7 + SHIFT}.1: at least one of the three deadlines is required: \`from-documents\`, \`from-application\` or \`from-electronic-request\`.`);
    assert.match(d.message.kk, new RegExp(`^${7 + SHIFT}\\.1-тармақ: `));
  });

  it('hover on the added key shows its title and clause', () => {
    const a = lint(STANDARD);
    const md = hoverAt(a, STANDARD.indexOf('accessibility:') + 2, 'en')?.markdown ?? '';
    assert.match(md, /Accessibility for people with disabilities/);
    assert.match(md, new RegExp(`\\b${ADDED}\\b`));
    const fee = hoverAt(a, STANDARD.indexOf('  fee:') + 3, 'en')?.markdown ?? '';
    assert.match(fee, new RegExp(`\\b${FEE}\\b`));
  });

  it('completion in `general` offers the added key, not the dropped one', () => {
    const text = STANDARD.replace('  accessibility:\n    kk: Пандус бар.\n    ru: Есть пандус.\n', '  \n');
    const offset = text.indexOf('  \n') + 2;
    const labels = complete({ text, offset, catalog: kzTest, lang: 'en', languages: ['kk', 'ru'] }).map((c) => c.label);
    assert.ok(labels.some((l) => l.includes('accessibility')), labels.join(', '));
    assert.ok(!labels.some((l) => l.includes('premises')), labels.join(', '));
  });

  it('on an empty file, the whole-standard item counts the edition\'s clauses', () => {
    const fewer = { ...kzTest, clauses: kzTest.clauses.slice(1) };
    const [item] = complete({ text: '', offset: 0, catalog: fewer, lang: 'en', languages: [] });
    assert.equal(item.detail, `all ${kzTest.clauses.length - 1} clauses`);
  });

  it('the JSON Schema has the added key and not the dropped one, and the edition as const', () => {
    const s = jsonSchema(kzTest) as { properties: Record<string, { properties?: Record<string, unknown>; const?: string }> };
    assert.ok(s.properties.general.properties?.accessibility);
    assert.equal(s.properties.general.properties?.premises, undefined);
    assert.equal(s.properties.edition.const, 'kz-test');
    assert.deepEqual(Object.keys(editionFiles(kzTest)), ['schemas/kz-test.schema.json']);
  });

  it('the preview shows the added clause and the renumbered ones; the published text follows', () => {
    const a = lint(STANDARD);
    const html = renderBody(a, 'en');
    assert.match(html, /Accessibility for people with disabilities/);
    assert.ok(html.includes(`<span class="num">${FEE}.</span> Fee`));
    assert.ok(html.includes(`<span class="num">${ADDED}.</span> Accessibility`));
    assert.ok(!html.includes('id="clause-10"') && !html.includes('id="clause-8"'));
    const text = officialText(composeOfficial(a, 'ru')!);
    assert.match(text, /Есть пандус\./);
    assert.match(text, new RegExp(`^${FEE}\\. `, 'm'));
  });

  it('the grammar scopes the keys of every edition given: the added clause key too', () => {
    assert.ok(!JSON.stringify(grammar(kz2010)).includes('accessibility'));
    assert.ok(JSON.stringify(grammar(kz2010, kzTest)).includes('accessibility'));
  });

  it('the snippets of the test edition number their headings by it and leave the dropped clause out', () => {
    const text = JSON.stringify(snippets(kzTest));
    const numbers = [...text.matchAll(/# (\d+)\. /g)].map((m) => Number(m[1]));
    assert.ok(numbers.length > 0);
    assert.ok(numbers.every((n) => n > SHIFT), String(numbers));
    assert.ok(!text.includes('premises:'));
  });

  it('the rules index numbers the default edition, whatever other editions are known', () => {
    assert.match(rulesIndex(), /\| \[`fee-consistency`\]\(fee-consistency\.md\) \| error \(free with an amount: warning\) \| 8 \|/);
  });
});
