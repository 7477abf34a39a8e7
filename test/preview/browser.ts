/** Headless Debian Chromium through playwright-core, as the tests use it. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser tests leave their screenshots. */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Skip when Chromium is missing, unless the environment asks for every end-to-end test (CI). */
export function requireChromium(ctx: Mocha.Context): void {
  if (hasChromium()) return;
  if (process.env.SERVICE_STANDARD_REQUIRE_EDITORS) throw new Error(`${CHROMIUM} is not installed`);
  ctx.skip();
}

/**
 * A browser for the suite that calls it (in its `describe`): launched before its tests, closed after,
 * skipped without Chromium; `dir` is a fresh folder for the pages it writes.
 */
export function suiteBrowser(prefix: string): { browser: () => Browser; dir: string } {
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  before(async function () {
    requireChromium(this);
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return { browser: () => browser!, dir };
}
