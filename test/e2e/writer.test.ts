/**
 * The writer's editor in a real VS Code (code-server in headless Chromium): completion found by a
 * clause's Kazakh or Russian name with nothing offered twice, the whole-file commands in the command
 * palette and the context menu, fix on save (`editor.codeActionsOnSave`), and the status bar, the
 * messages and the preview's title following `serviceStandard.language` (and back to `auto`), and
 * the spelling of Kazakh texts with its "add to words" fix.
 * Skipped without code-server unless SERVICE_STANDARD_REQUIRE_E2E is set.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIALECT_STANDARD, ROOT } from '../helpers';
import { finishWorkbench, goToLine, openFile, packageOnce, requireCodeServer, runCommand, startWorkbench, type Workbench } from './code-server';

const ARTIFACTS = join(ROOT, 'test/artifacts');
const SHORT = 'edition: kz-2010\nlanguages: [kk, ru]\n# the ministry asked for this one first\ngeneral:\n  form: partially-automated\n';
/** Look-alike letters (Latin K, legacy-font қ) and `edition` below `languages`: what fix on save corrects. */
const SLOPPY = DIALECT_STANDARD.replace('edition: kz-2010\n', '')
  .replace(/^(languages: .*\n)/m, '$1edition: kz-2010\n')
  .replace('kk: Тұтынушы қол қойған', 'kk: Тұтынушы ќол қойған');
/** A Kazakh word the dictionary does not know (жазбаша misspelt). */
const MISSPELT = DIALECT_STANDARD.replace('Тұтынушы қол қойған жазбаша шағым', 'Тұтынушы қол қойған жазбашба шағым');
/** A Latin `K` inside a Kazakh word: our look-alike rule's finding, not VS Code's ambiguous-character box. */
const MIXED = DIALECT_STANDARD.replace('Тұтынушы қол қойған жазбаша шағым', 'Тұтынушы Kол қойған жазбаша шағым');
const SETTINGS = { 'editor.codeActionsOnSave': { 'source.fixAll.serviceStandard': 'explicit' }, 'serviceStandard.language': 'ru' };

const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));

async function waitFile(path: string, ok: (text: string) => boolean, what: string): Promise<string> {
  let text = '';
  for (let i = 0; i < 100 && !ok(text); i++) {
    await new Promise((r) => setTimeout(r, 200));
    text = readFileSync(path, 'utf8');
  }
  assert.ok(ok(text), `${what}:\n${text.slice(0, 1500)}`);
  return text;
}

/** The status bar item of the clause count (`5/26 …`). */
async function clauseStatus(page: Page, word: RegExp): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const found = (await texts(page, '.statusbar-item')).find((t) => word.test(t));
    if (found) return found;
    await page.waitForTimeout(200);
  }
  throw new Error(`no status bar item ${word}: ${(await texts(page, '.statusbar-item')).join(' | ')}`);
}

/** Opens a workspace file, focuses its editor and goes to the first line of `text` holding `needle`. */
async function openAtLine(page: Page, name: string, text: string, needle: string): Promise<void> {
  await openFile(page, name);
  await page.click('.monaco-editor .view-lines');
  await goToLine(page, text.split('\n').findIndex((l) => l.includes(needle)) + 1);
}

describe('VS Code (code-server): the writer\'s editor', function () {
  this.timeout(240000);
  let wb: Workbench;
  let userSettings: string;

  before(async function () {
    requireCodeServer(this);
    mkdirSync(ARTIFACTS, { recursive: true });
    wb = await startWorkbench(packageOnce(), { 'short.standard.yaml': SHORT, 'sloppy.standard.yaml': SLOPPY, 'misspelt.standard.yaml': MISSPELT, 'mixed.standard.yaml': MIXED }, SETTINGS);
    userSettings = join(dirname(wb.workspace), 'user-data', 'User', 'settings.json');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await wb.page.screenshot({ path: join(ARTIFACTS, `vscode-writer-failed-${this.currentTest.title.slice(0, 30).replace(/\W+/g, '-')}.png`) });
  });

  after(() => finishWorkbench(wb));

  it('typing a clause\'s Kazakh or Russian name offers that clause first, once, with no snippet beside it', async () => {
    const { page } = wb;
    await openFile(page, 'short.standard.yaml');
    await page.click('.monaco-editor .view-lines');
    for (const word of ['мерзім', 'сроки']) {
      await goToLine(page, 5);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(word, { delay: 60 });
      const focused = page.locator('.suggest-widget.visible .monaco-list-row.focused');
      // Quick suggestions open the list as the word is typed; on a busy machine it may be asked for.
      await focused.waitFor({ timeout: 5000 }).catch(async () => {
        await page.keyboard.press('Control+Space');
        await focused.waitFor({ timeout: 20000 });
      });
      assert.match((await focused.textContent()) ?? '', /deadlines/);
      const rows = await texts(page, '.suggest-widget.visible .monaco-list-row');
      assert.equal(rows.filter((r) => r.includes('deadlines')).length, 1, rows.join('\n'));
      assert.ok(!rows.some((r) => /§\d+ |cl\d+/.test(r.split('\n')[0]) && !r.includes('deadlines')), rows.join('\n'));
      await page.screenshot({ path: join(ARTIFACTS, `vscode-completion-${word}.png`) });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
    }
  });

  it('shows the clause count in the status bar in the language of the setting (ru), with its plural', async () => {
    assert.match(await clauseStatus(wb.page, /\d+\/26 пунктов/), /^\S*\s*\d+\/26 пунктов/);
  });

  it('has the whole-file commands in the editor\'s context menu', async () => {
    const { page } = wb;
    await page.click('.monaco-editor .view-lines', { button: 'right' });
    await page.waitForSelector('.context-view .monaco-menu', { timeout: 10000 });
    const items = await texts(page, '.context-view .monaco-menu .action-label');
    for (const title of ['Fix All Orthography', 'Order Clauses as in the Model', 'Add All Missing Clauses']) assert.ok(items.some((i) => i.includes(title)), items.join(' | '));
    await page.keyboard.press('Escape');
  });

  it('"Add All Missing Clauses" from the command palette adds every clause, keeping the comment and values; the sample contact it inserts is flagged', async () => {
    const { page } = wb;
    await page.click('.monaco-editor .view-lines');
    await runCommand(page, 'Add All Missing Clauses');
    await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('provider:'), undefined, { timeout: 20000 });
    await page.keyboard.press('Control+S');
    const text = await waitFile(join(wb.workspace, 'short.standard.yaml'), (t) => t.includes('other-information:'), 'every clause added');
    assert.match(text, /# the ministry asked for this one first\ngeneral:\n {2}# 1\. [^\n]*\n {2}provider:/);
    assert.match(text, /\n {2}form: partially-automated\n/);
    assert.match(await clauseStatus(page, /\d+\/26 пунктов/), /пунктов/);
    // The sample contact it inserted is flagged until the writer replaces it.
    assert.match(text, /info@example\.gov\.kz/);
    await page.keyboard.press('Control+F');
    await page.keyboard.type('info@example.gov.kz');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 30000 });
  });

  it('fixes look-alike letters and the edition line on save (editor.codeActionsOnSave)', async () => {
    const { page } = wb;
    await openFile(page, 'sloppy.standard.yaml');
    await page.click('.monaco-editor .view-lines');
    // An edit of its own, so that the save has something to write.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('# checked');
    await page.waitForTimeout(1500);
    await page.keyboard.press('Control+S');
    const text = await waitFile(join(wb.workspace, 'sloppy.standard.yaml'), (t) => t.includes('Тұтынушы қол қойған'), 'the look-alike letter fixed on save');
    const keys = text.split('\n').filter((l) => /^[a-z-]+:/.test(l));
    assert.deepEqual(keys.slice(0, 2), ['edition: kz-2010', 'languages: [kk, ru]']);
    // Every other line is kept: the same lines, the edition one moved.
    const lines = (t: string) => t.split('\n').map((l) => l.trimEnd()).filter((l) => l && !l.includes('# checked')).sort();
    assert.deepEqual(lines(text), lines(SLOPPY.replace('Тұтынушы ќол', 'Тұтынушы қол')));
  });

  it('follows serviceStandard.language: kk, then auto (the display language, en), in the status bar, messages and preview title', async () => {
    const { page } = wb;
    await openFile(page, 'sloppy.standard.yaml');
    await runCommand(page, 'Open Preview to the Side');
    await page.waitForSelector('.tab[aria-label*="Предпросмотр"]', { timeout: 30000 });
    // The setting changed as a user does: in the user settings.json, through the editor.
    const base = JSON.parse(readFileSync(userSettings, 'utf8')) as Record<string, unknown>;
    const set = async (language: string, seen: () => Promise<boolean>) => {
      await runCommand(page, 'Preferences: Open User Settings (JSON)');
      // VS Code 1.139 opens it in a modal editor, focused.
      const json = page.locator('.monaco-editor', { hasText: 'workbench.startupEditor' }).last();
      await json.waitFor({ timeout: 20000 });
      await page.waitForTimeout(500);
      await json.locator('.view-lines').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(JSON.stringify({ ...base, 'serviceStandard.language': language }));
      // What the editor closed by itself after the text (`"}`) goes.
      await page.keyboard.press('Shift+Control+End');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Control+S');
      await waitFile(userSettings, (t) => t.includes(`"serviceStandard.language":"${language}"`), 'the settings saved');
      await page.keyboard.press('Escape');
      for (let i = 0; i < 100 && !(await seen()); i++) await page.waitForTimeout(200);
      if (!(await seen())) throw new Error(`serviceStandard.language: ${language} not taken: ${(await texts(page, '.tab')).join(' | ')} / ${readFileSync(userSettings, 'utf8')}`);
    };
    const tab = (title: string) => async () => (await page.locator(`.tab[aria-label*="${title}"]`).count()) > 0;
    await set('kk', tab('Алдын ала қарау'));
    await page.locator('.tab', { hasText: 'sloppy.standard.yaml' }).first().click();
    assert.match(await clauseStatus(page, /\d+\/26 тармақ/), /тармақ/);
    if (!(await page.locator('.markers-panel').isVisible())) await page.click('[id="status.problems"]');
    // The messages in Kazakh: its own letters (ә, і, ң, ғ, ү, ұ, қ, ө, һ) outside the quoted values too.
    const messages = async () => (await page.locator('.markers-panel .monaco-list-row').allTextContents()).map((m) => m.replace(/`[^`]*`|«[^»]*»/g, ''));
    for (let i = 0; i < 150 && !(await messages()).some((m) => /[әіңғүұқөһ]/.test(m)); i++) await page.waitForTimeout(200);
    assert.ok((await messages()).some((m) => /[әіңғүұқөһ]/.test(m)), (await messages()).join('\n'));
    await set('auto', tab('Preview: '));
    assert.match(await clauseStatus(page, /\d+\/26 clauses/), /clauses/);
    for (let i = 0; i < 150 && !(await messages()).some((m) => /\b(the|is|are|not)\b/.test(m)); i++) await page.waitForTimeout(200);
    assert.ok((await messages()).some((m) => /\b(the|is|are|not)\b/.test(m)), (await messages()).join('\n'));
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-language-auto.png') });
  });

  it('marks a Kazakh word the dictionary does not know, and "add to words" writes it into .service-standard.yaml', async () => {
    const { page } = wb;
    await openAtLine(page, 'misspelt.standard.yaml', MISSPELT, 'жазбашба');
    await page.waitForSelector('.monaco-editor .squiggly-info', { timeout: 60000 });
    await page.keyboard.press('End');
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Control+.');
    const row = page.locator('.action-widget .monaco-list-row', { hasText: '.service-standard.yaml' });
    await row.first().waitFor({ timeout: 20000 });
    const rows = await texts(page, '.action-widget .monaco-list-row');
    assert.ok(rows.some((r) => r.includes('жазбаша')), `the dictionary's correction first: ${rows.join(' | ')}`);
    await row.first().click();
    const config = await waitFile(join(wb.workspace, '.service-standard.yaml'), (t) => t.includes('жазбашба'), 'the word added to words:');
    assert.match(config, /words:\s*\n\s*- жазбашба|words: \[жазбашба\]/);
    await page.waitForSelector('.monaco-editor .squiggly-info', { state: 'detached', timeout: 30000 });
    await page.screenshot({ path: join(ARTIFACTS, 'vscode-spelling.png') });
  });

  it('boxes no look-alike letter the VS Code way: the orthography squiggle is the guide', async () => {
    const { page } = wb;
    await openAtLine(page, 'mixed.standard.yaml', MIXED, 'Kол');
    await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 60000 });
    assert.equal(await page.locator('.monaco-editor .unicode-highlight').count(), 0);
  });
});
