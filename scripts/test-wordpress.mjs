// `npm run test:wordpress`: the widgets against a real WordPress.
//
// 1. Installs Debian's WordPress, MariaDB and PHP when missing (root or passwordless sudo, with
//    apt-get and retries; services are kept from starting during the install).
// 2. Starts MariaDB and WordPress (PHP's built-in server on 127.0.0.1) from scratch in a new
//    temporary folder, installs the site, seeds Arabic posts (scripts/wordpress/start.sh).
// 3. Runs test/wordpress/*.wp.ts in Chromium (web-test-runner.wordpress.config.mjs).
// 4. Stops everything it started and deletes the folder, also when a test fails or on Ctrl-C.
//
// Extra arguments go to web-test-runner. WP_PORT picks the port (default: a free one);
// WP_KEEP=1 leaves the site running afterwards (prints how to stop it).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const PACKAGES = [
  'wordpress',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-gd',
  'curl',
  // These satisfy the wordpress package's web server and PHP dependencies without apache2.
  'php',
  'php-cgi',
  'micro-httpd',
];
const timings = [];
const since = (start) => Number(((performance.now() - start) / 1000).toFixed(1));

function log(message) {
  console.log(`[test:wordpress] ${message}`);
}

function fail(message) {
  console.error(`[test:wordpress] ${message}`);
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
/** Runs a command as root: directly, or through passwordless sudo. */
function asRoot(command, args, options = {}) {
  if (isRoot) return spawnSync(command, args, { stdio: 'inherit', ...options });
  if (canSudo)
    return spawnSync('sudo', ['-n', '-E', command, ...args], { stdio: 'inherit', ...options });
  fail(`needs root (or passwordless sudo) to run ${command}`);
}

function missingPackages() {
  return PACKAGES.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.status !== 0 || !query.stdout.includes('install ok installed');
  });
}

function installPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) {
    fail(`missing ${missing.join(' ')} and no apt-get to install them`);
  }
  log(`installing ${missing.join(' ')} with apt-get…`);
  // Packaged services (mariadb, micro-httpd's inetd) must not start: this machine may have
  // no init system, and the tests start their own. A policy-rc.d that says "no" does that.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) {
    const temp = join(mkdtempSync(join(tmpdir(), 'maqal-policy-')), 'policy-rc.d');
    writeFileSync(temp, '#!/bin/sh\nexit 101\n');
    chmodSync(temp, 0o755);
    asRoot('cp', [temp, policy]);
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (let attempt = 1; ; attempt++) {
      const update = asRoot('apt-get', ['update', '-qq'], { env });
      const install =
        update.status === 0 &&
        asRoot('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
      if (install && install.status === 0) break;
      // dpkg's lock may be held by another install for a moment, or a mirror may hiccup.
      if (attempt === 3) fail('apt-get install failed three times');
      log(`apt-get failed (attempt ${attempt}); retrying in 5 s`);
      spawnSync('sleep', ['5']);
    }
  } finally {
    if (ownPolicy) asRoot('rm', ['-f', policy]);
  }
  const still = missingPackages();
  if (still.length > 0) fail(`still missing after apt-get: ${still.join(' ')}`);
}

async function freePort() {
  if (process.env.WP_PORT) return Number(process.env.WP_PORT);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ------------------------------------------------------------------------------ run
const total = performance.now();
let started = performance.now();
installPackages();
timings.push(['packages', since(started)]);

const chromium = ensureChromium();
const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'maqal-wordpress-'));
const env = { ...process.env, WP_DATA: dataDir, WP_HOST: '127.0.0.1', WP_PORT: String(port) };
const keep = process.env.WP_KEEP === '1';

let stopped = false;
/** The test runner, while it runs: stopped along with WordPress on a signal. */
let runner;
function stop() {
  if (stopped) return;
  stopped = true;
  if (keep) {
    log(`left running: ${`http://127.0.0.1:${port}`}; stop with`);
    log(`  WP_DATA=${dataDir} bash scripts/wordpress/stop.sh --purge`);
    return;
  }
  asRoot('bash', [join(root, 'scripts/wordpress/stop.sh'), '--purge'], { env, stdio: 'ignore' });
  rmSync(dataDir, { recursive: true, force: true });
}
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping the tests and WordPress`);
    // Its own process group (npx, web-test-runner, Chromium): signal all of it.
    if (runner?.pid) {
      try {
        process.kill(-runner.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    stop();
    process.exit(130);
  });
}

started = performance.now();
const start = asRoot('bash', [join(root, 'scripts/wordpress/start.sh')], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (start.status !== 0) fail('WordPress did not start (see above)');
timings.push(['WordPress start', since(started)]);

started = performance.now();
runner = spawn(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.wordpress.config.mjs', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', detached: true, env: { ...env, CHROME_PATH: chromium } },
);
const code = await new Promise((resolve) => runner.on('close', (status) => resolve(status ?? 1)));
timings.push(['browser tests', since(started)]);

started = performance.now();
stop();
timings.push(['stop', since(started)]);
timings.push(['total', since(total)]);
log(timings.map(([name, seconds]) => `${name} ${seconds} s`).join(', '));
process.exit(code);
