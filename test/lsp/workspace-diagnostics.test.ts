/** Problems of the standards that are not open, through the real protocol (`serviceStandard.workspaceDiagnostics`). */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateStandard } from '../../bench/generate';
import { DIALECT_STANDARD, fixture, lintText } from '../helpers';
import { codesOf, published, startWatched, workspace, type Watched } from './workspace-support';

const BROKEN = fixture('examples/broken/mistakes.standard.yaml');
/** A standard with one mistake: a misspelt form. */
const TYPO = DIALECT_STANDARD.replace(/^(\s+form: )partially-automated/m, '$1partialy-automated');
const withCode = (text: string, code: string) => text.replace(/code: .*/, `code: "${code}"`);

async function stop(w: Watched | undefined) {
  await w?.client.stop();
}

describe('workspace diagnostics: problems of unopened standards', function () {
  this.timeout(60000);
  let w: Watched | undefined;
  afterEach(async () => {
    await stop(w);
    w = undefined;
  });

  it('publishes the problems of a standard nobody opened, as the CLI finds them, and nothing for a clean one', async () => {
    const ws = workspace({ 'a/broken.standard.yaml': BROKEN, 'clean.standard.yaml': withCode(DIALECT_STANDARD, '11111111') });
    w = await startWatched({ root: ws.dir });
    await w.scanned;
    const diags = await published(w.client, ws.uri('a/broken.standard.yaml'), (d) => d.length > 0);
    assert.deepEqual(codesOf(diags), codesOf(lintText(BROKEN, { now: new Date() }) as never));
    assert.equal(w.client.published.get(ws.uri('a/broken.standard.yaml'))!.at(-1)!.version, undefined, 'no version: the file is not open');
    assert.ok(!w.client.published.get(ws.uri('clean.standard.yaml'))?.some((p) => p.diagnostics.length), 'a clean file shows nothing');
  });

  it('warns on two unopened standards that share a service code', async () => {
    const ws = workspace({ 'one.standard.yaml': withCode(DIALECT_STANDARD, '22222222'), 'two.standard.yaml': withCode(DIALECT_STANDARD, '22222222') });
    w = await startWatched({ root: ws.dir });
    for (const name of ['one', 'two']) {
      const d = await published(w.client, ws.uri(`${name}.standard.yaml`), (x) => x.some((y) => y.code === 'duplicate-service-code'));
      const other = ws.uri(`${name === 'one' ? 'two' : 'one'}.standard.yaml`);
      assert.equal(d.find((y) => y.code === 'duplicate-service-code')!.relatedInformation![0].location.uri, other);
    }
  });

  it('an unopened standard sharing its code with an open one is warned, and cleared when the open one changes its code', async () => {
    const ws = workspace({ 'disk.standard.yaml': withCode(DIALECT_STANDARD, '77777777') });
    const disk = ws.uri('disk.standard.yaml');
    w = await startWatched({ root: ws.dir });
    await w.scanned;
    const u = ws.uri('open.standard.yaml');
    await w.client.open(u, withCode(DIALECT_STANDARD, '77777777'));
    const warned = await published(w.client, disk, (d) => d.some((x) => x.code === 'duplicate-service-code'));
    assert.equal(warned[0].relatedInformation![0].location.uri, u);
    await w.client.change(u, 2, [{ text: withCode(DIALECT_STANDARD, '88888888') }]);
    assert.deepEqual(await published(w.client, disk, (d) => d.length === 0), []);
  });

  it('an opened file shows its live problems; closed, its problems on disk come back', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO });
    const u = ws.uri('typo.standard.yaml');
    w = await startWatched({ root: ws.dir });
    await w.scanned;
    assert.deepEqual(codesOf(await published(w.client, u, (d) => d.length > 0)), ['enum-value']);
    const live = (await w.client.open(u, DIALECT_STANDARD, 5)).publish;
    assert.deepEqual(live.diagnostics, []);
    assert.equal(live.version, 5);
    const back = w.client.nextPublish(u);
    w.client.close(u);
    assert.deepEqual(codesOf((await back).diagnostics), ['enum-value']);
  });

  it('off: no problems of unopened files, and a closed file shows none', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO });
    const u = ws.uri('typo.standard.yaml');
    w = await startWatched({ root: ws.dir, settings: { workspaceDiagnostics: 'off' } });
    await w.scanned;
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(w.client.published.get(u), undefined);
    assert.deepEqual(codesOf((await w.client.open(u, TYPO)).publish.diagnostics), ['enum-value']);
    const cleared = w.client.nextPublish(u);
    w.client.close(u);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('turned off in the settings: the problems of unopened files are cleared', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO });
    const u = ws.uri('typo.standard.yaml');
    w = await startWatched({ root: ws.dir, configuration: { workspaceDiagnostics: 'on' } });
    await w.scanned;
    await published(w.client, u, (d) => d.length > 0);
    w.client.configuration = () => ({ workspaceDiagnostics: 'off' });
    const cleared = w.client.nextPublish(u);
    w.client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('auto: over 500 standards they are off, with one message saying why and how to turn them on; on shows them', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 501; i++) files[`s/${i}.standard.yaml`] = 'edition: kz-2010\nlanguages: [kk, ru]\n';
    const ws = workspace(files);
    w = await startWatched({ root: ws.dir });
    await w.scanned;
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(w.client.published.size, 0, 'nothing published');
    assert.equal(w.messages.length, 1, w.messages.join('\n'));
    assert.match(w.messages[0], /501 standards \(over 500\).*"serviceStandard\.workspaceDiagnostics": "on"/);
    await stop(w);
    w = await startWatched({ root: ws.dir, settings: { workspaceDiagnostics: 'on' } });
    await w.scanned;
    await published(w.client, ws.uri('s/500.standard.yaml'), (d) => d.some((x) => x.code === 'missing-required'));
    assert.equal(w.messages.length, 0);
  });

  it('follows the files on disk: a change shows the new problems, a new file its own, a deleted one is cleared', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO });
    const u = ws.uri('typo.standard.yaml');
    w = await startWatched({ root: ws.dir });
    await w.scanned;
    await published(w.client, u, (d) => d.length > 0);
    writeFileSync(join(ws.dir, 'typo.standard.yaml'), DIALECT_STANDARD);
    writeFileSync(join(ws.dir, 'new.standard.yaml'), withCode(TYPO, '33333333'));
    const fixed = w.client.nextPublish(u);
    w.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }, { uri: ws.uri('new.standard.yaml'), type: 1 }] });
    assert.deepEqual((await fixed).diagnostics, []);
    assert.deepEqual(codesOf(await published(w.client, ws.uri('new.standard.yaml'), (d) => d.length > 0)), ['enum-value']);
    rmSync(join(ws.dir, 'new.standard.yaml'));
    const gone = w.client.nextPublish(ws.uri('new.standard.yaml'));
    w.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('new.standard.yaml'), type: 3 }] });
    assert.deepEqual((await gone).diagnostics, []);
  });

  it('never reads a file over the size limit', async () => {
    const ws = workspace({ 'typo.standard.yaml': TYPO, 'huge.standard.yaml': `edition: kz-2010\n# ${'x'.repeat(6_100_000)}\n` });
    w = await startWatched({ root: ws.dir });
    await w.scanned;
    await published(w.client, ws.uri('typo.standard.yaml'), (d) => d.length > 0);
    assert.equal(w.client.published.get(ws.uri('huge.standard.yaml')), undefined);
  });

  it('answers completion while 1,000 standards are read', async function () {
    this.timeout(300000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`g/${i}.standard.yaml`] = generateStandard({ lines: 120, seed: i + 1 });
    const ws = workspace(files);
    const t0 = performance.now();
    w = await startWatched({ root: ws.dir, settings: { workspaceDiagnostics: 'on' } });
    const u = ws.uri('open.standard.yaml');
    await w.client.open(u, DIALECT_STANDARD);
    let over = false;
    void w.scanned.then(() => (over = true));
    const times: number[] = [];
    while (!over) {
      const t = performance.now();
      await w.client.request('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
    const scanMs = performance.now() - t0;
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(`      scan of 1000 standards: ${Math.round(scanMs)} ms; ${times.length} completions during it, p50 ${Math.round(times[times.length >> 1])} ms, p95 ${Math.round(p95)} ms, max ${Math.round(times.at(-1)!)} ms`);
    assert.ok(times.length >= 5, 'completion was asked during the scan');
    assert.ok(p95 < 500, `p95 ${p95} ms`);
    assert.ok(w.client.published.size >= 1000, `${w.client.published.size} files published`);
  });
});
