// `node bench/related-list.mjs`: how <maqal-related-articles> copes with 1,000 related items.
// Builds the element (production Lit) into a temporary folder, opens a page per run in headless
// Chromium, gives the element 1,000 summaries and records, with PerformanceObserver('longtask'),
// every task over 50 ms until the last card is rendered. Runs the chunked rendering (the
// default) against "all at once" (one chunk of 1,000), alternating, and prints the medians.
// Figures only: times on a shared machine vary, so nothing here passes or fails.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const repo = fileURLToPath(new URL('../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'maqal-related-bench-'));

await build({
  configFile: false,
  logLevel: 'error',
  resolve: { conditions: ['production'] },
  build: {
    outDir: out,
    emptyOutDir: false,
    lib: {
      entry: join(repo, 'src/components/related-articles/related-articles.ts'),
      formats: ['es'],
      fileName: () => 'related.js',
    },
  },
});

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="ar" dir="rtl">
  <head><meta charset="utf-8" /><title>bench: 1,000 related articles</title></head>
  <body style="margin: 0; inline-size: 1000px">
    <script type="module">
      import { MaqalRelatedArticles } from './related.js';
      customElements.define('maqal-related-articles', MaqalRelatedArticles);
      const params = new URLSearchParams(location.search);
      const count = Number(params.get('count'));
      MaqalRelatedArticles.chunkSize = Number(params.get('chunk'));
      const items = Array.from({ length: count }, (_, i) => ({
        id: 'a' + i,
        url: '/news/' + i,
        lang: 'ar',
        category: { name: 'أفريقيا' },
        title: 'جهود روسية لتهدئة التوتر بين الجزائر ومالي، المقال رقم ' + (i + 1),
        excerpt: 'نص قصير يصف المقال ويعرض ما فيه في سطرين أو ثلاثة أسطر على الأكثر.',
        published: '2025-04-14T09:00:00Z',
      }));
      const tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      // Frames: how long the page went without painting while the list grew.
      let lastFrame = performance.now();
      let worstFrameGap = 0;
      let measuring = true;
      const frame = (now) => {
        worstFrameGap = Math.max(worstFrameGap, now - lastFrame);
        lastFrame = now;
        if (measuring) requestAnimationFrame(frame);
      };
      await new Promise((resolve) => setTimeout(resolve, 300));
      tasks.length = 0;
      const el = document.createElement('maqal-related-articles');
      document.body.append(el);
      requestAnimationFrame((now) => { lastFrame = now; requestAnimationFrame(frame); });
      const start = performance.now();
      el.articles = items;
      await el.updateComplete;
      const first = performance.now() - start;
      const firstCards = el.shadowRoot.querySelectorAll('maqal-article-card').length;
      await el.allRendered();
      const all = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 200));
      measuring = false;
      window.benchResult = {
        first, firstCards, all, worstFrameGap,
        cards: el.shadowRoot.querySelectorAll('maqal-article-card').length,
        longTasks: tasks.length,
        longest: Math.max(0, ...tasks),
        blocked: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      };
    </script>
  </body>
</html>`,
);

const server = await serveStatic(out);
const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});

async function run(chunk) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 900 });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${server.origin}/index.html?count=${COUNT}&chunk=${chunk}`);
    await page.waitForFunction(() => window.benchResult, { timeout: 120_000 });
    return await page.evaluate(() => window.benchResult);
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const variants = { chunked: Number(process.env.BENCH_CHUNK ?? 12), 'all at once': COUNT };
const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, chunk] of Object.entries(variants)) results[name].push(await run(chunk));
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}

console.log(`<maqal-related-articles> with ${COUNT} items, median of ${RUNS} runs (ms):`);
const rows = Object.entries(results).map(([name, runs]) => ({
  variant: name,
  'cards at first render': runs[0].firstCards,
  'first render': Math.round(median(runs.map((r) => r.first))),
  'all rendered': Math.round(median(runs.map((r) => r.all))),
  'long tasks': median(runs.map((r) => r.longTasks)),
  'longest task': Math.round(median(runs.map((r) => r.longest))),
  'blocking time': Math.round(median(runs.map((r) => r.blocked))),
  'worst frame gap': Math.round(median(runs.map((r) => r.worstFrameGap))),
  'cards in the end': runs[0].cards,
}));
console.table(rows);
