// `npm test`: makes sure a Chromium is there (installing Debian's when it can), then runs
// @web/test-runner with any extra arguments passed through (e.g. `npm test -- --files ...`).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const chromium = ensureChromium();
// The manifest feeds the design-token test; regenerate it from the current JSDoc.
spawnSync('npm', ['run', '--silent', 'analyze'], { stdio: 'ignore' });
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
