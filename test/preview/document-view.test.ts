/**
 * The preview's document view (the published text) in headless Chromium, as the editor shows it:
 * the page the extension builds, with the webview's own script, for both views.
 */
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { analyze } from '../../server/src/core/engine';
import { renderPage } from '../../server/src/core/render/page';
import { viewBody, type View } from '../../server/src/core/render/view';
import type { Lang } from '../../server/src/core/types';
import { ROOT, fixture } from '../helpers';
import { ARTIFACTS, suiteBrowser } from './browser';

const SCRIPT = pathToFileURL(join(ROOT, 'media/preview.js')).href;
const EXAMPLE = fixture('examples/address-certificate.standard.yaml');
const BROKEN = fixture('examples/broken/mistakes.standard.yaml');

/** The page as the extension builds it for the webview. */
function previewPage(text: string, view: View, lang?: Lang, uiLang: Lang = 'en') {
  const b = viewBody(analyze(text), { view, lang, uiLang });
  return { ...b, html: renderPage(b.body, { lang: b.lang, title: b.title, nonce: 'n0nce', scripts: [SCRIPT], toolbar: true, view: b.view, uiLang }) };
}

/** What the page's script posts to the extension. */
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: { type: string; [k: string]: unknown }[] }).__posted);

describe('preview document view in headless Chromium', function () {
  this.timeout(60000);
  const suite = suiteBrowser('ss-docview-');
  const { dir } = suite;

  async function open(html: string, name: string): Promise<Page> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await suite.browser().newPage({ viewport: { width: 1000, height: 1300 } });
    // The webview's host API, recording what the page sends.
    await page.addInitScript({
      content: 'window.__posted = []; let state; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => state, setState: (s) => { state = s; } });',
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  it('shows clauses 1–26 numbered in the standard’s first language (kk), under the Document button; screenshot', async () => {
    const p = previewPage(EXAMPLE, 'document');
    assert.equal(p.lang, 'kk');
    const page = await open(p.html, 'document-kk');
    for (let n = 1; n <= 26; n++) assert.equal(await page.locator(`#clause-${n} > .num`).textContent(), `${n}.`);
    assert.match((await page.locator('#clause-1').textContent())!, /^1\. Мемлекеттік қызметті /);
    assert.equal(await page.locator('button[data-view="document"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('button[data-view="document"]').textContent(), 'Document');
    assert.equal(await page.locator('button[data-lang="kk"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('mark.gap').count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-document-kk.png') });
    copyFileSync(join(ARTIFACTS, 'preview-document-kk.png'), join(ROOT, 'docs/images/preview-document.png'));
    await page.close();
  });

  it('shows a missing value as a marked gap and a clause’s problems as a badge; the toolbar in the editor’s language', async () => {
    const page = await open(previewPage(BROKEN, 'document', undefined, 'ru').html, 'document-broken');
    const gap = page.locator('#clause-2 mark.gap');
    assert.equal(await gap.textContent(), '[толтырылмаған]');
    assert.ok(await gap.isVisible());
    const badge = page.locator('[data-clause="7"] > .problems');
    assert.equal(await badge.textContent(), '3');
    assert.equal(await badge.getAttribute('title'), '3 ақау');
    assert.ok(await badge.isVisible());
    assert.equal(await page.locator('[data-clause="1"] > .problems').count(), 0);
    assert.equal(await page.locator('button[data-view="data"]').textContent(), 'Данные');
    await page.screenshot({ path: join(ARTIFACTS, 'preview-document-broken-kk.png') });
    await page.close();
  });

  it('prints in the official layout: Times New Roman 14 pt on A4, without the toolbar, badges or gap colours', async () => {
    const page = await open(previewPage(BROKEN, 'document', 'ru').html, 'document-print');
    await page.emulateMedia({ media: 'print' });
    const style = await page.locator('#clause-1').evaluate((el) => ({ font: getComputedStyle(el).fontFamily, size: getComputedStyle(el).fontSize }));
    assert.match(style.font, /^"Times New Roman"/);
    assert.ok(Math.abs(parseFloat(style.size) - (14 * 4) / 3) < 0.01, style.size);
    assert.equal(await page.locator('.toolbar').isVisible(), false);
    assert.equal(await page.locator('.problems').first().isVisible(), false);
    assert.equal(await page.locator('mark.gap').first().evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    assert.ok(box, 'the PDF names its page size');
    // A4 is 595 × 842 points.
    assert.ok(Math.abs(Number(box[1]) - 595.3) < 1 && Math.abs(Number(box[2]) - 841.9) < 1, box[0]);
    await page.close();
  });

  it('keeps scroll sync, click-to-line and the view switch working in both views', async () => {
    const doc = previewPage(EXAMPLE, 'document');
    const page = await open(doc.html, 'document-script');
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    // A click on a sub-item reveals its clause's line.
    const line7 = Number(await page.locator('#clause-7').getAttribute('data-line'));
    await page.locator('[data-clause="7"] .p.l1').first().click();
    assert.deepEqual((await posted(page)).at(-1), { type: 'reveal', line: line7 });
    // The editor scrolled to a line inside clause 16: the preview follows and marks the clause.
    const line16 = Number(await page.locator('#clause-16').getAttribute('data-line'));
    await page.evaluate((line) => window.postMessage({ type: 'scroll', line }, '*'), line16);
    await page.waitForFunction(() => document.querySelector('.clause.active')?.getAttribute('data-clause') === '16');
    assert.ok((await page.evaluate(() => window.scrollY)) > 1000);
    // The switch asks for the data view; the update shows it.
    await page.locator('button[data-view="data"]').click();
    assert.deepEqual((await posted(page)).at(-1), { type: 'view', view: 'data' });
    const data = previewPage(EXAMPLE, 'data');
    await page.evaluate((m) => window.postMessage(m, '*'), { type: 'update', body: data.body, lang: data.lang, langs: data.langs, view: 'data' });
    await page.waitForSelector('main.standard');
    assert.equal(await page.locator('button[data-view="data"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('button[data-view="document"]').getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('.official').count(), 0);
    await page.locator('#clause-16 h3').click();
    assert.deepEqual((await posted(page)).at(-1), { type: 'reveal', line: Number(await page.locator('#clause-16').getAttribute('data-line')) });
    await page.locator('button[data-lang="ru"]').click();
    assert.deepEqual((await posted(page)).at(-1), { type: 'lang', lang: 'ru' });
    await page.close();
  });
});
