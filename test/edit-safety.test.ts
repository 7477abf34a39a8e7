/**
 * The tools' own edits of a writer's file never lose or corrupt text: "order clauses as in the
 * model", "add clause N" and the other fixes that add keys. Each case is one a writer could have.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type CodeAction } from 'vscode-languageserver-protocol/node';
import { parseDocument, isMap, type YAMLMap } from 'yaml';
import { orderClauses, orderClausesResult } from '../server/src/core/assist/order';
import { analyze } from '../server/src/core/engine';
import { insertIntoMap } from '../server/src/core/edit/insert';
import { comments } from './fuzz/invariants';
import { DIALECT_STANDARD, FIXED_NOW, applyEdits } from './helpers';
import { SERVER } from './support/our-server';

const lint = (text: string) => analyze(text, { now: FIXED_NOW });
const data = (text: string) => parseDocument(text, { version: '1.2', uniqueKeys: false }).toJS({ maxAliasCount: 100 });
const commentTexts = (text: string) => comments(text).map((c) => c.text).sort();
const rootKeys = (text: string) => [...(parseDocument(text).contents as YAMLMap).items.map((p) => String((p.key as { value: unknown }).value))];

/** Orders the clauses and checks what must hold of any result; returns the new text. */
function ordered(text: string): string {
  const edits = orderClauses(lint(text));
  assert.equal(edits.length, 1, 'one edit');
  const after = applyEdits(text, edits);
  assert.deepEqual(lint(after).parsed.doc.errors.map((e) => e.message), [], 'parses');
  assert.deepEqual(data(after), data(text), 'the same value under every key');
  assert.deepEqual(commentTexts(after), commentTexts(text), 'the same comments');
  assert.equal(after.startsWith('\uFEFF'), text.startsWith('\uFEFF'), 'byte order mark');
  assert.equal(after.split('\r\n').length, text.split('\r\n').length, 'the same number of CRLF line endings');
  assert.equal(after.split('\n').length, text.split('\n').length, 'the same number of lines');
  assert.equal(/\n$/.test(after), /\n$/.test(text), 'final line break');
  assert.deepEqual(orderClauses(lint(after)), [], 'a second run has nothing to do');
  return after;
}

describe('edit safety: "order clauses as in the model"', () => {
  it('keeps an anchor above its aliases (a provider reused as the developer)', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\ngeneral:\n  form: non-automated\n  provider:\n    - &p {name: Орталық, phone: "1414"}\nservice:\n  name: Қызмет\n  developer: *p\n';
    const after = ordered(text);
    assert.deepEqual(rootKeys(after), ['edition', 'languages', 'general', 'service']);
    assert.match(after, /general:\n {2}provider:\n {4}- &p \{name: Орталық, phone: "1414"\}\n {2}form: non-automated\n/);
    assert.equal(data(after).service.developer.name, 'Орталық');
  });

  it('keeps an anchor above its aliases inside a section', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\ngeneral:\n  recipients: [individuals]\n  form: &f non-automated\n  provider: [*f]\n';
    const after = ordered(text);
    assert.match(after, /form: &f non-automated\n {2}provider: \[\*f\]\n {2}recipients/);
  });

  it('keeps a `#` line inside a `|` block scalar in its text', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\ngeneral:\n  form: non-automated\n  provider:\n    - name: |\n        Орталық\n        # not a comment\n  recipients: [individuals]\n';
    const after = ordered(text);
    assert.match(after, /name: \|\n {8}Орталық\n {8}# not a comment\n {2}form: non-automated\n {2}recipients/);
  });

  it('keeps a `#` line inside a multi-line quoted text in its text', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\ngeneral:\n  form: non-automated\n  provider:\n    - phone: "1414"\n      name: "Орталық\n\n        # not a comment"\n  recipients: [individuals]\n';
    const after = ordered(text);
    assert.match(after, /name: "Орталық\n\n {8}# not a comment"\n {2}form: non-automated\n {2}recipients/);
  });

  it('keeps CRLF line endings everywhere, with and without a final line break', () => {
    const text = 'edition: kz-2010\r\nservice:\r\n  name: Қ\r\nlanguages: [kk]';
    assert.equal(ordered(text), 'edition: kz-2010\r\nlanguages: [kk]\r\nservice:\r\n  name: Қ');
    assert.equal(ordered(`${text}\r\n`), 'edition: kz-2010\r\nlanguages: [kk]\r\nservice:\r\n  name: Қ\r\n');
  });

  it('keeps the byte order mark at the start', () => {
    assert.equal(ordered('\uFEFFservice:\n  name: Қ\nedition: kz-2010\nlanguages: [kk]\n'), '\uFEFFedition: kz-2010\nlanguages: [kk]\nservice:\n  name: Қ\n');
  });

  it('keeps the `...` end marker and what follows it at the end', () => {
    assert.equal(ordered('service:\n  name: Қ\nedition: kz-2010\nlanguages: [kk]\n...\n# after\n'), 'edition: kz-2010\nlanguages: [kk]\nservice:\n  name: Қ\n...\n# after\n');
  });

  it('moves a heading comment with the key below it, leaves blank lines and the file\'s head and end in place', () => {
    const text = '# head\n\nedition: kz-2010\n\nservice:\n  name: Қ\n\n# langs\nlanguages: [kk]\n# end\n';
    assert.equal(ordered(text), '# head\n\nedition: kz-2010\n\n# langs\nlanguages: [kk]\n\nservice:\n  name: Қ\n# end\n');
  });

  it('leaves a section written in flow style as it is, and orders the rest', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\ngeneral: {recipients: [individuals], form: non-automated}\nservice:\n  name: Қ\n';
    assert.equal(ordered(text), 'edition: kz-2010\nlanguages: [kk]\nservice:\n  name: Қ\ngeneral: {recipients: [individuals], form: non-automated}\n');
  });

  it('refuses, saying why in kk, ru and en, keys written as `? key` / `: value`', () => {
    const text = '? service\n: name: Қ\nedition: kz-2010\nlanguages: [kk]\n';
    const r = orderClausesResult(lint(text));
    assert.deepEqual(r.edits, []);
    assert.match(r.refused!.en, /^Cannot order the clauses: keys written as `\? key`/);
    assert.match(r.refused!.ru, /^Упорядочить пункты нельзя/);
    assert.match(r.refused!.kk, /^Тармақтарды ретке келтіру мүмкін емес/);
  });

  it('says nothing about `? key` keys already in the model\'s order', () => {
    assert.deepEqual(orderClausesResult(lint('? edition\n: kz-2010\nlanguages: [kk]\n? service\n: name: Қ\n')), { edits: [] });
  });

  it('refuses a file with a merge conflict or a syntax error, and says so', () => {
    const conflict = 'service:\n  name: Қ\n<<<<<<< HEAD\n  code: "1"\n=======\n  code: "2"\n>>>>>>> theirs\nedition: kz-2010\n';
    assert.match(orderClausesResult(lint(conflict)).refused!.en, /merge conflict/);
    assert.match(orderClausesResult(lint('service:\n  name: [Қ\nedition: kz-2010\n')).refused!.en, /syntax errors/);
  });

  it('refuses a file with a conflict marker left on its own, and says so', () => {
    for (const marker of ['<<<<<<< HEAD', '=======', '>>>>>>> theirs']) {
      const text = `service:\n  name: Қ\n${marker}\n  code: "1"\nedition: kz-2010\n`;
      const r = orderClausesResult(lint(text));
      assert.deepEqual(r.edits, [], marker);
      assert.match(r.refused!.en, /^Cannot order the clauses: a merge-conflict marker line .* is left in the file/, marker);
      assert.match(r.refused!.ru, /маркер конфликта/, marker);
      assert.match(r.refused!.kk, /қақтығысының жалғыз белгісі/, marker);
    }
  });

  it('says nothing when the clauses are already in order', () => {
    assert.deepEqual(orderClausesResult(lint(DIALECT_STANDARD)), { edits: [] });
  });
});

const noProvider = DIALECT_STANDARD.replace(/^ {2}provider:\n(?: {3,}.*\n)+/m, '').replace(/^ {2}form:/m, '  # 2. The form of the service\n  form:');

/** The fix of `missing-required` for `key`. */
function addFix(text: string, key: string) {
  const d = lint(text).diagnostics.find((x) => x.code === 'missing-required' && x.message.en.includes(`\`${key}\``));
  assert.ok(d, `missing-required for ${key}`);
  return d.fixes?.[0];
}

describe('edit safety: "add clause N" and the other fixes that add keys', () => {
  it('"Add clause 1" goes above the heading comment of the clause below, which stays with its key', () => {
    assert.notEqual(noProvider, DIALECT_STANDARD);
    const fix = addFix(noProvider, 'provider');
    assert.ok(fix);
    const after = applyEdits(noProvider, fix.edits);
    assert.match(after, /\n {2}provider:\n(?: {3,}.*\n)+ {2}# 2\. The form of the service\n {2}form: /);
    assert.deepEqual(lint(after).parsed.doc.errors, []);
  });

  it('"Add clause 2" goes below a `|` text ending in a `#` line, and above the next clause\'s heading', () => {
    const text = 'edition: kz-2010\nlanguages: [kk]\ngeneral:\n  provider:\n    - name: |\n        Орталық\n        # not a comment\n      phone: "1414"\n      notes: |\n        # still text\n  # 3. Legal basis\n  legal-basis: []\n';
    const after = applyEdits(text, addFix(text, 'form')!.edits);
    assert.match(after, /\n {6}notes: \|\n {8}# still text\n(?: {2}# 2\.[^\n]*\n)? {2}form: [^\n]+\n {2}# 3\. Legal basis\n {2}legal-basis: \[\]\n$/);
    assert.deepEqual(data(after).general.provider, data(text).general.provider);
  });

  it('adds the lines in the file\'s CRLF line endings', () => {
    const text = noProvider.replace(/\n/g, '\r\n');
    const after = applyEdits(text, addFix(text, 'provider')!.edits);
    assert.equal(after.split('\r\n').length, after.split('\n').length, 'every line break is CRLF');
    assert.match(after, /\r\n {2}provider:\r\n/);
  });

  it('offers no fix that would break a document written with `? key` / `: value`', () => {
    const explicitRoot = DIALECT_STANDARD.replace(/^([a-z][\w-]*):( ?)/gm, (_, k: string, sp: string) => `? ${k}\n:${sp}`).replace(/^\? service\n:\n(?: {2}.*\n)+/m, '');
    const explicitSection = DIALECT_STANDARD.replace(/^ {2}([a-z][\w-]*):( ?)/gm, (_, k: string, sp: string) => `  ? ${k}\n  :${sp}`).replace(/^ {2}\? form\n {2}: .*\n/m, '');
    for (const text of [explicitRoot, explicitSection]) {
      const a = lint(text);
      assert.deepEqual(a.parsed.doc.errors, []);
      assert.ok(a.diagnostics.some((d) => d.code === 'missing-required'));
      for (const d of a.diagnostics) {
        for (const fix of d.fixes ?? []) {
          const after = applyEdits(text, fix.edits);
          assert.deepEqual(lint(after).parsed.doc.errors.map((e) => e.code), [], `fix "${fix.title.en}" of ${d.code}`);
        }
      }
    }
  });

  it('adds a key before the first key of a `- key: value` item inside the item', () => {
    const text = 'list:\n  - ru: Текст\n    en: Text\n';
    const item = (parseDocument(text).contents as YAMLMap).get('list', true) as unknown as { items: YAMLMap[] };
    assert.ok(isMap(item.items[0]));
    const e = insertIntoMap(text, item.items[0], 'kk: ""', 'kk: ""', []);
    assert.ok(e);
    assert.equal(applyEdits(text, [e]), 'list:\n  - kk: ""\n    ru: Текст\n    en: Text\n');
  });
});

describe('edit safety: the editor says why the clauses cannot be ordered', function () {
  this.timeout(30_000);

  it('a disabled "Order clauses as in the model" source action gives the reason, in the editor\'s language', async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'ru', capabilities: { textDocument: { codeAction: { disabledSupport: true } } } });
      conn.sendNotification('initialized', {});
      const uri = 'file:///tmp/explicit.standard.yaml';
      const text = '? service\n: name: Қ\nedition: kz-2010\nlanguages: [kk]\n';
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'service-standard', version: 1, text } });
      const at = { line: 0, character: 0 };
      const actions = await conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [], only: ['source'] } });
      const order = actions.find((a) => a.kind === 'source.serviceStandard.orderClauses');
      assert.ok(order, JSON.stringify(actions));
      assert.equal(order.edit, undefined);
      assert.match(order.disabled?.reason ?? '', /^Упорядочить пункты нельзя: ключи, записанные как `\? ключ`/);
    } finally {
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      conn.sendNotification('exit');
      conn.dispose();
      proc.kill();
    }
  });
});
