// `npm run test:wordpress` runs this config through scripts/test-wordpress.mjs, which starts a
// real WordPress first and passes WP_DATA (its data folder). The tests in test/wordpress/ run
// in Chromium on the test runner's origin and talk to WordPress on its own port: another origin,
// as on a real site that embeds maqal.
//
// Helpers the tests call on the runner's server (not on WordPress):
//   GET  /__wordpress/site                 the seeded ids and the site URL (fixture.json)
//   POST /__wordpress/anon-comments?on=0|1 removes or restores the must-use plugin that lets
//                                          anonymous visitors comment over REST
//   GET  /__wordpress/comments?post=ID     every comment on a post, any status, as an admin sees
//                                          them (REST with the seeded application password)
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `npm run test:wordpress`.');
const dataDir = process.env.WP_DATA;
if (!dataDir || !existsSync(join(dataDir, 'fixture.json'))) {
  throw new Error('No WordPress running: use `npm run test:wordpress`, which starts one.');
}
const site = JSON.parse(readFileSync(join(dataDir, 'fixture.json'), 'utf8'));
const plugin = join(dataDir, 'wp-content/mu-plugins/ci-anon-comments.php');

function send(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function wordpressHelpers() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__wordpress/')) return next();
    if (ctx.path === '/__wordpress/site') return send(ctx, 200, site);
    if (ctx.path === '/__wordpress/anon-comments' && ctx.method === 'POST') {
      const on = ctx.query.on === '1';
      if (on && existsSync(`${plugin}.off`)) renameSync(`${plugin}.off`, plugin);
      if (!on && existsSync(plugin)) renameSync(plugin, `${plugin}.off`);
      return send(ctx, 200, { on: existsSync(plugin) });
    }
    if (ctx.path === '/__wordpress/comments') {
      const auth = Buffer.from(`${site.user}:${site.app_password}`).toString('base64');
      const answer = await fetch(
        `${site.url}/wp-json/wp/v2/comments?post=${Number(ctx.query.post)}&status=all&context=edit&per_page=100`,
        { headers: { Authorization: `Basic ${auth}` } },
      );
      return send(ctx, answer.status, await answer.json());
    }
    return send(ctx, 404, { error: `no helper ${ctx.path}` });
  };
}

export default {
  files: ['test/wordpress/**/*.wp.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [wordpressHelpers()],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
  ],
  // One file at a time: the comment tests depend on WordPress's per-IP flood window.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
};
