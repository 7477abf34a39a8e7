/** Headless Debian Chromium through playwright-core, as the tests use it. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
