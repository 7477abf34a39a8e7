/**
 * When a pulling client is asked to pull again (`workspace/diagnostic/refresh`): after each change
 * it already pulls the document, so a keystroke must not cost it a second round of pulls; a change
 * it has not pulled, or anything else that changes a report, still asks for one.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { RefreshRequests } from '../../server/src/lsp/refresh';
import { DIALECT_STANDARD } from '../helpers';
import { pulling, startWatched, workspace, type Watched } from './workspace-support';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Another standard of the workspace, with a service code of its own. */
const OTHER = DIALECT_STANDARD.replace(/code: .*/, 'code: "12121212"');

describe('refresh requests to a client that pulls', function () {
  this.timeout(30000);

  describe('the requests (in process)', () => {
    const make = () => {
      const state = new Map<string, string>();
      let sent = 0;
      const r = new RefreshRequests(() => sent++, (uri) => state.get(uri) ?? '', 10);
      return { r, state, sent: () => sent };
    };

    it('a settled edit the client has pulled as it now is: nothing sent', async () => {
      const { r, state, sent } = make();
      state.set('a', 'v2');
      r.requestFor('a');
      r.pulled('a');
      await pause(30);
      assert.equal(sent(), 0);
    });

    it('a settled edit not pulled, or pulled before the report changed again: one refresh', async () => {
      const { r, state, sent } = make();
      state.set('a', 'v2');
      r.pulled('a');
      state.set('a', 'v3');
      r.requestFor('a');
      r.requestFor('b');
      await pause(30);
      assert.equal(sent(), 1);
    });

    it('any other reason: sent, once however many ask within the delay', async () => {
      const { r, state, sent } = make();
      state.set('a', 'v2');
      r.requestFor('a');
      r.pulled('a');
      r.request();
      r.request();
      await pause(30);
      assert.equal(sent(), 1);
    });
  });

  describe('over the protocol', () => {
    let w: Watched | undefined;
    afterEach(async () => {
      await w?.client.stop();
      w = undefined;
    });

    async function opened(files: Record<string, string> = { 'other.standard.yaml': OTHER }) {
      const ws = workspace(files);
      w = await startWatched({ root: ws.dir, settings: { debounceMs: 0 } }, pulling);
      await w.scanned;
      const uri = ws.uri('open.standard.yaml');
      writeFileSync(join(ws.dir, 'open.standard.yaml'), DIALECT_STANDARD);
      w.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'service-standard', version: 1, text: DIALECT_STANDARD } });
      await w.client.request('textDocument/diagnostic', { textDocument: { uri } });
      await pause(300);
      return { ws, uri, before: w.refreshes.count };
    }

    it('a change pulled at once, whose debounce runs out before the pull is read: no refresh', async () => {
      const { uri, before } = await opened();
      const typo = DIALECT_STANDARD.replace('partially-automated', 'partialy-automated');
      // As VS Code sends them: the change, a request that reads the new version, the pull.
      w!.client.changeNoWait(uri, 2, [{ text: typo }]);
      const actions = w!.client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      const report = await w!.client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      await actions;
      assert.deepEqual(report.items.map((d) => d.code), ['enum-value']);
      await pause(400);
      assert.equal(w!.refreshes.count, before, 'the client pulled the version: it is not asked to pull it again');
    });

    it('the open document saved (its file changed on disk): no refresh; an unopened standard changed: one', async () => {
      const { ws, uri, before } = await opened();
      w!.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: FileChangeType.Changed }] });
      await pause(400);
      assert.equal(w!.refreshes.count, before, 'an open document is reported from its text, not from the disk');
      writeFileSync(join(ws.dir, 'other.standard.yaml'), OTHER.replace('partially-automated', 'partialy-automated'));
      w!.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('other.standard.yaml'), type: FileChangeType.Changed }] });
      for (let i = 0; i < 100 && w!.refreshes.count === before; i++) await pause(20);
      assert.equal(w!.refreshes.count, before + 1);
    });
  });
});
