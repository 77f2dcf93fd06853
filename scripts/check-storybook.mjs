// Opens every story and every docs page of the built Storybook in headless Chromium and fails
// on any console error, uncaught exception or failed request; stories must also have no axe
// violation.
//
//   npm run build-storybook && npm run check-storybook
//   node scripts/check-storybook.mjs /tmp/sb-somewhere     # another build directory
//   node scripts/check-storybook.mjs --only widgets-article # ids containing a string
//
// Stories whose purpose is to show an error state (their name says "error", "invalid",
// "hostile", "failed" or "bad") may log the one console.error maqal writes for bad data; they
// must still have no uncaught exception, no failed request and no axe violation. A docs page
// shows all of its component's stories at once, so it may log those errors too, at most one per
// such story (one distinct message each), and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv.splice(onlyAt, 2)[1] : undefined;
const root = argv[0]
  ? resolve(argv[0]) + '/'
  : fileURLToPath(new URL('../storybook-static/', import.meta.url));
if (!existsSync(join(root, 'index.json'))) {
  console.error(
    `check-storybook: ${join(root, 'index.json')} not found; run \`npm run build-storybook\` first.`,
  );
  process.exit(1);
}

const server = await serveStatic(root);
const origin = server.origin;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !only || entry.id.includes(only));
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
const expectsError = (story) =>
  /error|invalid|hostile|failed|bad/i.test(`${story.name} ${story.id}`);
/** The one console.error maqal writes for bad data starts with the element's tag. */
const isMaqalError = (problem) => problem.kind === 'console' && /^<maqal-/.test(problem.text);

if (stories.length === 0) {
  console.error('check-storybook: the build has no stories.');
  process.exit(1);
}

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});

const failures = [];
let checked = 0;

function report(id, problems) {
  checked++;
  if (problems.length > 0) {
    failures.push({ id, problems });
    console.log(`✗ ${id}`);
    for (const problem of problems) console.log(`    ${problem.kind}: ${problem.text}`);
  } else {
    console.log(`✓ ${id}`);
  }
}

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

  /** A maqal tag that never upgraded (its definition did not load) shows nothing. */
  const checkDefined = async (root) => {
    const undefinedTags = await page.evaluate(
      (selector) => [
        ...new Set(
          [...document.querySelectorAll(`${selector} *`)]
            .filter((el) => el.localName.startsWith('maqal-') && !customElements.get(el.localName))
            .map((el) => el.localName),
        ),
      ],
      root,
    );
    for (const tag of undefinedTags) {
      problems.push({ kind: 'render', text: `<${tag}> is not defined` });
    }
  };

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
    await checkDefined('#storybook-root');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', {
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    });
    for (const violation of violations) problems.push({ kind: 'axe', text: violation });

    report(
      story.id,
      expectsError(story) ? problems.filter((problem) => !isMaqalError(problem)) : problems,
    );
  }

  for (const entry of docs) {
    problems = [];
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
    // The docs page is rendered once its wrapper is there and every story in it has rendered
    // (inline stories into .docs-story, the others into their own iframes).
    await page
      .waitForFunction(
        () => {
          const docsRoot = document.querySelector('#storybook-docs');
          if (!docsRoot?.querySelector('.sbdocs-wrapper')) return false;
          const inline = [...docsRoot.querySelectorAll('.docs-story [id^="story--"]')];
          return inline.every((story) => story.childElementCount > 0);
        },
        { timeout: 15000 },
      )
      .catch(() => problems.push({ kind: 'render', text: 'docs page did not render' }));
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 15000 }).catch(() => {});
    await checkDefined('#storybook-docs');
    const text = await page.evaluate(
      () => document.querySelector('#storybook-docs')?.textContent ?? '',
    );
    if (/No Component|Error rendering|Unable to render/i.test(text)) {
      problems.push({ kind: 'render', text: 'docs page shows a Storybook error' });
    }
    // The page's own stories that show an error state may log their error (repeats of one
    // message are the same error), at most one distinct message per such story.
    const componentStories = stories.filter(
      (story) =>
        story.importPath === entry.importPath || entry.storiesImports?.includes(story.importPath),
    );
    const allowance = componentStories.filter(expectsError).length;
    const allowed = new Set();
    report(
      entry.id,
      problems.filter((problem) => {
        if (!isMaqalError(problem)) return true;
        if (allowed.has(problem.text)) return false;
        if (allowed.size >= allowance) return true;
        allowed.add(problem.text);
        return false;
      }),
    );
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `\nStorybook check: ${stories.length} stories and ${docs.length} docs pages; ` +
    `${checked - failures.length} passed, ${failures.length} failed`,
);
process.exit(failures.length > 0 ? 1 : 0);
