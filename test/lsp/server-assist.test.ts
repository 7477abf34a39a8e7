/** Completion, hover and code actions of the language server, through the real protocol. */
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD, FIXED_NOW, lintText } from '../helpers';
import { serverPerSuite } from '../support/our-server';
import { applyLspEdits, pos } from './positions';

describe('language server over stdio', function () {
  this.timeout(30000);
  const suite = serverPerSuite({ locale: 'en' });
  const { uri } = suite;

  describe('completion', () => {
    it('offers only the keys not yet present in the mapping, labelled with clause number and title', async () => {
      const text = DIALECT_STANDARD.replace(/^  premises:.*\n(?: {4,}.*\n)*/m, '');
      const at = text.indexOf('\nprocedure:');
      const typed = `${text.slice(0, at)}\n  ${text.slice(at)}`;
      const u = uri('complete.standard.yaml');
      await suite.client.open(u, typed);
      const items = await suite.client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(typed, '\n  \nprocedure:', 3) });
      assert.deepEqual(items.map((i) => i.label), ['premises']);
      assert.equal(items[0].detail, '§10. Premises');
      assert.match((items[0].documentation as { value: string }).value, /Қызмет көрсетілетін орынның жағдайларын көрсету/);
      assert.match(items[0].textEdit!.newText, /^# 10\. .*\n  premises: \{kk: "\$\{1\}", ru: "\$\{2\}"\}/);
    });

    it('offers enum values, duration units and language keys', async () => {
      const u = uri('values.standard.yaml');
      const base = 'edition: kz-2010\nlanguages: [kk, ru]\ngeneral:\n  form: \n  deadlines:\n    max-wait: 30 \nservice:\n  name: {kk: а, \n';
      await suite.client.open(u, base);
      const at = (needle: string, d: number) => suite.client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(base, needle, d) });
      assert.deepEqual((await at('form: ', 6)).map((i) => i.label), ['fully-automated', 'partially-automated', 'non-automated']);
      assert.deepEqual((await at('max-wait: 30 ', 13)).map((i) => i.label), ['30 minutes', '30 hours', '30 working-days', '30 calendar-days']);
      assert.deepEqual((await at('{kk: а, ', 8)).map((i) => i.label), ['ru']);
    });

    it('offers the whole skeleton in an empty file', async () => {
      const u = uri('empty.standard.yaml');
      await suite.client.open(u, '');
      const items = await suite.client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
      assert.match(items[0].label, /^kz-2010/);
      const text = items[0].textEdit!.newText;
      for (let n = 1; n <= 26; n++) assert.match(text, new RegExp(`# ${n}\\. `));
    });

    it('inserts a missing clause as a snippet indented for its section', async () => {
      const text = DIALECT_STANDARD.replace(/^  fee:\n(?: {4,}.*\n)+/m, '');
      const at = text.indexOf('\n  schedule:');
      const typed = `${text.slice(0, at)}\n  fe${text.slice(at)}`;
      const u = uri('clause.standard.yaml');
      await suite.client.open(u, typed);
      const items = await suite.client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(typed, '\n  fe\n', 5) });
      const fee = items.find((i) => i.label === 'fee')!;
      assert.equal(fee.detail, '§8. Fee');
      assert.match(fee.textEdit!.newText, /fee:\n    paid: /);
    });
  });

  describe('hover', () => {
    it('on a key: clause number, section, official kk wording, ru and en', async () => {
      const u = uri('hover.standard.yaml');
      await suite.client.open(u, DIALECT_STANDARD);
      const h = await suite.client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(DIALECT_STANDARD, 'deadlines:', 2) });
      const md = (h.contents as { value: string }).value;
      assert.match(md, /§7\. Deadlines/);
      assert.match(md, /Section 1\. General provisions/);
      assert.match(md, /тапсырған/);
      assert.match(md, /Russian:/);
      assert.match(md, /```yaml/);
    });

    it('on an enum value its meaning, on a duration its reading in three languages', async () => {
      const u = uri('hover2.standard.yaml');
      const text = DIALECT_STANDARD.replace(/(from-documents: )\S+ \S+/, '$110 working-days');
      await suite.client.open(u, text);
      const d = await suite.client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(text, '10 working-days', 4) });
      assert.equal((d.contents as { value: string }).value, '10 working days / 10 жұмыс күні / 10 рабочих дней');
      const e = await suite.client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(text, 'partially-automated', 3) });
      assert.match((e.contents as { value: string }).value, /Partially automated/);
    });
  });

  describe('code actions', () => {
    async function actions(u: string, text: string, needle: string, only?: string[]) {
      const p = pos(text, needle);
      return suite.client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: u },
        range: { start: p, end: p },
        context: { diagnostics: [], only },
      });
    }

    it('did-you-mean for a key and an enum value', async () => {
      const u = uri('fix1.standard.yaml');
      const text = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:').replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
      await suite.client.open(u, text);
      const a = await actions(u, text, 'recipents');
      const fix = a.find((x) => x.title === 'Change to `recipients`')!;
      assert.ok(fix, a.map((x) => x.title).join(' | '));
      const fixed = applyLspEdits(text, fix.edit!.changes![u]);
      assert.match(fixed, /^\s+recipients:/m);
      const b = await actions(u, text, 'partialy');
      assert.ok(b.some((x) => x.title === 'Change to `partially-automated`'));
    });

    it('inserts a missing clause and adds a missing translation', async () => {
      const u = uri('fix2.standard.yaml');
      const text = DIALECT_STANDARD.replace(/^  premises:.*\n(?: {4,}.*\n)*/m, '');
      await suite.client.open(u, text);
      const a = await actions(u, text, 'general:');
      const add = a.find((x) => x.title === 'Add clause 10')!;
      assert.ok(add, a.map((x) => x.title).join(' | '));
      const fixed = applyLspEdits(text, add.edit!.changes![u]);
      assert.deepEqual(lintText(fixed, { now: FIXED_NOW }).filter((d) => d.severity === 'error'), []);
      assert.match(fixed, /\n  # 10\. .*\n  premises: \{kk: "", ru: ""\}/);
    });

    it('fixes look-alike letters, and "fix all orthography" fixes every one', async () => {
      const u = uri('fix3.standard.yaml');
      const text = DIALECT_STANDARD.replace(/(premises:\s*\n?\s*kk: )/, '$1Kітап тапсырЊан ќазаќ ');
      await suite.client.open(u, text);
      const one = await actions(u, text, 'Kітап');
      assert.ok(one.some((x) => x.title === 'Correct to `Кітап`' && x.isPreferred), one.map((x) => x.title).join(' | '));
      const all = await actions(u, text, 'edition', ['source.fixAll']);
      assert.equal(all.length, 1);
      assert.equal(all[0].title, 'Fix all orthography in file');
      const fixed = applyLspEdits(text, all[0].edit!.changes![u]);
      assert.match(fixed, /Кітап тапсырған қазақ /);
      assert.deepEqual(lintText(fixed).filter((d) => d.code === 'orthography'), []);
    });

    it('"order clauses as in the model" keeps every value and comment', async () => {
      const u = uri('order.standard.yaml');
      const lines = DIALECT_STANDARD.split('\n');
      const appeals = lines.findIndex((l) => l.startsWith('appeals:'));
      const text = [...lines.slice(0, 2), '# appeals first', ...lines.slice(appeals).filter((l) => l !== ''), ...lines.slice(2, appeals)].join('\n') + '\n';
      await suite.client.open(u, text);
      const a = await actions(u, text, 'edition', ['source']);
      const order = a.find((x) => x.kind === 'source.serviceStandard.orderClauses')!;
      assert.ok(order);
      const fixed = applyLspEdits(text, order.edit!.changes![u]);
      const keys = fixed.split('\n').filter((l) => /^[a-z-]+:/.test(l)).map((l) => l.split(':')[0]);
      assert.deepEqual(keys, ['edition', 'languages', 'service', 'general', 'procedure', 'principles', 'results', 'appeals']);
      assert.equal(fixed.split('\n').sort().join('\n'), text.split('\n').sort().join('\n'), 'the same lines, reordered');
      assert.match(fixed, /# appeals first\nappeals:/);
    });
  });
});
