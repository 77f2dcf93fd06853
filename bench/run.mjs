// `npm run bench`: sizes, rendering speed and memory against baselines measured in the same
// run, layout shift, and Lighthouse. Prints a table and writes bench/results/latest.json.
// Times on shared machines are noisy, so every speed figure is a ratio to a baseline run in
// the same browser, alternating variants, and the median of several runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { BUDGETS, measure } from '../scripts/sizes.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const repo = fileURLToPath(new URL('../', import.meta.url));
const chromium = ensureChromium();
const server = await serveStatic(repo);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One fresh page: load `path`, wait for window.benchResult, return it with the heap growth. */
async function runPage(path) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  try {
    page.on('pageerror', (error) => console.error(`  page error on ${path}: ${error.message}`));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.benchResult, { timeout: 60_000 });
    const result = await page.evaluate(() => window.benchResult);
    // `heap`: JS heap in use right after rendering, garbage included (what the page peaks at);
    // `retained`: what is left after a full collection (what the page keeps paying for).
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await page.evaluate(() => window.gc?.());
    const { usedSize: retained } = await cdp.send('Runtime.getHeapUsage');
    return { ...result, heap: usedSize, retained };
  } finally {
    await page.close();
  }
}

/** Alternates the two variants RUNS times; returns medians and the maqal/baseline ratios. */
async function compare(name, maqalPath, baselinePath) {
  const maqal = [];
  const baseline = [];
  // Pairs in alternating order (ABBA…), so running first or second in a pair favours neither.
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      maqal.push(await runPage(maqalPath));
      baseline.push(await runPage(baselinePath));
    } else {
      baseline.push(await runPage(baselinePath));
      maqal.push(await runPage(maqalPath));
    }
  }
  const result = {
    name,
    maqalMs: median(maqal.map((r) => r.ms)),
    baselineMs: median(baseline.map((r) => r.ms)),
    maqalHeap: median(maqal.map((r) => r.heap)),
    baselineHeap: median(baseline.map((r) => r.heap)),
    maqalRetained: median(maqal.map((r) => r.retained)),
    baselineRetained: median(baseline.map((r) => r.retained)),
    check: maqal[0],
  };
  // Each pair runs back to back, so its ratio cancels the machine's drift between pairs; the
  // median of the pairs is the figure judged, the ratio of the medians is kept beside it.
  result.pairRatios = maqal.map((run, i) => run.ms / baseline[i].ms);
  result.timeRatio = median(result.pairRatios);
  result.ratioOfMedians = result.maqalMs / result.baselineMs;
  if (maqal[0].hotMs !== undefined) {
    result.maqalHotMs = median(maqal.map((r) => r.hotMs));
    result.baselineHotMs = median(baseline.map((r) => r.hotMs));
    result.hotRatio = median(maqal.map((run, i) => run.hotMs / baseline[i].hotMs));
  }
  result.heapRatio = result.maqalHeap / result.baselineHeap;
  result.retainedRatio = result.maqalRetained / result.baselineRetained;
  return result;
}

/** Cumulative layout shift while the classic script loads and the widgets upgrade. */
async function layoutShift(path) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return await page.evaluate(() => window.__cls);
  } finally {
    await page.close();
  }
}

/** Lighthouse in a child process (asynchronously: this process serves the page meanwhile). */
async function lighthouse(path) {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const { stdout: output } = await promisify(execFile)(
    'npx',
    [
      'lighthouse',
      `${server.origin}${path}`,
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility',
      `--chrome-flags=${flags}`,
      '--screenEmulation.disabled',
      '--throttling-method=provided',
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(output);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
  };
}

const results = { date: new Date().toISOString(), runs: RUNS, chromium: await browser.version() };
try {
  results.sizes = measure();
  // A baseline that built less DOM would flatter maqal: check they build the same first.
  for (const page of ['cards.html?', 'lit-floor.html?', 'lit-floor.html?element=reactive&']) {
    const { mismatches } = await runPage(`/bench/pages/${page}variant=compare`);
    if (mismatches.length > 0) {
      console.error(JSON.stringify(mismatches, null, 2));
      throw new Error(`${page}: the cards compared do not build the same DOM`);
    }
  }
  console.log('measuring 1,000 cards…');
  results.cards = await compare(
    '1,000 cards',
    '/bench/pages/cards.html?variant=maqal',
    '/bench/pages/cards.html?variant=baseline',
  );
  console.log('measuring the Lit floor (a bare LitElement card)…');
  results.litFloor = await compare(
    'bare LitElement card',
    '/bench/pages/lit-floor.html?variant=lit',
    '/bench/pages/lit-floor.html?variant=baseline',
  );
  console.log('measuring the ReactiveElement floor (no templates)…');
  results.reactiveFloor = await compare(
    'bare ReactiveElement card',
    '/bench/pages/lit-floor.html?element=reactive&variant=lit',
    '/bench/pages/lit-floor.html?element=reactive&variant=baseline',
  );
  console.log('measuring the seed article…');
  results.seedArticle = await compare(
    'seed article',
    '/bench/pages/article.html?variant=maqal&size=seed',
    '/bench/pages/article.html?variant=baseline&size=seed',
  );
  console.log('measuring a 50 KB article…');
  results.bigArticle = await compare(
    '50 KB article',
    '/bench/pages/article.html?variant=maqal&size=50k',
    '/bench/pages/article.html?variant=baseline&size=50k',
  );
  console.log('measuring layout shift…');
  results.cls = await layoutShift('/dist/demo/');
  console.log('running Lighthouse…');
  results.lighthouse = await lighthouse('/dist/demo/');
} finally {
  await browser.close();
  await server.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value, target) =>
  `${value.toFixed(2)}× ${value <= target ? 'ok' : 'OVER'} (target ≤ ${target})`;
/** The judged time ratio, with the spread of the pairs and the ratio of the medians. */
const timeRatio = (result, target) => {
  const pairs = result.pairRatios;
  const spread = `pairs ${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)}`;
  return `${ratio(result.timeRatio, target)}; ${spread}, medians ${result.ratioOfMedians.toFixed(2)}×`;
};
const rows = [
  [
    'dist/maqal.js gzip',
    kb(results.sizes.classic),
    `${results.sizes.classic <= BUDGETS.classic ? 'ok' : 'OVER'} (budget ${kb(BUDGETS.classic)})`,
  ],
  [
    'cards-only ES path gzip',
    kb(results.sizes.cardsOnlyEs),
    `${results.sizes.cardsOnlyEs <= BUDGETS.cardsOnlyEs ? 'ok' : 'OVER'} (budget ${kb(BUDGETS.cardsOnlyEs)})`,
  ],
  ['lazy Markdown chunk gzip', kb(results.sizes.markdownChunk), 'loaded only with <maqal-article>'],
  [
    '1,000 cards: time',
    `${results.cards.maqalMs.toFixed(0)} ms vs ${results.cards.baselineMs.toFixed(0)} ms`,
    timeRatio(results.cards, 1.3),
  ],
  [
    '1,000 cards: JS heap',
    `${kb(results.cards.maqalHeap)} vs ${kb(results.cards.baselineHeap)}`,
    ratio(results.cards.heapRatio, 1.3),
  ],
  [
    '1,000 cards: retained heap',
    `${kb(results.cards.maqalRetained)} vs ${kb(results.cards.baselineRetained)}`,
    `${results.cards.retainedRatio.toFixed(2)}× (after a full GC; for information)`,
  ],
  [
    'Lit floor, 1,000: time',
    `${results.litFloor.maqalMs.toFixed(0)} ms vs ${results.litFloor.baselineMs.toFixed(0)} ms`,
    `${results.litFloor.timeRatio.toFixed(2)}× (bare LitElement, same DOM; for information)`,
  ],
  [
    'Lit floor, 1,000: JS heap',
    `${kb(results.litFloor.maqalHeap)} vs ${kb(results.litFloor.baselineHeap)}`,
    `${results.litFloor.heapRatio.toFixed(2)}× (retained ${results.litFloor.retainedRatio.toFixed(2)}×)`,
  ],
  [
    'ReactiveElement floor: time',
    `${results.reactiveFloor.maqalMs.toFixed(0)} ms vs ${results.reactiveFloor.baselineMs.toFixed(0)} ms`,
    `${results.reactiveFloor.timeRatio.toFixed(2)}× (no lit-html, same DOM; for information)`,
  ],
  [
    'ReactiveElement floor: heap',
    `${kb(results.reactiveFloor.maqalHeap)} vs ${kb(results.reactiveFloor.baselineHeap)}`,
    `${results.reactiveFloor.heapRatio.toFixed(2)}× (retained ${results.reactiveFloor.retainedRatio.toFixed(2)}×)`,
  ],
  [
    'seed article: time',
    `${results.seedArticle.maqalMs.toFixed(1)} ms vs ${results.seedArticle.baselineMs.toFixed(1)} ms`,
    timeRatio(results.seedArticle, 1.2),
  ],
  [
    'seed article: hot',
    `${results.seedArticle.maqalHotMs.toFixed(1)} ms vs ${results.seedArticle.baselineHotMs.toFixed(1)} ms`,
    `${results.seedArticle.hotRatio.toFixed(2)}× (median of 14 renders after the first; for information)`,
  ],
  [
    '50 KB article: time',
    `${results.bigArticle.maqalMs.toFixed(1)} ms vs ${results.bigArticle.baselineMs.toFixed(1)} ms`,
    timeRatio(results.bigArticle, 1.2),
  ],
  [
    '50 KB article: hot',
    `${results.bigArticle.maqalHotMs.toFixed(1)} ms vs ${results.bigArticle.baselineHotMs.toFixed(1)} ms`,
    `${results.bigArticle.hotRatio.toFixed(2)}× (median of 14 renders after the first; for information)`,
  ],
  [
    'demo CLS while upgrading',
    results.cls.toFixed(4),
    results.cls === 0 ? 'ok (target 0)' : 'OVER (target 0)',
  ],
  [
    'Lighthouse performance',
    String(results.lighthouse.performance),
    results.lighthouse.performance >= 95 ? 'ok (target ≥ 95)' : 'UNDER (target ≥ 95)',
  ],
  [
    'Lighthouse accessibility',
    String(results.lighthouse.accessibility),
    results.lighthouse.accessibility >= 100 ? 'ok (target 100)' : 'UNDER (target 100)',
  ],
];
console.log(
  `\nmaqal benchmark (${RUNS} runs each, medians; time ratios: median of back-to-back pairs; ${results.chromium})\n`,
);
for (const [name, value, verdict] of rows)
  console.log(`  ${name.padEnd(28)} ${value.padEnd(24)} ${verdict}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log('\nwrote bench/results/latest.json');
