/** The language server through the real protocol: spawned, spoken to over stdio. */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, CompletionItem, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Diagnostic } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD, FIXED_NOW, ROOT, fixture, lintText } from '../helpers';
import type { LspClient } from '../support/lsp-client';
import { fileUri, startServer } from '../support/our-server';

const BROKEN = fixture('examples/broken/mistakes.standard.yaml');

function pos(text: string, needle: string, delta = 0) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not found`);
  const o = i + delta;
  const before = text.slice(0, o).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: LspClient;
  const dir = mkdtempSync(join(tmpdir(), 'ss-lsp-'));
  const uri = (name: string) => fileUri(join(dir, name));

  before(async () => {
    mkdirSync(join(dir, '.git'));
    client = await startServer({ root: dir, locale: 'en' });
  });
  after(async () => {
    await client.stop();
  });

  it('announces its capabilities', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.completionProvider && caps.hoverProvider && caps.codeActionProvider && caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider && caps.documentLinkProvider && caps.inlayHintProvider);
    assert.equal(client.initializeResult.serverInfo?.name, 'service-standard');
  });

  it('publishes the same diagnostics as the CLI engine, with codes, links and the document version', async () => {
    const diags = (await client.open(uri('broken.standard.yaml'), BROKEN, 7)).publish.diagnostics;
    const engine = lintText(BROKEN, { now: new Date() });
    assert.deepEqual(
      diags.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
      engine.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
    );
    const unknown = diags.find((d) => d.code === 'unknown-key')!;
    assert.equal(unknown.source, 'service-standard');
    assert.match(unknown.codeDescription!.href, /docs\/rules\/unknown-key\.md$/);
    assert.equal(client.published.get(uri('broken.standard.yaml'))!.at(-1)!.version, 7);
  });

  it('reports the version of each edit and answers requests on the current text', async () => {
    const u = uri('edit.standard.yaml');
    const clean = (await client.open(u, DIALECT_STANDARD, 1)).publish.diagnostics;
    assert.deepEqual(clean, []);
    const broken = DIALECT_STANDARD.replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
    client.changeNoWait(u, 2, [{ text: broken }]);
    // Without waiting for diagnostics: a hover right away sees version 2.
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: pos(broken, 'form: partialy', 1) });
    assert.ok(h, 'hover answered');
    const v2 = await client.diagnostics(u, 2);
    assert.deepEqual(v2.map((d) => d.code), ['enum-value']);
    const v3 = (await client.change(u, 3, [{ text: DIALECT_STANDARD }])).publish.diagnostics;
    assert.deepEqual(v3, []);
  });

  it('relatedInformation points at the other place when two places disagree', async () => {
    const text = DIALECT_STANDARD.replace(/^(\s+)paid: true/m, '$1paid: false');
    const diags = (await client.open(uri('fee.standard.yaml'), text)).publish.diagnostics;
    const fee = diags.find((d) => d.code === 'fee-consistency')!;
    assert.ok(fee, diags.map((d) => d.code).join());
    assert.equal(fee.severity, 2);
    assert.equal(fee.relatedInformation![0].location.range.start.line, pos(text, 'paid: false').line);
  });

  describe('completion', () => {
    it('offers only the keys not yet present in the mapping, labelled with clause number and title', async () => {
      const text = DIALECT_STANDARD.replace(/^  premises:.*\n(?: {4,}.*\n)*/m, '');
      const at = text.indexOf('\nprocedure:');
      const typed = `${text.slice(0, at)}\n  ${text.slice(at)}`;
      const u = uri('complete.standard.yaml');
      await client.open(u, typed);
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(typed, '\n  \nprocedure:', 3) });
      assert.deepEqual(items.map((i) => i.label), ['premises']);
      assert.equal(items[0].detail, '§10. Premises');
      assert.match((items[0].documentation as { value: string }).value, /Қызмет көрсетілетін орынның жағдайларын көрсету/);
      assert.match(items[0].textEdit!.newText, /^# 10\. .*\n  premises: \{kk: "\$\{1\}", ru: "\$\{2\}"\}/);
    });

    it('offers enum values, duration units and language keys', async () => {
      const u = uri('values.standard.yaml');
      const base = 'edition: kz-2010\nlanguages: [kk, ru]\ngeneral:\n  form: \n  deadlines:\n    max-wait: 30 \nservice:\n  name: {kk: а, \n';
      await client.open(u, base);
      const at = (needle: string, d: number) => client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(base, needle, d) });
      assert.deepEqual((await at('form: ', 6)).map((i) => i.label), ['fully-automated', 'partially-automated', 'non-automated']);
      assert.deepEqual((await at('max-wait: 30 ', 13)).map((i) => i.label), ['30 minutes', '30 hours', '30 working-days', '30 calendar-days']);
      assert.deepEqual((await at('{kk: а, ', 8)).map((i) => i.label), ['ru']);
    });

    it('offers the whole skeleton in an empty file', async () => {
      const u = uri('empty.standard.yaml');
      await client.open(u, '');
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
      assert.match(items[0].label, /^kz-2010/);
      const text = items[0].textEdit!.newText;
      for (let n = 1; n <= 26; n++) assert.match(text, new RegExp(`# ${n}\\. `));
    });

    it('inserts a missing clause as a snippet indented for its section', async () => {
      const text = DIALECT_STANDARD.replace(/^  fee:\n(?: {4,}.*\n)+/m, '');
      const at = text.indexOf('\n  schedule:');
      const typed = `${text.slice(0, at)}\n  fe${text.slice(at)}`;
      const u = uri('clause.standard.yaml');
      await client.open(u, typed);
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(typed, '\n  fe\n', 5) });
      const fee = items.find((i) => i.label === 'fee')!;
      assert.equal(fee.detail, '§8. Fee');
      assert.match(fee.textEdit!.newText, /fee:\n    paid: /);
    });
  });

  describe('hover', () => {
    it('on a key: clause number, section, official kk wording, ru and en', async () => {
      const u = uri('hover.standard.yaml');
      await client.open(u, DIALECT_STANDARD);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(DIALECT_STANDARD, 'deadlines:', 2) });
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
      await client.open(u, text);
      const d = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(text, '10 working-days', 4) });
      assert.equal((d.contents as { value: string }).value, '10 working days / 10 жұмыс күні / 10 рабочих дней');
      const e = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(text, 'partially-automated', 3) });
      assert.match((e.contents as { value: string }).value, /Partially automated/);
    });
  });

  describe('code actions', () => {
    async function actions(u: string, text: string, needle: string, only?: string[]) {
      const p = pos(text, needle);
      return client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: u },
        range: { start: p, end: p },
        context: { diagnostics: [], only },
      });
    }

    it('did-you-mean for a key and an enum value', async () => {
      const u = uri('fix1.standard.yaml');
      const text = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:').replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
      await client.open(u, text);
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
      await client.open(u, text);
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
      await client.open(u, text);
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
      await client.open(u, text);
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

  it('document symbols: sections with their numbered clauses', async () => {
    const u = uri('symbols.standard.yaml');
    await client.open(u, DIALECT_STANDARD);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
    const general = symbols.find((s) => s.name === '1. General provisions')!;
    assert.ok(general, symbols.map((s) => s.name).join(' | '));
    assert.equal(general.children!.length, 10);
    assert.equal(general.children![6].name, '7. Deadlines');
    assert.ok(symbols.some((s) => s.name.startsWith('3. ')));
  });

  it('folding ranges, §N inlay hints and links for urls, emails and phones', async () => {
    const u = uri('misc.standard.yaml');
    await client.open(u, DIALECT_STANDARD);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: u } });
    const generalLine = pos(DIALECT_STANDARD, '\ngeneral:', 1).line;
    assert.ok(folds.some((f) => f.startLine === generalLine && f.endLine > generalLine + 20));
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } } });
    assert.equal(hints.filter((h) => /^§\d+$/.test(String(h.label))).length >= 26, true);
    const deadline = hints.find((h) => h.label === '§7')!;
    assert.equal(deadline.position.line, pos(DIALECT_STANDARD, 'deadlines:').line);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: u } });
    const targets = links.map((l) => l.target!);
    assert.ok(targets.some((t) => t.startsWith('mailto:')));
    assert.ok(targets.some((t) => /^tel:\+7\d{10}$/.test(t)), targets.join(' '));
    assert.ok(targets.some((t) => t.startsWith('https://')));
  });

  it('never crashes on bad YAML, half-typed keys or an empty file', async () => {
    const inputs = ['', ':\n  - [', 'edition: kz-2010\ngeneral:\n  pro', 'edition: kz-2010\n\t- {', '- - - ]]]', 'a: &a [*a, *a]\nb: *a\n', '\uD800 lone surrogate'];
    let v = 1;
    const u = uri('crash.standard.yaml');
    await client.open(u, inputs[0], v);
    for (const text of inputs) {
      v++;
      await client.change(u, v, [{ text }]);
      const end = { line: text.split('\n').length - 1, character: text.split('\n').at(-1)!.length };
      await client.request('textDocument/completion', { textDocument: { uri: u }, position: end });
      await client.request('textDocument/hover', { textDocument: { uri: u }, position: end });
      await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
      await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics: [] } });
    }
    assert.ok(client.alive());
  });
});

describe('language server settings, config and workspace', function () {
  this.timeout(30000);

  it('speaks the client locale, and the language setting wins when it changes', async () => {
    const c = await startServer({ locale: 'ru-RU', configuration: { language: 'auto' } });
    try {
      const u = 'file:///tmp/locale.standard.yaml';
      const text = DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:');
      const diags = (await c.open(u, text)).publish.diagnostics;
      assert.match(String(diags.find((d) => d.code === 'unknown-key')!.message), /Неизвестный ключ/);
      // The server pulls the configuration after a change: answer with kk from now on.
      c.configuration = () => ({ language: 'kk' });
      const again = c.diagnostics(u);
      c.notify('workspace/didChangeConfiguration', { settings: null });
      assert.match(String((await again).find((d) => d.code === 'unknown-key')!.message), /Белгісіз кілт/);
    } finally {
      await c.stop();
    }
    const k = await startServer({ locale: 'ru', settings: { language: 'kk' } });
    try {
      const diags = (await k.open('file:///tmp/kk.standard.yaml', DIALECT_STANDARD.replace(/^(\s+)recipients:/m, '$1recipents:'))).publish.diagnostics;
      assert.match(String(diags.find((d) => d.code === 'unknown-key')!.message), /Белгісіз кілт/);
    } finally {
      await k.stop();
    }
  });

  it('honours .service-standard.yaml and reloads it when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-cfg-'));
    mkdirSync(join(dir, '.git'));
    const cfg = join(dir, '.service-standard.yaml');
    writeFileSync(cfg, 'rules:\n  on-the-spot-time: error\n');
    const c = await startServer({ root: dir });
    try {
      const u = fileUri(join(dir, 'a.standard.yaml'));
      const text = DIALECT_STANDARD.replace(/(max-service: )\S+ \S+/, '$19 hours');
      const first = (await c.open(u, text)).publish.diagnostics;
      assert.equal(first.find((d) => d.code === 'on-the-spot-time')!.severity, 1);
      writeFileSync(cfg, 'rules:\n  on-the-spot-time: off\n');
      const next = c.diagnostics(u);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg), type: 2 }] });
      assert.deepEqual((await next).map((d) => d.code), []);
    } finally {
      await c.stop();
    }
  });

  it('warns on both standards of a workspace that share a service code, and clears when one changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-ws-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'disk.standard.yaml'), DIALECT_STANDARD);
    const c = await startServer({ root: dir });
    try {
      const u = fileUri(join(dir, 'open.standard.yaml'));
      let diags: Diagnostic[] = (await c.open(u, DIALECT_STANDARD)).publish.diagnostics;
      // The workspace scan may land just after the first publish.
      for (let i = 0; i < 20 && !diags.some((d) => d.code === 'duplicate-service-code'); i++) diags = await c.diagnostics(u);
      const dup = diags.find((d) => d.code === 'duplicate-service-code')!;
      assert.ok(dup);
      assert.equal(dup.relatedInformation![0].location.uri, fileUri(join(dir, 'disk.standard.yaml')));
      const changed = (await c.change(u, 2, [{ text: DIALECT_STANDARD.replace(/code: .*/, 'code: "99999999"') }])).publish.diagnostics;
      assert.deepEqual(changed.map((d) => d.code), []);
      // A document that is closed without being saved no longer counts.
      const unsaved = fileUri(join(dir, 'unsaved.standard.yaml'));
      await c.change(u, 3, [{ text: DIALECT_STANDARD }]);
      const both = (await c.open(unsaved, DIALECT_STANDARD.replace(/code: .*/, 'code: "99999999"'))).publish.diagnostics;
      assert.deepEqual(both.map((d) => d.code), []);
      const mine = (await c.change(u, 4, [{ text: DIALECT_STANDARD.replace(/code: .*/, 'code: "99999999"') }])).publish.diagnostics;
      assert.ok(mine.some((d) => d.code === 'duplicate-service-code'));
      const after = c.diagnostics(u);
      c.notify('textDocument/didClose', { textDocument: { uri: unsaved } });
      assert.deepEqual((await after).map((d) => d.code), []);
    } finally {
      await c.stop();
    }
  });

  it('exits when its parent process dies', async () => {
    const { spawn } = await import('node:child_process');
    const parent = spawn(process.execPath, ['-e', `
      const { spawn } = require('node:child_process');
      const s = spawn(process.execPath, [${JSON.stringify(join(ROOT, 'dist/server.js'))}, '--stdio', '--clientProcessId=' + process.pid], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
      console.log(s.pid);
      setTimeout(() => process.exit(0), 300);
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = Number((await new Promise<string>((r) => parent.stdout!.once('data', (d) => r(String(d))))).trim());
    await new Promise((r) => parent.once('exit', r));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(alive(), false, 'the server exited after its parent');
  });
});
