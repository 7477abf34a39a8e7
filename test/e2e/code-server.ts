/** A real VS Code workbench: code-server in headless Chromium, with the built .vsix installed. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers';
import { CHROMIUM, CHROMIUM_ARGS } from '../preview/browser';

export const CACHE = join(ROOT, '.cache/e2e');
export const CODE_SERVER = join(CACHE, 'code-server/node_modules/.bin/code-server');
const NODE24_BIN = join(CACHE, 'node/bin');

export function hasCodeServer(): boolean {
  return existsSync(CODE_SERVER) && existsSync(join(NODE24_BIN, 'node')) && existsSync(CHROMIUM);
}

/** Skips the suite without code-server, or fails it when SERVICE_STANDARD_REQUIRE_E2E says it must run. */
export function requireCodeServer(suite: Mocha.Context): void {
  if (hasCodeServer()) return;
  if (process.env.SERVICE_STANDARD_REQUIRE_E2E) throw new Error('code-server is not installed: run scripts/setup-code-server.sh');
  suite.skip();
}

/**
 * Stops the workbench and, after a packaging, rebuilds the development bundles the other tests use
 * (packaging leaves production ones in dist/).
 */
export async function finishWorkbench(wb: Workbench | undefined): Promise<void> {
  if (productionInDist) spawnSync('npm', ['run', 'build'], { cwd: ROOT });
  productionInDist = false;
  await wb?.stop();
}

let packaged: string | undefined;
/** dist/ holds the production bundles of the packaging, not yet rebuilt for development. */
let productionInDist = false;

/** Builds the .vsix once per test run (production bundles) and returns its path. */
export function packageOnce(): string {
  if (packaged) return packaged;
  productionInDist = true;
  const pack = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  if (pack.status !== 0) throw new Error(`npm run package failed: ${pack.stdout}${pack.stderr}`);
  packaged = join(ROOT, 'service-standard.vsix');
  return packaged;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Workbench {
  page: Page;
  context: BrowserContext;
  server: ChildProcess;
  workspace: string;
  /** The extensions folder of this workbench: its language server runs from there. */
  extensions: string;
  log: string[];
  stop(): Promise<void>;
}

export async function startWorkbench(vsix: string, files: Record<string, string>, settings: Record<string, unknown> = {}): Promise<Workbench> {
  const base = mkdtempSync(join(tmpdir(), 'ss-code-server-'));
  const userData = join(base, 'user-data');
  const extensions = join(base, 'extensions');
  const workspace = join(base, 'workspace');
  const xdg = join(base, 'xdg');
  for (const d of [userData, extensions, workspace, xdg, join(userData, 'User')]) mkdirSync(d, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'editor.hover.delay': 200,
      'workbench.colorTheme': 'Default Light Modern',
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      ...settings,
    }),
  );
  const env = {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: xdg,
    XDG_DATA_HOME: join(base, 'data'),
    EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/item"}',
  };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(CODE_SERVER, [...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120000 });
  if (install.status !== 0) throw new Error(`installing the .vsix failed: ${install.stdout}${install.stderr}`);
  const port = await freePort();
  const log: string[] = [];
  const server = spawn(
    CODE_SERVER,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (d) => log.push(String(d)));
  server.stderr!.on('data', (d) => log.push(String(d)));
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`code-server did not start: ${log.join('')}`)), 60000);
    const check = () => {
      if (log.join('').includes('HTTP server listening')) {
        clearTimeout(t);
        resolve();
      } else setTimeout(check, 100);
    };
    check();
  });
  const context = await chromium.launchPersistentContext(join(base, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1500, height: 950 },
    args: [...CHROMIUM_ARGS, '--disable-quic', '--no-first-run', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  return {
    page,
    context,
    server,
    workspace,
    extensions,
    log,
    async stop() {
      await context.close().catch(() => undefined);
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      if (server.exitCode === null) server.kill('SIGKILL');
    },
  };
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 30000 });
  await page.keyboard.press('Enter');
}

/** Opens a workspace file with Quick Open. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  // Wait for the list to be filtered to the name, not for the recent files shown before it.
  await page.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`, { timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 30000 });
  await focusEditor(page);
}

const FOCUSED_EDITOR = '.editor-group-container.active .monaco-editor.focused';

/**
 * Makes sure the active editor has the keyboard: a notification or a closing dialog may keep it a
 * moment after a file opens, and keys typed then go nowhere. The cursor stays where it was.
 */
export async function focusEditor(page: Page): Promise<void> {
  if (await page.locator(FOCUSED_EDITOR).waitFor({ timeout: 2000 }).then(() => true, () => false)) return;
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.waitForSelector(FOCUSED_EDITOR, { timeout: 10000 });
}

/** What has the keyboard and what the active editor shows, for a failure message. */
async function whereTheKeysGo(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const what = el ? `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''}` : 'nothing';
    const line = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')?.textContent ?? '';
    const message = document.querySelector('.suggest-widget .message')?.textContent ?? '';
    return `focus on ${what}; editor text ${JSON.stringify(line.slice(0, 200))}; suggest message ${JSON.stringify(message)}`;
  });
}

export async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
  await page.waitForTimeout(200);
}

/**
 * Types `word`, waits for the suggestion that starts with it to be focused, and accepts it. A server
 * still starting (or restarting) may answer the first request late: the list is asked for again a few
 * times before the test fails with the rows it saw.
 */
export async function acceptCompletion(page: Page, word: string): Promise<void> {
  await page.keyboard.type(word, { delay: 20 });
  const row = page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: word });
  for (let attempt = 0; ; attempt++) {
    try {
      await row.waitFor({ timeout: attempt === 0 ? 4000 : 10000 });
      break;
    } catch (error) {
      if (attempt === 3) {
        const seen = await page.locator('.suggest-widget .monaco-list-row').allTextContents();
        throw new Error(`no focused suggestion "${word}"; the list showed: ${JSON.stringify(seen)}; ${await whereTheKeysGo(page)}`, { cause: error });
      }
      await focusEditor(page);
      // Escape only closes an open list: outside one it would leave a snippet's placeholders.
      if (await page.locator('.suggest-widget.visible').count()) await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
    }
  }
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}
