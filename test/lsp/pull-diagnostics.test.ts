/** Diagnostics for clients that pull (`textDocument/diagnostic`, `workspace/diagnostic`), through the real protocol. */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, type DocumentDiagnosticReport, type WorkspaceDiagnosticReport, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD } from '../helpers';
import { startServer } from '../support/our-server';
import { codesOf, pulling, startWatched, workspace, type Watched } from './workspace-support';

const TYPO = DIALECT_STANDARD.replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
const withCode = (text: string, code: string) => text.replace(/code: .*/, `code: "${code}"`);

type Previous = { uri: string; value: string }[];

function pullDocument(w: Watched, uri: string, previousResultId?: string) {
  return w.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
}

async function pullWorkspace(w: Watched, previousResultIds: Previous = []) {
  const report = await w.client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
  return new Map(report.items.map((i) => [i.uri, i]));
}

const idsOf = (m: Map<string, WorkspaceDocumentDiagnosticReport>): Previous => [...m.values()].map((i) => ({ uri: i.uri, value: i.resultId! }));
const itemsOf = (r: WorkspaceDocumentDiagnosticReport | DocumentDiagnosticReport | undefined) => (r && r.kind === 'full' ? r.items : undefined);

describe('pull diagnostics', function () {
  this.timeout(30000);
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.client.stop();
    w = undefined;
  });

  it('announces a diagnostic provider only to a client that says it pulls, and then pushes nothing', async () => {
    const push = await startServer();
    try {
      assert.equal(push.initializeResult.capabilities.diagnosticProvider, undefined);
    } finally {
      await push.stop();
    }
    const ws = workspace({ 'typo.standard.yaml': TYPO });
    w = await startWatched({ root: ws.dir }, pulling);
    const provider = w.client.initializeResult.capabilities.diagnosticProvider as { interFileDependencies: boolean; workspaceDiagnostics: boolean };
    assert.deepEqual({ inter: provider.interFileDependencies, workspace: provider.workspaceDiagnostics }, { inter: true, workspace: true });
    await w.scanned;
    const u = ws.uri('open.standard.yaml');
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: TYPO } });
    // Pulled at once, the report already knows the code it shares with the file on disk.
    assert.deepEqual(codesOf(itemsOf(await pullDocument(w, u))!), ['duplicate-service-code', 'enum-value']);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(w.client.published.size, 0, 'no publishDiagnostics to a client that pulls');
  });

  it('textDocument/diagnostic: a full report, unchanged for the same result id, full again at once after an edit, with no refresh for it', async () => {
    w = await startWatched({}, pulling);
    const u = 'file:///tmp/pull-doc.standard.yaml';
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: TYPO } });
    const first = await pullDocument(w, u);
    assert.equal(first.kind, 'full');
    assert.deepEqual(codesOf(itemsOf(first)!), ['enum-value']);
    const again = await pullDocument(w, u, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    // A refresh of the server's own (the end of its workspace reading) is counted before the edit.
    await new Promise((r) => setTimeout(r, 300));
    const before = w.refreshes.count;
    w.client.changeNoWait(u, 2, [{ text: DIALECT_STANDARD }]);
    const edited = await pullDocument(w, u, first.resultId);
    assert.equal(edited.kind, 'full');
    assert.deepEqual(itemsOf(edited), []);
    assert.notEqual(edited.resultId, first.resultId);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(w.refreshes.count, before, 'the client already has the edited version: no refresh after the debounce');
  });

  it('a pull the client cancels because it typed on is not analysed, or answered for the version it asked about; the pull of the newest version is right', async () => {
    w = await startWatched({}, pulling);
    const u = 'file:///tmp/pull-typed.standard.yaml';
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: DIALECT_STANDARD } });
    await pullDocument(w, u);
    const typedOver = new CancellationTokenSource();
    // A letter typed over and taken back, the pull in between cancelled. Whether the cancellation
    // reaches the server before it takes the pull is up to the pipe: answered, the pull must say what
    // the version it was sent after holds, never the newer one.
    const at = DIALECT_STANDARD.indexOf('partially-automated') + 'partial'.length;
    const pos = { line: DIALECT_STANDARD.slice(0, at).split('\n').length - 1, character: at - DIALECT_STANDARD.lastIndexOf('\n', at - 1) - 1 };
    w.client.changeNoWait(u, 2, [{ range: { start: pos, end: { ...pos, character: pos.character + 1 } }, text: '' }]);
    const stale = w.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: u } }, typedOver.token);
    w.client.changeNoWait(u, 3, [{ range: { start: pos, end: pos }, text: 'l' }]);
    typedOver.cancel();
    const latest = pullDocument(w, u);
    const answer = await stale.then(
      (report) => ({ report }),
      (error: { code?: number }) => ({ error }),
    );
    if ('error' in answer) assert.equal(answer.error.code, LSPErrorCodes.RequestCancelled);
    else assert.deepEqual(codesOf(itemsOf(answer.report)!), ['enum-value']);
    assert.deepEqual(itemsOf(await latest), []);
  });

  it('the spelling findings that come once the dictionaries are read reach a client that pulls', async () => {
    w = await startWatched({}, pulling);
    const u = 'file:///tmp/pull-spelling.standard.yaml';
    const misspelt = DIALECT_STANDARD.replace('Тұтынушы қол қойған жазбаша шағым', 'Тұтынушы қол қойған жазбашба шағым');
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: misspelt } });
    let report = await pullDocument(w, u);
    let items = itemsOf(report)!;
    for (let i = 0; i < 100 && !items.some((d) => d.code === 'spelling'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      report = await pullDocument(w, u, report.resultId);
      if (report.kind === 'full') items = report.items;
    }
    assert.deepEqual(codesOf(items), ['spelling']);
  });

  it('an edit the client does not pull at once is announced by a refresh once it settles', async () => {
    w = await startWatched({}, pulling);
    const u = 'file:///tmp/pull-late.standard.yaml';
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: TYPO } });
    const first = await pullDocument(w, u);
    const before = w.refreshes.count;
    w.client.changeNoWait(u, 2, [{ text: DIALECT_STANDARD }]);
    for (let i = 0; i < 100 && w.refreshes.count === before; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(w.refreshes.count > before, 'the client is asked to pull again after the edit settles');
    const edited = await pullDocument(w, u, first.resultId);
    assert.deepEqual(itemsOf(edited), []);
  });

  it('the report of an open document follows a reopening with the same version, and a code shared on disk', async () => {
    const ws = workspace({ 'disk.standard.yaml': withCode(DIALECT_STANDARD, '12121212') });
    w = await startWatched({ root: ws.dir }, pulling);
    await w.scanned;
    const u = ws.uri('open.standard.yaml');
    const open = (text: string) => w!.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text } });
    open(TYPO);
    const first = await pullDocument(w, u);
    assert.deepEqual(codesOf(itemsOf(first)!), ['enum-value']);
    w.client.close(u);
    open(DIALECT_STANDARD);
    const reopened = await pullDocument(w, u, first.resultId);
    assert.deepEqual(itemsOf(reopened), []);
    writeFileSync(join(ws.dir, 'disk.standard.yaml'), DIALECT_STANDARD);
    w.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('disk.standard.yaml'), type: 2 }] });
    let shared = await pullDocument(w, u, reopened.resultId);
    for (let i = 0; i < 50 && shared.kind === 'unchanged'; i++) shared = await pullDocument(w, u, reopened.resultId);
    assert.deepEqual(codesOf(itemsOf(shared)!), ['duplicate-service-code']);
  });

  it('workspace/diagnostic: unopened files in full, then unchanged; an open file is left to its document pull', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO, 'clean.standard.yaml': withCode(DIALECT_STANDARD, '44444444'), 'open.standard.yaml': withCode(TYPO, '55555555') });
    w = await startWatched({ root: ws.dir }, pulling);
    await w.scanned;
    w.client.notify('textDocument/didOpen', { textDocument: { uri: ws.uri('open.standard.yaml'), languageId: 'service-standard', version: 1, text: withCode(TYPO, '55555555') } });
    const first = await pullWorkspace(w);
    assert.deepEqual(codesOf(itemsOf(first.get(ws.uri('typo.standard.yaml')))!), ['enum-value']);
    assert.deepEqual(itemsOf(first.get(ws.uri('clean.standard.yaml'))), []);
    assert.equal(first.get(ws.uri('typo.standard.yaml'))!.version, null);
    assert.equal(first.has(ws.uri('open.standard.yaml')), false);
    const second = await pullWorkspace(w, idsOf(first));
    assert.deepEqual([...second.values()].map((i) => i.kind), ['unchanged', 'unchanged']);
    writeFileSync(join(ws.dir, 'clean.standard.yaml'), withCode(TYPO, '44444444'));
    w.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('clean.standard.yaml'), type: 2 }] });
    let third = await pullWorkspace(w, idsOf(second));
    for (let i = 0; i < 50 && third.get(ws.uri('clean.standard.yaml'))!.kind === 'unchanged'; i++) third = await pullWorkspace(w, idsOf(second));
    assert.deepEqual(codesOf(itemsOf(third.get(ws.uri('clean.standard.yaml')))!), ['enum-value']);
    assert.equal(third.get(ws.uri('typo.standard.yaml'))!.kind, 'unchanged');
  });

  it('a closed file comes back in the workspace report as it is on disk; a deleted one is reported empty', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO, 'gone.standard.yaml': withCode(TYPO, '66666666') });
    const u = ws.uri('typo.standard.yaml');
    w = await startWatched({ root: ws.dir }, pulling);
    await w.scanned;
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: DIALECT_STANDARD } });
    const open = await pullWorkspace(w);
    assert.equal(open.has(u), false);
    w.client.close(u);
    let closed = await pullWorkspace(w, idsOf(open));
    for (let i = 0; i < 50 && !closed.has(u); i++) closed = await pullWorkspace(w, idsOf(open));
    assert.deepEqual(codesOf(itemsOf(closed.get(u))!), ['enum-value']);
    rmSync(join(ws.dir, 'gone.standard.yaml'));
    w.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('gone.standard.yaml'), type: 3 }] });
    let deleted = await pullWorkspace(w, idsOf(closed));
    for (let i = 0; i < 50 && deleted.get(ws.uri('gone.standard.yaml'))?.kind !== 'full'; i++) deleted = await pullWorkspace(w, idsOf(closed));
    assert.deepEqual(itemsOf(deleted.get(ws.uri('gone.standard.yaml'))), []);
  });

  it('off: the workspace report drops what the client still shows, and a closed file is reported empty', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO });
    const u = ws.uri('typo.standard.yaml');
    w = await startWatched({ root: ws.dir, settings: { workspaceDiagnostics: 'off' } }, pulling);
    await w.scanned;
    assert.deepEqual([...(await pullWorkspace(w)).values()], []);
    w.client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'service-standard', version: 1, text: TYPO } });
    assert.deepEqual(codesOf(itemsOf(await pullDocument(w, u))!), ['enum-value']);
    w.client.close(u);
    await new Promise((r) => setTimeout(r, 100));
    const after = await pullWorkspace(w);
    assert.deepEqual(itemsOf(after.get(u)), []);
  });
});
