/**
 * An open document follows the config of its folder when the folder is deleted, renamed or moved
 * back (one event for the folder, none for the config in it, as VS Code reports them), through the
 * real protocol.
 */
import assert from 'node:assert/strict';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, FileEvent } from 'vscode-languageserver-protocol/node';
import { DIALECT_STANDARD } from '../helpers';
import { codesOf, notifyWatched, published, startWithWatchers, workspace, type Watched, type WatchedWithGlobs } from './workspace-support';

const TYPO = DIALECT_STANDARD.replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
const has = (code: string) => (d: Diagnostic[]) => d.some((x) => x.code === code);
const lacks = (code: string) => (d: Diagnostic[]) => !has(code)(d);

const start = startWithWatchers;

/** Sends the events as VS Code would; the server must be watching for them. */
function notify(w: WatchedWithGlobs, events: FileEvent[]): void {
  assert.ok(notifyWatched(w, events) > 0, 'the server watches folders');
}

describe('the config of an open document\u2019s folder, as the folder is deleted, renamed or moved back', function () {
  this.timeout(60000);
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.client.stop();
    w = undefined;
  });

  /** A folder whose config turns a rule off, with a standard that breaks it (open), and the server on them. */
  async function opened(pull = false) {
    const ws = workspace({
      'svc/.service-standard.yaml': 'rules:\n  enum-value: off\n',
      'svc/deep/one.standard.yaml': TYPO,
    });
    const s = await start(ws.dir, pull);
    w = s;
    const uri = ws.uri('svc/deep/one.standard.yaml');
    if (pull) s.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'service-standard', version: 1, text: TYPO } });
    else assert.ok(lacks('enum-value')((await s.client.open(uri, TYPO)).publish.diagnostics), 'the config turns the rule off');
    return { ws, s, uri };
  }

  it('a deleted folder: the open document is checked without its config, and the rule is back', async () => {
    const { ws, s, uri } = await opened();
    rmSync(join(ws.dir, 'svc'), { recursive: true });
    notify(s, [{ uri: ws.uri('svc'), type: 3 }]);
    assert.deepEqual(codesOf(await published(s.client, uri, has('enum-value'), 5000)), ['enum-value']);
  });

  it('a renamed folder: the rule is back for the old path, and off again once the folder is moved back', async () => {
    const { ws, s, uri } = await opened();
    renameSync(join(ws.dir, 'svc'), join(ws.dir, 'moved'));
    notify(s, [
      { uri: ws.uri('svc'), type: 3 },
      { uri: ws.uri('moved'), type: 1 },
    ]);
    await published(s.client, uri, has('enum-value'), 5000);
    renameSync(join(ws.dir, 'moved'), join(ws.dir, 'svc'));
    notify(s, [
      { uri: ws.uri('moved'), type: 3 },
      { uri: ws.uri('svc'), type: 1 },
    ]);
    assert.deepEqual(await published(s.client, uri, lacks('enum-value'), 5000), []);
  });

  it('a client that pulls: the document\u2019s report shows the rule once the folder is deleted', async () => {
    const { ws, s, uri } = await opened(true);
    const pull = () => s.client.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual((await pull()).items, []);
    rmSync(join(ws.dir, 'svc'), { recursive: true });
    notify(s, [{ uri: ws.uri('svc'), type: 3 }]);
    let items: Diagnostic[] | undefined;
    for (let i = 0; i < 100 && !has('enum-value')(items ?? []); i++) items = await new Promise((r) => setTimeout(r, 20)).then(pull).then((r) => r.items);
    assert.deepEqual(codesOf(items ?? []), ['enum-value']);
  });
});
