/**
 * A request the editor cancels before the server has begun it (the folding, links and outline of a
 * version the next keystroke made stale) is answered as cancelled at once and never run, so that
 * it does not hold back the next version's diagnostics.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type FoldingRange } from 'vscode-languageserver-protocol';
import { generateStandard } from '../../bench/generate';
import { LspClient } from '../support/lsp-client';
import { fileUri, testServer } from '../support/our-server';

describe('language server: cancelled requests', function () {
  this.timeout(60000);

  it('a request cancelled while it waits is answered as cancelled and not run; the next one is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-cancel-'));
    const file = join(dir, 'timeline.txt');
    const client = await LspClient.start({ ...testServer(), env: { SERVICE_STANDARD_TIMELINE: file } });
    const uri = fileUri(join(dir, 'large.standard.yaml'));
    const params = { textDocument: { uri } };
    let cancelled: unknown;
    try {
      // The whole analysis of 3,000 lines keeps the server busy while the two messages below arrive.
      void client.open(uri, generateStandard({ lines: 3000, seed: 3 }));
      const source = new CancellationTokenSource();
      const stale = client.request<FoldingRange[]>('textDocument/foldingRange', params, source.token).catch((err: unknown) => (cancelled = err));
      source.cancel();
      await stale;
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', params);
      assert.ok(ranges.length > 100, 'the request after it is answered');
    } finally {
      await client.stop();
    }
    assert.ok(cancelled instanceof ResponseError, `answered as an error: ${String(cancelled)}`);
    assert.equal(cancelled.code, LSPErrorCodes.RequestCancelled);
    const runs = readFileSync(file, 'utf8').split('\n').filter((l) => / run onFoldingRanges /.test(l));
    assert.equal(runs.length, 1, 'only the request that was not cancelled ran');
  });
});
