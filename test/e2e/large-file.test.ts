/**
 * Typing in a 30,000-line standard in a real VS Code (code-server in headless Chromium): each
 * keystroke that breaks a value brings its squiggle, and the time from the keystroke to the new
 * squiggle on screen is measured and printed (a figure to read, not a timed assertion), with the
 * server's share of it: from the change's arrival to the pull's answer, read from its timeline.
 * Skipped without code-server unless SERVICE_STANDARD_REQUIRE_E2E is set.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStandard } from '../../bench/generate';
import { finishWorkbench, goToLine, openFile, packageOnce, requireCodeServer, startWorkbench, type Workbench } from './code-server';

const LINES = 30_000;
const ROUNDS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('VS Code (code-server): typing in a 30,000-line standard', function () {
  this.timeout(300000);
  let wb: Workbench;
  let text: string;
  const timeline = join(mkdtempSync(join(tmpdir(), 'ss-timeline-')), 'server.txt');

  before(async function () {
    requireCodeServer(this);
    text = generateStandard({ lines: LINES, seed: 30 });
    // The server inherits code-server's environment.
    process.env.SERVICE_STANDARD_TIMELINE = timeline;
    try {
      wb = await startWorkbench(packageOnce(), { 'large.standard.yaml': text });
    } finally {
      delete process.env.SERVICE_STANDARD_TIMELINE;
    }
  });

  after(() => finishWorkbench(wb));

  it('shows the squiggle of a broken value after each keystroke, and clears it after the undo keystroke', async () => {
    const { page } = wb;
    await openFile(page, 'large.standard.yaml');
    const line = text.split('\n').findIndex((l) => /^ {2}form: /.test(l)) + 1;
    assert.ok(line > 0);
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
    await page.click('.monaco-editor .view-lines');
    await goToLine(page, line);
    await page.keyboard.press('End');
    // The first analysis of the whole file: wait until the server has answered the pull of the opened
    // version (no squiggle: it is clean), then for the editor's requests that follow it.
    await firstPullAnswered(timeline, 120000);
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('.monaco-editor .squiggly-error').count(), 0, 'the generated standard is clean');
    const shown: number[] = [];
    const cleared: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      shown.push(await timeToSquiggles(page, 'x', 'some'));
      cleared.push(await timeToSquiggles(page, 'Backspace', 'none'));
    }
    console.log(
      `      ${LINES} lines: keystroke -> squiggle on screen: median ${median(shown).toFixed(0)} ms (${shown.map((x) => x.toFixed(0)).join(', ')}); ` +
        `keystroke -> squiggle gone: median ${median(cleared).toFixed(0)} ms (${cleared.map((x) => x.toFixed(0)).join(', ')})`,
    );
    // The timeline is written every second.
    await page.waitForTimeout(1500);
    const server = serverTimes(timeline);
    const answered = server.answered.slice(-2 * ROUNDS);
    const held = server.held.slice(-2 * ROUNDS);
    if (answered.length) {
      console.log(
        `      server: change arrived -> pull answered: median ${median(answered).toFixed(0)} ms (${answered.map((x) => x.toFixed(0)).join(', ')}); ` +
          `the longest other request just before: median ${median(held).toFixed(0)} ms (${held.map((x) => x.toFixed(0)).join(', ')})`,
      );
    }
  });
});

/** Resolves once the server's timeline (written every second) shows the pull of version 1 answered. */
async function firstPullAnswered(file: string, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!(existsSync(file) && /^[\d.]+ run pull v=1 /m.test(readFileSync(file, 'utf8')))) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`the server answered no pull of the opened document in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Presses `key` and returns the milliseconds, measured in the page, until some squiggle (or none) is on screen. */
async function timeToSquiggles(page: Workbench['page'], key: string, want: 'some' | 'none'): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __t0: number }).__t0 = performance.now();
  });
  if (key.length === 1) await page.keyboard.type(key);
  else await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    (w) => {
      const n = document.querySelectorAll('.monaco-editor .squiggly-error').length;
      return (w === 'some' ? n > 0 : n === 0) ? performance.now() - (window as unknown as { __t0: number }).__t0 : false;
    },
    want,
    { timeout: 30000, polling: 5 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * From the server's timeline (see server/src/lsp/timeline.ts), for each version: the milliseconds
 * from its `didChange` reaching the server to the end of its pull, and the longest run of another
 * request since the previous pull (a change that comes meanwhile is read only after it).
 */
function serverTimes(file: string): { answered: number[]; held: number[] } {
  const out = { answered: [] as number[], held: [] as number[] };
  if (!existsSync(file)) return out;
  const arrived = new Map<string, number>();
  let longest = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const change = /^([\d.]+) in textDocument\/didChange id=- v=(\d+)/.exec(line);
    if (change) {
      arrived.set(change[2], Number(change[1]));
      out.held.push(longest);
      longest = 0;
    }
    const run = /^[\d.]+ run (\w+) .*\(([\d.]+) ms\)$/.exec(line);
    if (run && !['pull', 'analyse', 'settle', 'render'].includes(run[1])) longest = Math.max(longest, Number(run[2]));
    const pull = /^[\d.]+ run pull v=(\d+) [\d.]+\.\.([\d.]+)/.exec(line);
    const t0 = pull ? arrived.get(pull[1]) : undefined;
    if (pull && t0 !== undefined) {
      out.answered.push(Number(pull[2]) - t0);
      arrived.delete(pull[1]);
      longest = 0;
    }
  }
  return out;
}
