/** The server's heap grows little while documents are opened, and as V8 chooses while one is edited. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { derive } from '../../server/src/core/incremental';
import { AnalysisCache } from '../../server/src/lsp/analysis-cache';
import { HeapGrowth, OPENING_GROWTH_PERCENT } from '../../server/src/lsp/heap';
import { FIXED_NOW } from '../helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TEXT = readFileSync('examples/address-certificate.standard.yaml', 'utf8');

describe('lsp: heap growth while documents are opened', () => {
  it('leaves one document opened alone to V8; limits the growth from the second in a row, and gives it back once no more come', async () => {
    const flags: string[] = [];
    const heap = new HeapGrowth((f) => flags.push(f), OPENING_GROWTH_PERCENT, 40);
    heap.opened();
    assert.deepEqual(flags, [], 'one document: no limit');
    await sleep(60);
    heap.opened();
    assert.deepEqual(flags, [], 'one document again, long after the first: no limit');
    await sleep(20);
    heap.opened();
    assert.deepEqual(flags, [`--heap-growing-percent=${OPENING_GROWTH_PERCENT}`]);
    await sleep(20);
    heap.opened();
    assert.deepEqual(flags, [`--heap-growing-percent=${OPENING_GROWTH_PERCENT}`]);
    await sleep(30);
    assert.ok(heap.opening, 'a document opened 30 ms ago keeps the limit');
    await sleep(40);
    assert.equal(heap.opening, false);
    assert.deepEqual(flags, [`--heap-growing-percent=${OPENING_GROWTH_PERCENT}`, '--heap-growing-percent=0']);
  });

  it('is told of each document analysed from nothing, not of a version derived from the last', () => {
    const docs = new Map([1, 2].map((i) => [`file:///s${i}.standard.yaml`, TextDocument.create(`file:///s${i}.standard.yaml`, 'service-standard', 1, TEXT)]));
    const documents = { get: (uri: string) => docs.get(uri) } as unknown as TextDocuments<TextDocument>;
    let opened = 0;
    const cache = new AnalysisCache(documents, (_uri, text, prev) => derive(prev, text, { now: FIXED_NOW }), 3, { opened: () => opened++ });
    for (const uri of docs.keys()) cache.get(uri);
    assert.equal(opened, 2);
    const [uri, doc] = [...docs][0];
    docs.set(uri, TextDocument.create(uri, 'service-standard', 2, `${doc.getText()}# end\n`));
    cache.get(uri);
    assert.equal(opened, 2);
  });

  it('names what an analysis is made from: the same when the cache only lets it go, another once it is dropped to be made anew', () => {
    const docs = new Map([1, 2, 3].map((i) => [`file:///e${i}.standard.yaml`, TextDocument.create(`file:///e${i}.standard.yaml`, 'service-standard', 1, TEXT)]));
    const documents = { get: (uri: string) => docs.get(uri) } as unknown as TextDocuments<TextDocument>;
    const cache = new AnalysisCache(documents, (_uri, text, prev) => derive(prev, text, { now: FIXED_NOW }), 1, { opened: () => undefined });
    const [a, b] = [...docs.keys()];
    const first = cache.epoch(a);
    for (const uri of docs.keys()) cache.get(uri);
    assert.equal(cache.epoch(a), first, 'let go for room');
    cache.delete(a);
    const afterDelete = cache.epoch(a);
    assert.notEqual(afterDelete, first);
    const otherBefore = cache.epoch(b);
    cache.clear();
    assert.notEqual(cache.epoch(a), afterDelete);
    assert.notEqual(cache.epoch(b), otherBefore);
  });
});
