/** The preview HTML in a real headless Chromium: complete, safe, and what a reviewer sees. */
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/engine';
import { renderHtml } from '../../server/src/core/render/html';
import { DIALECT_STANDARD, ROOT, fixture } from '../helpers';
import { ARTIFACTS, suiteBrowser } from './browser';


describe('preview in headless Chromium', function () {
  this.timeout(60000);
  const suite = suiteBrowser('ss-preview-');
  const { dir } = suite;

  async function open(html: string, name: string) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await suite.browser().newPage({ viewport: { width: 1000, height: 1400 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, requests, dialogs };
  }

  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.standard.yaml'));
  for (const file of examples) {
    for (const lang of ['kk', 'ru'] as const) {
      it(`${file} (${lang}): all 26 clauses, the appendix rows, no gaps; screenshot`, async () => {
        const html = renderHtml(analyze(fixture(`examples/${file}`)), { lang });
        const { page, requests } = await open(html, `${file}-${lang}`);
        for (let n = 1; n <= 26; n++) assert.equal(await page.locator(`#clause-${n} .num`).textContent(), `${n}.`);
        assert.deepEqual(await page.locator('tr[data-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row'))), ['1.1', '2.1', '3.1', '3.2', '4.1', '5.1']);
        assert.equal(await page.locator('.clause.missing').count(), 0);
        assert.match((await page.locator('.summary .filled').textContent())!, /^2[56]\/26 /);
        assert.deepEqual(requests, []);
        const name = `preview-${file.replace('.standard.yaml', '')}-${lang}`;
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
        await page.screenshot({ path: join(ARTIFACTS, `${name}-top.png`) });
        await page.close();
      });
    }
  }

  it('marks missing clauses and clauses with errors so a reviewer sees the gaps', async () => {
    const html = renderHtml(analyze(fixture('examples/broken/mistakes.standard.yaml')), { lang: 'en' });
    const { page } = await open(html, 'broken');
    assert.equal(await page.locator('#clause-10.missing .gap').textContent(), 'Not filled in');
    assert.ok(await page.locator('#clause-8.has-errors .badge').count());
    assert.match((await page.locator('.summary .errors').textContent())!, /^[1-9]\d* errors$/);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-broken-en.png'), fullPage: true });
    await page.close();
  });

  it('prints cleanly: no badges, no model text, no toolbar', async () => {
    const html = renderHtml(analyze(fixture('examples/address-certificate.standard.yaml')), { lang: 'kk' });
    const { page } = await open(html, 'print');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.model-text').first().isVisible(), false);
    assert.equal(await page.locator('.summary').isVisible(), false);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10000);
    await page.close();
  });

  it('shows a link with a user name before `@` or a look-alike letter in its host as text, not as a link', async () => {
    const links = ['https://egov.kz@127.0.0.1/x', 'www.\u0435gov.kz'];
    let i = 0;
    const text = DIALECT_STANDARD.replace(/website: .*/g, () => `website: ${links[i++ % links.length]}`);
    const { page, requests } = await open(renderHtml(analyze(text), { lang: 'kk' }), 'deceptive-links');
    assert.equal(await page.locator('a[href*="127.0.0.1"]').count(), 0);
    assert.equal(await page.locator('a[href*="xn--"]').count(), 0);
    assert.equal(await page.locator('a', { hasText: 'egov.kz' }).count(), 0);
    const shown = await page.locator('.unsafe-link').allTextContents();
    assert.ok(shown.includes('https://egov.kz@127.0.0.1/x') && shown.includes('www.\u0435gov.kz'), shown.join(' | '));
    await page.locator('.unsafe-link').first().click();
    assert.deepEqual(requests, []);
    assert.ok(await page.locator('a[href="https://www.adilet.gov.kz/"]').count(), 'an ordinary link stays a link');
    await page.close();
  });

  it('keeps bidi controls and zero-width characters of the name out of the window title', async () => {
    const text = DIALECT_STANDARD.replace(/^( {4}kk: )(Жылжымайтын)/m, '$1\u202E\u200B$2\u2066\uFEFF');
    const { page } = await open(renderHtml(analyze(text), { lang: 'kk' }), 'bidi-title');
    const title = await page.title();
    assert.match(title, /^Жылжымайтын мүлікке/);
    assert.doesNotMatch(title, /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u);
    await page.close();
  });

  it('runs no script from the document, sends no request, and shows the payloads as text', async () => {
    const payloads = [
      '<script>window.__xss=1</script>',
      '<img src=x onerror="window.__xss=2">',
      '"><svg onload="window.__xss=3">',
      "javascript:window.__xss=4",
      '<a href="javascript:window.__xss=5">click</a>',
      '<style>body{background:url(https://evil.example/x)}</style>',
      '</title><script>alert(1)</script>',
      '<iframe src="data:text/html,<script>alert(2)</script>"></iframe>',
      '\u202Egnp.exe',
      '{{constructor.constructor("alert(3)")()}}',
    ];
    let i = 0;
    const text = DIALECT_STANDARD.replace(/^(\s+(?:kk|ru): ).+$/gm, (_m, head: string) => `${head}${JSON.stringify(payloads[i++ % payloads.length])}`)
      .replace(/website: .*/g, 'website: "javascript:window.__xss=6"')
      .replace(/email: .*/g, 'email: "a@b.kz\\"><script>window.__xss=7</script>"');
    const analysis = analyze(text);
    const html = renderHtml(analysis, { lang: 'kk' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    const { page, requests, dialogs } = await open(html, 'xss');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    const body = (await page.locator('main').textContent())!;
    assert.ok(body.includes('<script>window.__xss=1</script>'), 'shown as text');
    await page.close();
  });
});
