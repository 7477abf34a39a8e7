/** The server's analysis cache: each new version is derived from the last one kept for its URI. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { analyze, type Analysis } from '../../server/src/core/engine';
import { derive } from '../../server/src/core/incremental';
import { AnalysisCache } from '../../server/src/lsp/analysis-cache';
import { nodeSpellers } from '../../server/src/node/spell/speller';
import { FIXED_NOW, replaced } from '../helpers';

const URI = 'file:///cache.standard.yaml';

describe('incremental: the analysis cache', () => {
  it('derives each version from the previous one, with the diagnostics of a fresh analysis', () => {
    let doc = TextDocument.create(URI, 'service-standard', 1, readFileSync('examples/address-certificate.standard.yaml', 'utf8'));
    const documents = { get: (uri: string) => (uri === URI ? doc : undefined) } as unknown as TextDocuments<TextDocument>;
    const bases: (Analysis | undefined)[] = [];
    const cache = new AnalysisCache(documents, (_uri, text, prev) => {
      bases.push(prev);
      return derive(prev, text, { now: FIXED_NOW });
    });
    const first = cache.get(URI)!.analysis;
    assert.equal(cache.get(URI)!.analysis, first, 'one analysis per version');
    const edits = [
      ['max-wait: 30 minutes', 'max-wait: 2 working-days'],
      ['email: ', 'email: info@@'],
      ['max-wait: 2 working-days', 'max-wait: 15 minutes'],
    ];
    for (const [find, by] of edits) {
      const text = doc.getText();
      assert.ok(text.includes(find), find);
      doc = TextDocument.create(URI, 'service-standard', doc.version + 1, text.replace(find, by));
      const got = cache.get(URI)!;
      assert.deepEqual(got.analysis.diagnostics, analyze(doc.getText(), { now: FIXED_NOW }).diagnostics);
      assert.equal((got.analysis as Analysis & { fallback?: string }).fallback, undefined);
    }
    assert.deepEqual(bases.map((b) => b !== undefined), [false, true, true, true]);
  });

  it('computes a derived result (outline, folding, links) once per version, and again for a new one', () => {
    let doc = TextDocument.create(URI, 'service-standard', 1, readFileSync('examples/address-certificate.standard.yaml', 'utf8'));
    const documents = { get: (uri: string) => (uri === URI ? doc : undefined) } as unknown as TextDocuments<TextDocument>;
    const cache = new AnalysisCache(documents, (_uri, text, prev) => derive(prev, text, { now: FIXED_NOW }));
    let runs = 0;
    const folds = () => cache.memo(URI, 'folding', (got) => (runs++, got.analysis.parsed.source.length));
    assert.equal(folds(), doc.getText().length);
    assert.equal(folds(), doc.getText().length);
    assert.equal(runs, 1);
    doc = TextDocument.create(URI, 'service-standard', 2, `${doc.getText()}# end\n`);
    assert.equal(folds(), doc.getText().length);
    assert.equal(runs, 2);
    assert.equal(cache.memo('file:///other.standard.yaml', 'folding', () => 1), undefined);
  });

  it('analyses a document again from its last analysis once the dictionaries are read, with the spelling a fresh analysis finds', () => {
    const text = replaced('    kk: Құжаттардың қабылданғаны туралы қолхат', '    kk: Құжаттардың қабылданғаны туралы қолхат, мәрзімдер');
    const doc = TextDocument.create(URI, 'service-standard', 1, text);
    const documents = { get: (uri: string) => (uri === URI ? doc : undefined) } as unknown as TextDocuments<TextDocument>;
    const spellers = nodeSpellers();
    let ready = false;
    const bases: (Analysis | undefined)[] = [];
    const cache = new AnalysisCache(documents, (_uri, t, prev) => {
      bases.push(prev);
      return derive(prev, t, { now: FIXED_NOW, speller: (lang) => (ready ? spellers(lang) : undefined) });
    });
    const spelling = (a: Analysis) => a.diagnostics.filter((d) => d.code === 'spelling');
    assert.deepEqual(spelling(cache.get(URI)!.analysis), []);
    const epoch = cache.epoch(URI);
    ready = true;
    cache.renew(URI);
    assert.notEqual(cache.epoch(URI), epoch, 'reports computed before are stale');
    const again = cache.get(URI)!.analysis;
    assert.deepEqual(bases.map((b) => b !== undefined), [false, true], 'derived from the last analysis');
    assert.ok(spelling(again).length > 0, 'the misspelt word is found');
    assert.deepEqual(again.diagnostics, analyze(text, { now: FIXED_NOW, speller: spellers }).diagnostics);
  });
});
