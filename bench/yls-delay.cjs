/**
 * Preloaded into yaml-language-server (`node -r bench/yls-delay.cjs …/bin/yaml-language-server --stdio`)
 * to set its validation delay, which it hard-codes (`SettingsState.validationDelayMs = 200`) and does not
 * read from any setting. The bench sets it to 0 for the measured runs, as it sets our own debounce to 0,
 * so that both servers' figures are their work alone; debounces are reported separately.
 * YLS_VALIDATION_DELAY_MS (default 0) chooses the value. Nothing else in the server is touched.
 */
const { dirname, join } = require('node:path');
const root = dirname(require.resolve('yaml-language-server/package.json'));
const { SettingsState } = require(join(root, 'out/server/src/yamlSettings.js'));
const delay = Number(process.env.YLS_VALIDATION_DELAY_MS ?? 0);
Object.defineProperty(SettingsState.prototype, 'validationDelayMs', {
  configurable: true,
  get() {
    return delay;
  },
  set() {
    // the constructor's `this.validationDelayMs = 200` lands here and is ignored
  },
});
