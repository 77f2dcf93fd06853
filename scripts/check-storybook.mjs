// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails
// on any console error, uncaught exception, failed request or axe violation.
//
//   npm run build-storybook && npm run check-storybook
//
// Stories whose purpose is to show an error state (their name says "error", "invalid",
// "hostile" or "failed") may log the one console.error maqal writes for bad data; they must
// still have no uncaught exception, no failed request and no axe violation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
if (!existsSync(join(root, 'index.json'))) {
  console.error(
    'check-storybook: storybook-static/index.json not found; run `npm run build-storybook` first.',
  );
  process.exit(1);
}

const server = await serveStatic(root);
const origin = server.origin;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
const expectsError = (story) =>
  /error|invalid|hostile|failed|bad/i.test(`${story.name} ${story.id}`);

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});

const failures = [];
let checked = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  let problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/favicon\.ico/.test(message.location()?.url ?? '')) return;
    problems.push({ kind: 'console', text: message.text() });
  });
  page.on('pageerror', (error) => problems.push({ kind: 'exception', text: error.message }));
  page.on('requestfailed', (request) => {
    // Stories that show a loading state abort their own slow request when they are left.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push({ kind: 'request', text: `${request.url()} ${request.failure()?.errorText}` });
  });
  page.on('response', (response) => {
    // The browser's own favicon probe is not the story's request.
    if (response.status() >= 400 && !/\/mock\/|favicon\.ico$/.test(response.url())) {
      problems.push({ kind: 'request', text: `${response.url()} answered ${response.status()}` });
    }
  });

  for (const story of stories) {
    problems = [];
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Let elements upgrade, fetch their src and render.
    await page
      .waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, {
        timeout: 10000,
      })
      .catch(() => problems.push({ kind: 'render', text: 'story rendered nothing' }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', {
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    });
    for (const violation of violations) problems.push({ kind: 'axe', text: violation });

    const allowed = expectsError(story)
      ? problems.filter((problem) => problem.kind !== 'console' || !/^<maqal-/.test(problem.text))
      : problems;
    checked++;
    if (allowed.length > 0) {
      failures.push({ story: story.id, problems: allowed });
      console.log(`✗ ${story.id}`);
      for (const problem of allowed) console.log(`    ${problem.kind}: ${problem.text}`);
    } else {
      console.log(`✓ ${story.id}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nStorybook check: ${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
