/** The opt-in timeline of the server (`SERVICE_STANDARD_TIMELINE`): what ran when, to find where a keystroke's time goes. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD } from '../helpers';
import { LspClient } from '../support/lsp-client';
import { fileUri, testServer } from '../support/our-server';

describe('language server: the timeline', function () {
  this.timeout(30000);

  it('writes each analysis and each request it ran, with its duration, to the file the environment names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-timeline-'));
    const file = join(dir, 'timeline.txt');
    const client = await LspClient.start({ ...testServer(), env: { SERVICE_STANDARD_TIMELINE: file } });
    const uri = fileUri(join(dir, 'a.standard.yaml'));
    try {
      await client.open(uri, DIALECT_STANDARD);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
    } finally {
      await client.stop();
    }
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.ok(lines.some((l) => /^\d+\.\d run analyse [\d.]+\.\.[\d.]+ \([\d.]+ ms\)$/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^\d+\.\d run onDocumentSymbol /.test(l)), lines.join('\n'));
  });
});
