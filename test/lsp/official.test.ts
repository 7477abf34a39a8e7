/**
 * The published text through the protocol, as the editor asks for it: the preview's document view
 * (default) and data view, the Word / HTML / text exports, the comparison with a previous version
 * and the import of an existing standard; and the Git read behind "Compare with previous version".
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { headVersion } from '../../client/src/git';
import { servePage, tempPage } from '../../client/src/serve';
import { CompareRequest, ExportOfficialRequest, ImportRequest, PreviewRequest, type ExportReply } from '../../server/src/protocol';
import { fixture } from '../helpers';
import type { LspClient } from '../support/lsp-client';
import { fileUri, startServer } from '../support/our-server';

const EXAMPLE = fixture('examples/address-certificate.standard.yaml');
const dir = mkdtempSync(join(tmpdir(), 'ss-official-'));
const uri = fileUri(join(dir, 'address-certificate.standard.yaml'));

function data(reply: ExportReply | null): string {
  assert.ok(reply && !('error' in reply), JSON.stringify(reply));
  return reply.data;
}

describe('published text over the protocol', function () {
  this.timeout(30000);
  let client: LspClient;

  before(async () => {
    client = await startServer({ locale: 'en' });
    await client.open(uri, EXAMPLE);
  });
  after(() => client.stop());

  describe('preview', () => {
    it('shows the published text by default, in the standard’s first language (kk), not the editor’s (en)', async () => {
      const p = (await client.conn.sendRequest(PreviewRequest, { uri }))!;
      assert.equal(p.view, 'document');
      assert.equal(p.lang, 'kk');
      assert.deepEqual(p.langs, ['kk', 'ru', 'en']);
      assert.match(p.body, /^<article class="official" lang="kk">/);
      assert.match(p.body, /<p class="p l0" id="clause-1" data-line="\d+"><span class="num">1\.<\/span> Мемлекеттік қызметті /);
    });

    it('shows the published text in Russian when asked, and the data view in the editor’s language', async () => {
      const ru = (await client.conn.sendRequest(PreviewRequest, { uri, lang: 'ru' }))!;
      assert.match(ru.body, /id="clause-1"[^>]*><span class="num">1\.<\/span> Государственную услугу оказывает/);
      const dataView = (await client.conn.sendRequest(PreviewRequest, { uri, view: 'data' }))!;
      assert.equal(dataView.view, 'data');
      assert.equal(dataView.lang, 'en');
      assert.match(dataView.body, /^<main class="standard" lang="en">/);
    });
  });

  describe('export', () => {
    it('writes a Word document (base64) with the published text in Kazakh', async () => {
      const reply = await client.conn.sendRequest(ExportOfficialRequest, { uri, format: 'docx' });
      const bytes = Buffer.from(data(reply), 'base64');
      assert.equal(bytes.subarray(0, 2).toString(), 'PK');
      const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
      assert.match(xml, /Мемлекеттік қызметті/);
    });

    it('writes the published HTML page and plain text in the language asked for', async () => {
      const html = data(await client.conn.sendRequest(ExportOfficialRequest, { uri, format: 'html', lang: 'ru' }));
      assert.match(html, /^<!DOCTYPE html>\n<html lang="ru">/);
      assert.match(html, /Государственную услугу оказывает/);
      assert.match(html, /@page \{ size: A4/);
      const txt = data(await client.conn.sendRequest(ExportOfficialRequest, { uri, format: 'txt', lang: 'ru' }));
      assert.match(txt, /^1\. Государственную услугу оказывает/m);
    });

    it('refuses a standard that does not read as YAML, in the editor’s language', async () => {
      const broken = fileUri(join(dir, 'broken.standard.yaml'));
      await client.open(broken, 'edition: kz-2010\nservice: {name: [\n');
      const reply = await client.conn.sendRequest(ExportOfficialRequest, { uri: broken, format: 'docx' });
      assert.deepEqual(reply, { error: 'The file does not read as YAML; fix the syntax error first.' });
    });
  });

  describe('compare with a previous version', () => {
    it('gives the amending text and the summary of changes', async () => {
      const edited = fileUri(join(dir, 'edited.standard.yaml'));
      await client.open(edited, EXAMPLE.replace('from-documents: 30 minutes', 'from-documents: 20 minutes'));
      const reply = (await client.conn.sendRequest(CompareRequest, { uri: edited, oldText: EXAMPLE, lang: 'ru' }))!;
      assert.ok('amending' in reply, JSON.stringify(reply));
      assert.equal(reply.lang, 'ru');
      assert.match(reply.amending, /пункт[а-я]* 7/);
      assert.match(reply.amending, /20 минут/);
      assert.match(reply.changes, /^### Changes to the standard/);
      assert.match(reply.changes, /`general\.deadlines\.from-documents`: `30 minutes` → `20 minutes`/);
    });

    it('says when nothing changed', async () => {
      assert.deepEqual(await client.conn.sendRequest(CompareRequest, { uri, oldText: EXAMPLE }), { unchanged: true });
    });
  });

  describe('import', () => {
    const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

    it('reads the published text back from Word into a standard', async () => {
      const docx = data(await client.conn.sendRequest(ExportOfficialRequest, { uri, format: 'docx', lang: 'ru' }));
      const reply = await client.conn.sendRequest(ImportRequest, { name: 'standard.docx', base64: docx });
      assert.ok(!('error' in reply), JSON.stringify(reply));
      assert.equal(reply.lang, 'ru');
      assert.ok(reply.clauses >= 20, String(reply.clauses));
      const imported = parse(reply.yaml);
      assert.equal(imported.edition, 'kz-2010');
      assert.equal(imported.service.name, parse(EXAMPLE).service.name.ru);
      assert.equal(imported.general.form, parse(EXAMPLE).general.form);
    });

    it('reads plain text', async () => {
      const txt = data(await client.conn.sendRequest(ExportOfficialRequest, { uri, format: 'txt', lang: 'kk' }));
      const reply = await client.conn.sendRequest(ImportRequest, { name: 'standard.txt', base64: b64(txt) });
      assert.ok(!('error' in reply), JSON.stringify(reply));
      assert.equal(reply.lang, 'kk');
    });

    it('gives the one-line reason for a file that is not a standard or not a Word document', async () => {
      const letter = await client.conn.sendRequest(ImportRequest, { name: 'letter.txt', base64: b64('Dear colleagues,\nplease find the minutes attached.\n') });
      assert.deepEqual(letter, { error: 'Not a public service standard: only 0 clause(s) of the model found.' });
      const fake = await client.conn.sendRequest(ImportRequest, { name: 'fake.docx', base64: b64('just text') });
      assert.deepEqual(fake, { error: 'Not a Word document (a .docx is a zip archive).' });
    });
  });
});

describe('the last committed version, from Git', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.kz', ...args], { cwd, stdio: 'pipe' });

  it('is read in the file’s own repository; an uncommitted file or one outside Git says so', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ss-git-'));
    git(repo, 'init', '-q');
    const file = join(repo, 'sub', 'a.standard.yaml');
    execFileSync('mkdir', ['-p', join(repo, 'sub')]);
    writeFileSync(file, 'edition: kz-2010\n');
    assert.equal(((await headVersion(file)) as { reason: string }).reason, 'not-committed');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first');
    writeFileSync(file, 'edition: kz-2010\nlanguages: [kk]\n');
    assert.deepEqual(await headVersion(file), { text: 'edition: kz-2010\n' });
    const outside = join(mkdtempSync(join(tmpdir(), 'ss-nogit-')), 'b.standard.yaml');
    writeFileSync(outside, '');
    assert.equal(((await headVersion(outside)) as { reason: string }).reason, 'not-in-repo');
  });
});

describe('the published page handed to the browser for printing', () => {
  it('is served on 127.0.0.1 only under its random path, and written to a temporary file on a desktop', async () => {
    const { url, stop } = await servePage('<!DOCTYPE html><p>Государственную услугу оказывает</p>');
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/$/);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await page.text(), /Государственную услугу оказывает/);
      assert.equal((await fetch(new URL('/', url))).status, 404);
      assert.equal((await fetch(url.replace(/[0-9a-f]{32}/, '0'.repeat(32)))).status, 404);
    } finally {
      stop();
    }
    const file = tempPage('<p>x</p>', 'address/../certificate');
    assert.match(file, /service-standard-[^/]+\/address-\.\.-certificate\.html$/);
    assert.equal(readFileSync(file, 'utf8'), '<p>x</p>');
  });
});
