// Finds the Chromium that tests, the demo screenshot and the benchmark drive. No tool may
// download a browser of its own here, so this uses the system's (Debian's `chromium`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The browser's path, or undefined. `CHROME_PATH` wins when set. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The browser's path; installs Debian's `chromium` when missing and this user can (root + apt).
 * Otherwise exits with a message that says what to do.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    fail(`CHROME_PATH is set to "${process.env.CHROME_PATH}", but no file is there.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('maqal: no Chromium found; installing Debian\'s "chromium" with apt-get…');
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
        execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
          stdio: 'inherit',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
        break;
      } catch (error) {
        // dpkg's lock may be held by another install for a moment.
        if (attempt === 3) fail(`apt-get install chromium failed: ${error.message}`);
        spawnSync('sleep', ['5']);
      }
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  fail(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to a Chrome or Chromium executable, then run the command again.',
  );
}

function fail(message) {
  console.error(`maqal: ${message}`);
  process.exit(1);
}
