/**
 * The writer's editor through the protocol: "add all missing clauses" as a source action (computed at
 * once, or on resolve where the client resolves), and the message language following
 * `serviceStandard.language` both ways, `auto` included.
 */
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD, FIXED_NOW, lintText } from '../helpers';
import { startServer, testServer } from '../support/our-server';
import { LspClient } from '../support/lsp-client';

type LspEdit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };

function applyLspEdits(text: string, edits: LspEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const KIND = 'source.addMissingClauses.serviceStandard';
/** A standard without clauses 9 and 10 (`schedule`, `premises`) and section 5, with comments to keep. */
const GAPPY = DIALECT_STANDARD.replace(/^ {2}schedule:\n(?: {3,}.*\n)+/m, '')
  .replace(/^ {2}premises:\n(?: {3,}.*\n)+/m, '')
  .replace(/^appeals:\n(?:(?: .*)?\n)+/m, '')
  .replace(/^general:/m, '# the general provisions, checked by the ministry\ngeneral:');
const whole = (text: string) => ({ start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } });
const missing = (text: string) => lintText(text, { now: FIXED_NOW }).filter((d) => d.code === 'missing-required');

function actionsOf(c: LspClient, uri: string, text: string, only: string[]) {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole(text), context: { diagnostics: [], only } });
}

describe('language server: the writer\'s whole-file actions and language', function () {
  this.timeout(30000);

  it('"add all missing clauses" adds every missing clause in its place, keeping every value and comment', async () => {
    assert.ok(missing(GAPPY).length >= 3, 'the standard lacks clauses');
    const c = await startServer({ locale: 'en' });
    try {
      const u = 'file:///tmp/gappy.standard.yaml';
      await c.open(u, GAPPY);
      const [action] = await actionsOf(c, u, GAPPY, ['source']).then((a) => a.filter((x) => x.kind === KIND));
      assert.equal(action?.title, 'Add all missing clauses');
      const fixed = applyLspEdits(GAPPY, action.edit!.changes![u]);
      assert.deepEqual(missing(fixed).map((d) => d.message.en), []);
      for (const line of GAPPY.split('\n')) assert.ok(fixed.includes(line), `kept: ${line}`);
      assert.match(fixed, /\n {2}# 9\. [^\n]*\n {2}schedule:\n(?: {3,}.*\n)+ {2}# 10\. [^\n]*\n {2}premises:/);
      assert.ok(fixed.indexOf('\nappeals:') > fixed.indexOf('\nresults:'), 'section 5 after section 4');
      // Nothing is left to add: the action is not offered again.
      await c.change(u, 2, [{ text: fixed }]);
      assert.deepEqual((await actionsOf(c, u, fixed, [KIND])).length, 0);
    } finally {
      await c.stop();
    }
  });

  it('offers it at once and computes the edit on resolve where the client resolves actions', async () => {
    const spec = testServer({ locale: 'ru' });
    const caps = spec.initialize!.capabilities!;
    caps.textDocument = { ...caps.textDocument, codeAction: { resolveSupport: { properties: ['edit'] }, disabledSupport: true } };
    const c = await LspClient.start(spec);
    try {
      const u = 'file:///tmp/gappy-resolve.standard.yaml';
      await c.open(u, GAPPY);
      const [action] = await actionsOf(c, u, GAPPY, [KIND]);
      assert.equal(action.title, 'Добавить все недостающие пункты');
      assert.equal(action.edit, undefined, 'no edit computed before it is chosen');
      const resolved = await c.request<CodeAction>('codeAction/resolve', action);
      assert.deepEqual(missing(applyLspEdits(GAPPY, resolved.edit!.changes![u])), []);
    } finally {
      await c.stop();
    }
  });

  const typo = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:');
  const unknownKey = async (c: LspClient, u: string, change: () => void) => {
    const next = c.diagnostics(u);
    change();
    return String((await next).find((d) => d.code === 'unknown-key')!.message);
  };

  it('messages follow the language setting both ways, `auto` back to the editor\'s language (settings pulled)', async () => {
    const c = await startServer({ locale: 'ru', configuration: { language: 'kk' } });
    try {
      const u = 'file:///tmp/lang-pull.standard.yaml';
      await c.settled();
      assert.match(String((await c.open(u, typo)).publish.diagnostics.find((d) => d.code === 'unknown-key')!.message), /Белгісіз кілт/);
      const set = (language: string) => () => {
        c.configuration = () => ({ language });
        c.notify('workspace/didChangeConfiguration', { settings: null });
      };
      assert.match(await unknownKey(c, u, set('auto')), /Неизвестный ключ/);
      assert.match(await unknownKey(c, u, set('en')), /Unknown key/);
      assert.match(await unknownKey(c, u, set('auto')), /Неизвестный ключ/);
      assert.match(await unknownKey(c, u, set('kk')), /Белгісіз кілт/);
    } finally {
      await c.stop();
    }
  });

  it('messages follow the language setting both ways when the client pushes the settings', async () => {
    const c = await startServer({ locale: 'kk', settings: { language: 'en' } });
    try {
      const u = 'file:///tmp/lang-push.standard.yaml';
      assert.match(String((await c.open(u, typo)).publish.diagnostics.find((d) => d.code === 'unknown-key')!.message), /Unknown key/);
      const push = (language: string) => () => c.notify('workspace/didChangeConfiguration', { settings: { serviceStandard: { language } } });
      assert.match(await unknownKey(c, u, push('auto')), /Белгісіз кілт/);
      assert.match(await unknownKey(c, u, push('ru')), /Неизвестный ключ/);
      assert.match(await unknownKey(c, u, push('auto')), /Белгісіз кілт/);
    } finally {
      await c.stop();
    }
  });
});
