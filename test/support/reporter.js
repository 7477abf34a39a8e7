// Mocha's spec reporter, closing with the slowest test files and one plain summary line:
// "N passed, N failed, N skipped".
const Mocha = require('mocha');
const { relative } = require('path');

const SLOWEST = 8;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const perFile = new Map();
    const add = (runnable) => {
      if (!runnable.file || typeof runnable.duration !== 'number') return;
      const file = relative(process.cwd(), runnable.file);
      perFile.set(file, (perFile.get(file) ?? 0) + runnable.duration);
    };
    runner.on('test end', add);
    runner.on('hook end', add);
    runner.once('end', () => {
      const slowest = [...perFile].sort((a, b) => b[1] - a[1]).slice(0, SLOWEST);
      process.stdout.write('slowest files:\n');
      for (const [file, ms] of slowest) process.stdout.write(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}\n`);
      const s = runner.stats;
      process.stdout.write(`${s.passes} passed, ${s.failures} failed, ${s.pending} skipped\n`);
    });
  }
}

module.exports = SummaryReporter;
