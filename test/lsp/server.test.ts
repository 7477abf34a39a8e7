/** The language server through the real protocol: spawned, spoken to over stdio. */
import assert from 'node:assert/strict';
import type { DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD, fixture, lintText } from '../helpers';
import { serverPerSuite } from '../support/our-server';
import { pos } from './positions';

const BROKEN = fixture('examples/broken/mistakes.standard.yaml');

describe('language server over stdio', function () {
  this.timeout(30000);
  const suite = serverPerSuite({ locale: 'en' });
  const { uri } = suite;

  it('announces its capabilities', () => {
    const caps = suite.client.initializeResult.capabilities;
    assert.ok(caps.completionProvider && caps.hoverProvider && caps.codeActionProvider && caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider && caps.documentLinkProvider && caps.inlayHintProvider);
    assert.equal(suite.client.initializeResult.serverInfo?.name, 'service-standard');
  });

  it('publishes the same diagnostics as the CLI engine, with codes, links and the document version', async () => {
    const diags = (await suite.client.open(uri('broken.standard.yaml'), BROKEN, 7)).publish.diagnostics;
    const engine = lintText(BROKEN, { now: new Date() });
    assert.deepEqual(
      diags.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
      engine.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
    );
    const unknown = diags.find((d) => d.code === 'unknown-key')!;
    assert.equal(unknown.source, 'service-standard');
    assert.match(unknown.codeDescription!.href, /docs\/rules\/unknown-key\.md$/);
    assert.equal(suite.client.published.get(uri('broken.standard.yaml'))!.at(-1)!.version, 7);
  });

  it('reports the version of each edit and answers requests on the current text', async () => {
    const u = uri('edit.standard.yaml');
    const clean = (await suite.client.open(u, DIALECT_STANDARD, 1)).publish.diagnostics;
    assert.deepEqual(clean, []);
    const broken = DIALECT_STANDARD.replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
    suite.client.changeNoWait(u, 2, [{ text: broken }]);
    // Without waiting for diagnostics: a hover right away sees version 2.
    const h = await suite.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: pos(broken, 'form: partialy', 1) });
    assert.ok(h, 'hover answered');
    const v2 = await suite.client.diagnostics(u, 2);
    assert.deepEqual(v2.map((d) => d.code), ['enum-value']);
    const v3 = (await suite.client.change(u, 3, [{ text: DIALECT_STANDARD }])).publish.diagnostics;
    assert.deepEqual(v3, []);
  });

  it('relatedInformation points at the other place when two places disagree', async () => {
    const text = DIALECT_STANDARD.replace(/^(\s+)paid: true/m, '$1paid: false');
    const diags = (await suite.client.open(uri('fee.standard.yaml'), text)).publish.diagnostics;
    const fee = diags.find((d) => d.code === 'fee-consistency')!;
    assert.ok(fee, diags.map((d) => d.code).join());
    assert.equal(fee.severity, 2);
    assert.equal(fee.relatedInformation![0].location.range.start.line, pos(text, 'paid: false').line);
  });

  it('document symbols: sections with their numbered clauses', async () => {
    const u = uri('symbols.standard.yaml');
    await suite.client.open(u, DIALECT_STANDARD);
    const symbols = await suite.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
    const general = symbols.find((s) => s.name === '1. General provisions')!;
    assert.ok(general, symbols.map((s) => s.name).join(' | '));
    assert.equal(general.children!.length, 10);
    assert.equal(general.children![6].name, '7. Deadlines');
    assert.ok(symbols.some((s) => s.name.startsWith('3. ')));
  });

  it('folding ranges, §N inlay hints and links for urls, emails and phones', async () => {
    const u = uri('misc.standard.yaml');
    await suite.client.open(u, DIALECT_STANDARD);
    const folds = await suite.client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: u } });
    const generalLine = pos(DIALECT_STANDARD, '\ngeneral:', 1).line;
    assert.ok(folds.some((f) => f.startLine === generalLine && f.endLine > generalLine + 20));
    const hints = await suite.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } } });
    assert.equal(hints.filter((h) => /^§\d+$/.test(String(h.label))).length >= 26, true);
    const deadline = hints.find((h) => h.label === '§7')!;
    assert.equal(deadline.position.line, pos(DIALECT_STANDARD, 'deadlines:').line);
    const links = await suite.client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: u } });
    const targets = links.map((l) => l.target!);
    assert.ok(targets.some((t) => t.startsWith('mailto:')));
    assert.ok(targets.some((t) => /^tel:\+7\d{10}$/.test(t)), targets.join(' '));
    assert.ok(targets.some((t) => t.startsWith('https://')));
  });

  it('never crashes on bad YAML, half-typed keys or an empty file', async () => {
    const inputs = ['', ':\n  - [', 'edition: kz-2010\ngeneral:\n  pro', 'edition: kz-2010\n\t- {', '- - - ]]]', 'a: &a [*a, *a]\nb: *a\n', '\uD800 lone surrogate'];
    let v = 1;
    const u = uri('crash.standard.yaml');
    await suite.client.open(u, inputs[0], v);
    for (const text of inputs) {
      v++;
      await suite.client.change(u, v, [{ text }]);
      const end = { line: text.split('\n').length - 1, character: text.split('\n').at(-1)!.length };
      await suite.client.request('textDocument/completion', { textDocument: { uri: u }, position: end });
      await suite.client.request('textDocument/hover', { textDocument: { uri: u }, position: end });
      await suite.client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
      await suite.client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics: [] } });
    }
    assert.ok(suite.client.alive());
  });
});
