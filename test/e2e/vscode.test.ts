/**
 * The extension in a real VS Code (code-server 4.139.1, VS Code 1.139.1) driven in headless Chromium:
 * the problems of unopened standards at start, the squiggle and the Problems row of a planted
 * mistake, completion, hover, the preview, and the server coming back after it is killed. Needs `scripts/setup-code-server.sh` (CI runs it); skipped
 * without it unless SERVICE_STANDARD_REQUIRE_E2E is set.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { ROOT, fixture } from '../helpers';
import { acceptCompletion, finishWorkbench, goToLine, openFile, packageOnce, requireCodeServer, runCommand, startWorkbench, type Workbench } from './code-server';

const ARTIFACTS = join(ROOT, 'test/artifacts');
const VSIX = join(ROOT, 'service-standard.vsix');

describe('VS Code (code-server) end to end', function () {
  this.timeout(180000);
  let wb: Workbench;

  before(async function () {
    requireCodeServer(this);
    mkdirSync(ARTIFACTS, { recursive: true });
    assert.equal(packageOnce(), VSIX);
    assert.ok(statSync(VSIX).size < 2 * 1024 * 1024, 'the .vsix is under 2 MB');
    wb = await startWorkbench(VSIX, { 'mistakes.standard.yaml': fixture('examples/broken/mistakes.standard.yaml'), 'new.standard.yaml': '' });
  });

  after(() => finishWorkbench(wb));

  it('lists the problems of the standards in the folder before any is opened', async () => {
    const { page } = wb;
    await page.click('[id="status.problems"]');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 60000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent?.includes('Missing clause 10 (Premises)')), undefined, { timeout: 30000 });
    assert.equal(await page.locator('.tabs-container .tab').count(), 0, 'no editor is open');
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-workspace-problems.png') });
    // The status item toggles the panel: closed again, as the next test expects to find it.
    await page.click('[id="status.problems"]');
    await page.waitForSelector('.markers-panel', { state: 'hidden', timeout: 10000 });
  });

  it('shows the squiggle and the Problems row of a planted mistake', async () => {
    const { page } = wb;
    await openFile(page, 'mistakes.standard.yaml');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60000 });
    await page.click('[id="status.problems"]');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20000 });
    const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
    assert.ok(rows.some((r) => r.includes('Missing clause 10 (Premises)')), rows.join('\n'));
    assert.ok(rows.some((r) => r.includes('partialy-automated')), rows.join('\n'));
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-diagnostics.png') });
  });

  it('completes clause keys with their numbers and titles', async () => {
    const { page } = wb;
    await page.click('.monaco-editor .view-lines');
    await goToLine(page, 37);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 20000 });
    const labels = await page.locator('.suggest-widget.visible .monaco-list-row').allTextContents();
    assert.ok(labels.some((l) => l.includes('premises') && l.includes('§10')), labels.join('\n'));
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-completion.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
  });

  it('hovers a key and shows its clause text', async () => {
    const { page } = wb;
    await goToLine(page, 60);
    const key = page.locator('.monaco-editor .view-line span', { hasText: /^deadlines$/ }).first();
    await key.hover();
    await page.waitForSelector('.monaco-hover .hover-contents', { timeout: 20000 });
    const text = (await page.locator('.monaco-hover .hover-contents').first().textContent()) ?? '';
    assert.match(text, /§7\. Deadlines/);
    assert.match(text, /Мемлекеттік қызмет көрсетудің мерзімдері/);
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-hover.png') });
    await page.mouse.move(5, 5);
  });

  it('opens the preview to the side on the published text, and switches to the data view', async () => {
    const { page } = wb;
    await runCommand(page, 'Open Preview to the Side');
    let frame: Frame | undefined;
    for (let i = 0; i < 100 && !frame; i++) {
      for (const f of page.frames()) {
        if (await f.locator('#clause-26').count().catch(() => 0)) frame = f;
      }
      if (!frame) await page.waitForTimeout(200);
    }
    assert.ok(frame, 'the preview frame renders clause 26');
    // The document view first, in the standard's first language (kk), whatever the editor's.
    assert.equal(await frame.locator('article.official[lang="kk"]').count(), 1);
    assert.match((await frame.locator('#clause-1').textContent())!, /^1\. Мемлекеттік қызметті /);
    for (let n = 1; n <= 26; n++) assert.equal(await frame.locator(`#clause-${n} > .num`).textContent(), `${n}.`);
    assert.equal(await frame.locator('#clause-2 mark.gap').textContent(), '[толтырылмаған]');
    assert.equal(await frame.locator('[data-clause="7"] > .problems').textContent(), '3');
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-preview-document.png') });

    // A click on a clause of the published text reveals its line in the editor.
    const first = Number(await frame.locator('#clause-5').getAttribute('data-line'));
    await frame.locator('#clause-5').click();
    await page.waitForFunction((l) => document.querySelector('.statusbar [id="status.editor.selection"]')?.textContent?.includes(`Ln ${l},`), first + 1, { timeout: 10000 });

    // The switch shows the data view reviewers use.
    await frame.locator('button[data-view="data"]').click();
    await frame.waitForSelector('main.standard', { timeout: 10000 });
    for (let n = 1; n <= 26; n++) assert.equal(await frame.locator(`#clause-${n}`).count(), 1);
    assert.equal(await frame.locator('#clause-10.missing').count(), 1);
    assert.equal(await frame.locator('tr[data-row]').count(), 6);
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-preview.png') });

    // A click on a clause in the preview reveals its line in the editor.
    const line = Number(await frame.locator('#clause-16').getAttribute('data-line'));
    await frame.locator('#clause-16 h3').click();
    await page.waitForFunction((l) => document.querySelector('.statusbar [id="status.editor.selection"]')?.textContent?.includes(`Ln ${l},`), line + 1, { timeout: 10000 });

    // The language switch re-renders the standard in Russian.
    await frame.locator('button[data-lang="ru"]').click();
    await frame.waitForFunction(() => document.querySelector('#clause-7 h3')?.textContent?.includes('Сроки оказания услуги'), undefined, { timeout: 10000 });

    // And back to the published text, now in Russian.
    await frame.locator('button[data-view="document"]').click();
    await frame.waitForFunction(() => document.querySelector('#clause-1')?.textContent?.includes('Государственную услугу оказывает'), undefined, { timeout: 10000 });
  });

  it('exports the published text as Word through the save dialog', async () => {
    const { page } = wb;
    const target = join(wb.workspace, 'mistakes.docx');
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Export as Word');
    // The save dialog offers the standard's name with .docx next to it.
    const input = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => (document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value.endsWith('mistakes.docx'), undefined, { timeout: 20000 });
    await input.press('Enter');
    let bytes = Buffer.alloc(0);
    for (let i = 0; i < 100 && bytes.length === 0; i++) {
      await page.waitForTimeout(200);
      if (existsSync(target)) bytes = readFileSync(target);
    }
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a Word document (zip) was written');
    await page.waitForSelector('.notifications-toasts .notification-toast', { timeout: 10000 });
    const toast = (await page.locator('.notifications-toasts .notification-toast').allTextContents()).join('\n');
    assert.match(toast, /Published text saved to .*mistakes\.docx/);
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-export-word.png') });
  });

  it('keeps every value typed through a chain of completions in a new file', async () => {
    const { page } = wb;
    await openFile(page, 'new.standard.yaml');
    await acceptCompletion(page, 'edition');
    await page.keyboard.press('Enter');
    await acceptCompletion(page, 'languages');
    await page.keyboard.press('Enter');
    await acceptCompletion(page, 'service');
    await page.keyboard.type('Анықтама');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Справка');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await acceptCompletion(page, 'code');
    await page.keyboard.type('00101002');
    // A new top-level key: Shift+Tab outdents; it must not jump back into an earlier value.
    for (const key of ['End', 'Enter', 'Shift+Tab']) await page.keyboard.press(key);
    await page.keyboard.type('general:');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const want = 'edition: kz-2010\nlanguages: [kk, ru]\nservice:\n  name: {kk: "Анықтама", ru: "Справка"}\n  code: "00101002"\ngeneral:';
    let text = '';
    for (let i = 0; i < 50 && text !== want; i++) {
      await page.waitForTimeout(200);
      text = readFileSync(join(wb.workspace, 'new.standard.yaml'), 'utf8');
    }
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-completion-chain.png') });
    assert.equal(text, want);
  });

  it('prints: opens the published page in the browser, laid out for A4', async () => {
    const { page, context } = wb;
    await openFile(page, 'mistakes.standard.yaml');
    const opened = context.waitForEvent('page', { timeout: 30000 });
    await runCommand(page, 'Print / Export as PDF');
    const printed = await opened;
    // The browser gets the page from the extension host through code-server's port proxy, which
    // these tests start disabled (--disable-proxy); the test reads the page the proxy would pass on.
    await printed.waitForURL(/[0-9a-f]{32}\/$/, { timeout: 20000 });
    const url = printed.url();
    const m = /\/proxy\/(\d+)\/([0-9a-f]{32})\/$/.exec(url) ?? /:(\d+)\/([0-9a-f]{32})\/$/.exec(url);
    assert.ok(m, url);
    await printed.close();
    const html = await (await fetch(`http://127.0.0.1:${m[1]}/${m[2]}/`)).text();
    const view = await context.newPage();
    await view.setContent(html);
    assert.match((await view.locator('#clause-1').textContent())!, /^1\. (Мемлекеттік қызметті|Государственную услугу оказывает)/);
    const pdf = await view.pdf({ preferCSSPageSize: true });
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    await view.close();
  });

  it('compares with the last committed version: the amending text and the summary open beside', async () => {
    const { page } = wb;
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.kz', ...args], { cwd: wb.workspace, encoding: 'utf8' });
    // The committed version had 3 working days where the file now has 5.
    const before = readFileSync(join(wb.workspace, 'mistakes.standard.yaml'), 'utf8').replace('from-documents: 5 working-days', 'from-documents: 3 working-days');
    git('init', '-q');
    const blob = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: wb.workspace, input: before, encoding: 'utf8' }).stdout.trim();
    git('update-index', '--add', '--cacheinfo', `100644,${blob},mistakes.standard.yaml`);
    assert.equal(git('commit', '-q', '-m', 'first').status, 0);
    await openFile(page, 'mistakes.standard.yaml');
    await runCommand(page, 'Compare with Previous Version');
    await page.waitForSelector('.tab[aria-label*="mistakes.changes.md"]', { timeout: 20000 });
    // Monaco draws spaces as no-break spaces.
    const texts = async () => (await page.locator('.monaco-editor .view-lines').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines')].some((e) => e.textContent?.includes('general.deadlines.from-documents')), undefined, { timeout: 10000 });
    await page.locator('.tab[aria-label*="mistakes.amendment.txt"]').click();
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines')].some((e) => /(5 жұмыс күні|5 рабочих дней)/.test((e.textContent ?? '').replace(/\u00a0/g, ' '))), undefined, { timeout: 10000 }).catch(() => undefined);
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-compare.png') });
    const shown = await texts();
    assert.ok(shown.some((t) => /7/.test(t) && /(5 жұмыс күні|5 рабочих дней)/.test(t)), shown.join('\n---\n'));
  });

  it('imports a Word standard into a new service-standard document', async () => {
    const { page } = wb;
    await runCommand(page, 'Import Standard from Word');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20000 });
    // The dialog writes its folder into the box once it has read it: the path goes in after that.
    for (let i = 0; i < 100 && !(await input.inputValue()).endsWith('/'); i++) await page.waitForTimeout(100);
    const path = join(wb.workspace, 'mistakes.docx');
    await input.fill(path);
    for (let i = 0; i < 50 && (await input.inputValue()) !== path; i++) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    await input.press('Enter');
    let shown: string[] = [];
    let toasts: string[] = [];
    // The imported text (Russian, from the exported Word file) and the sentences it kept as comments.
    const imported = (t: string) => t.includes('edition: kz-2010') && t.includes('не размещено');
    for (let i = 0; i < 100 && !shown.some(imported); i++) {
      await page.waitForTimeout(200);
      shown = (await page.locator('.monaco-editor .view-lines').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
      toasts = (await page.locator('.notifications-toasts .notification-toast').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
    }
    // The message that says what came in follows the document.
    for (let i = 0; i < 50 && !/imported: \d+ clauses/.test(toasts.join('\n')); i++) {
      await page.waitForTimeout(200);
      toasts = (await page.locator('.notifications-toasts .notification-toast').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
    }
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-import.png') });
    assert.ok(shown.some(imported), `${toasts.join('\n')}\n${shown.join('\n---\n')}`);
    assert.ok(await page.locator('.tab[aria-label*="Untitled"]').count(), 'a new untitled document');
    assert.match(toasts.join('\n'), /mistakes\.docx imported: \d+ clauses/);
  });

  it('brings the server back after it is killed, with its diagnostics', async () => {
    const { page } = wb;
    await openFile(page, 'mistakes.standard.yaml');
    // Only this workbench's server: other servers of the machine (another editor, a test run) live on.
    const mine = `${wb.extensions}/.*dist/server.js`;
    const ps = spawnSync('pgrep', ['-f', mine], { encoding: 'utf8' });
    const pids = ps.stdout.split('\n').filter(Boolean).map(Number);
    assert.ok(pids.length >= 1, 'the server runs');
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await page.waitForTimeout(1500);
    // An edit after the restart is checked again.
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, 1);
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    for (let i = 0; i < 60; i++) {
      const again = spawnSync('pgrep', ['-f', mine], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
      if (again.some((p) => !pids.includes(p))) break;
      await page.waitForTimeout(500);
    }
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60000 });
    const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
    assert.ok(rows.some((r) => r.includes('Missing clause 10 (Premises)')), rows.join('\n'));
  });
});
