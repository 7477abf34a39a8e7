/**
 * The problems of unopened standards follow their folders (deleted, renamed) as an editor reports
 * them, and are found with the spelling dictionaries as an open file's are, through the real protocol.
 */
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { nodeSpellers } from '../../server/src/node/spell/speller';
import { DIALECT_STANDARD, lintText } from '../helpers';
import { codesOf, notifyWatched, published, startWithWatchers, workspace, type Watched } from './workspace-support';

const TYPO = DIALECT_STANDARD.replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат';
const MISSPELT = DIALECT_STANDARD.replace(KK, `${KK}, мәрзімдер`);
const withCode = (text: string, code: string) => text.replace(/code: .*/, `code: "${code}"`);
const DUPLICATE = 'duplicate-service-code';
const has = (code: string) => (d: Diagnostic[]) => d.some((x) => x.code === code);
const none = (d: Diagnostic[]) => d.length === 0;

const start = startWithWatchers;

const notify = notifyWatched;

/** A pulling client's view of the unopened files: each pull sends the result ids it holds and keeps what comes back. */
class Pulled {
  readonly items = new Map<string, Diagnostic[]>();
  private readonly ids = new Map<string, string>();

  constructor(private readonly w: Watched) {}

  async pull(): Promise<this> {
    const previousResultIds = [...this.ids].map(([uri, value]) => ({ uri, value }));
    const report = await this.w.client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    for (const i of report.items) {
      if (i.resultId) this.ids.set(i.uri, i.resultId);
      if (i.kind === 'full') this.items.set(i.uri, i.items);
    }
    return this;
  }
}

describe('workspace diagnostics: folders deleted or renamed, and spelling', function () {
  this.timeout(60000);
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.client.stop();
    w = undefined;
  });

  const files = () =>
    workspace({
      'old/one.standard.yaml': withCode(TYPO, '44444444'),
      'old/deep/two.standard.yaml': withCode(TYPO, '45454545'),
      'keep.standard.yaml': withCode(DIALECT_STANDARD, '44444444'),
    });

  it('a deleted folder takes its standards\u2019 problems with it, and the duplicate code it shared with a remaining file', async () => {
    const ws = files();
    const s = await start(ws.dir);
    w = s;
    await published(s.client, ws.uri('keep.standard.yaml'), has(DUPLICATE));
    await published(s.client, ws.uri('old/deep/two.standard.yaml'), has('enum-value'));
    rmSync(join(ws.dir, 'old'), { recursive: true });
    notify(s, [{ uri: ws.uri('old'), type: 3 }]);
    for (const name of ['old/one.standard.yaml', 'old/deep/two.standard.yaml', 'keep.standard.yaml']) {
      assert.deepEqual(await published(s.client, ws.uri(name), none, 5000), [], name);
    }
  });

  it('a renamed folder: the problems move to the new paths, the duplicate code now names the new file', async () => {
    const ws = files();
    const s = await start(ws.dir);
    w = s;
    await published(s.client, ws.uri('keep.standard.yaml'), has(DUPLICATE));
    renameSync(join(ws.dir, 'old'), join(ws.dir, 'new'));
    notify(s, [
      { uri: ws.uri('old'), type: 3 },
      { uri: ws.uri('new'), type: 1 },
    ]);
    assert.deepEqual(await published(s.client, ws.uri('old/one.standard.yaml'), none, 5000), []);
    assert.deepEqual(codesOf(await published(s.client, ws.uri('new/deep/two.standard.yaml'), has('enum-value'), 5000)), ['enum-value']);
    const moved = ws.uri('new/one.standard.yaml');
    const keep = await published(s.client, ws.uri('keep.standard.yaml'), (d) => d.some((x) => x.relatedInformation?.[0]?.location.uri === moved), 5000);
    assert.deepEqual(codesOf(keep), [DUPLICATE]);
  });

  it('a client that pulls: the workspace report empties the files of a deleted folder and drops the duplicate code', async () => {
    const ws = files();
    const s = await start(ws.dir, true);
    w = s;
    const view = await new Pulled(s).pull();
    assert.deepEqual(codesOf(view.items.get(ws.uri('keep.standard.yaml'))!), [DUPLICATE]);
    rmSync(join(ws.dir, 'old'), { recursive: true });
    notify(s, [{ uri: ws.uri('old'), type: 3 }]);
    for (let i = 0; i < 100 && view.items.get(ws.uri('keep.standard.yaml'))?.length !== 0; i++) await new Promise((r) => setTimeout(r, 20)).then(() => view.pull());
    assert.deepEqual(view.items.get(ws.uri('keep.standard.yaml')), []);
    assert.deepEqual(view.items.get(ws.uri('old/one.standard.yaml')), []);
    assert.deepEqual(view.items.get(ws.uri('old/deep/two.standard.yaml')), []);
  });

  it('an unopened standard shows its unknown words as when it is opened and as the CLI does, minus the config\u2019s words', async () => {
    const ws = workspace({
      'a/misspelt.standard.yaml': MISSPELT,
      'a/typo.standard.yaml': withCode(TYPO, '14141414'),
      'b/misspelt.standard.yaml': withCode(MISSPELT, '12121212'),
      'b/.service-standard.yaml': 'words: [мәрзімдер]\n',
    });
    const u = ws.uri('a/misspelt.standard.yaml');
    w = await start(ws.dir);
    const disk = await published(w.client, u, has('spelling'), 10000);
    await new Promise((r) => setTimeout(r, 300));
    const typo = w.client.published.get(ws.uri('a/typo.standard.yaml'))!;
    assert.deepEqual([typo.length, codesOf(typo[0].diagnostics)], [1, ['enum-value']], 'a file the dictionaries change nothing in is sent once');
    assert.deepEqual(codesOf(disk), codesOf(lintText(MISSPELT, { speller: nodeSpellers(), now: new Date() }) as never));
    const open = (await w.client.open(u, MISSPELT)).publish.diagnostics;
    assert.deepEqual(
      open.find((d) => d.code === 'spelling'),
      disk.find((d) => d.code === 'spelling'),
    );
    assert.ok(!w.client.published.get(ws.uri('b/misspelt.standard.yaml'))?.some((p) => has('spelling')(p.diagnostics)), 'a word of the config is not reported');
  });

  it('a standard added in a new folder is read with the dictionaries', async () => {
    const ws = workspace({ 'keep.standard.yaml': DIALECT_STANDARD });
    const s = await start(ws.dir);
    w = s;
    mkdirSync(join(ws.dir, 'added'));
    writeFileSync(join(ws.dir, 'added', 'x.standard.yaml'), withCode(MISSPELT, '13131313'));
    notify(s, [{ uri: ws.uri('added'), type: 1 }]);
    assert.deepEqual(codesOf(await published(s.client, ws.uri('added/x.standard.yaml'), has('spelling'), 10000)), ['spelling']);
  });
});
