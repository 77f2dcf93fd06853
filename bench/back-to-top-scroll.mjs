// Measures what scrolling costs with <maqal-back-to-top> on a long page: the layouts, style
// recalculations and long tasks Chromium reports while the page scrolls many times, with and
// without the element. Figures only, no pass/fail: `node bench/back-to-top-scroll.mjs`.
//
// It serves the repository with Vite (port 5184, or BENCH_PORT), opens one generated page per
// scenario in the system Chromium through puppeteer-core, and reads the DevTools Protocol's
// `Performance.getMetrics` (LayoutCount, RecalcStyleCount, ...) before and after the scrolling.
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 5184);
const STEPS = Number(process.env.BENCH_STEPS ?? 300);

const paragraph =
  '<p>تتواصل الجهود الدبلوماسية لتهدئة التوتر في منطقة الساحل، فيما تتابع العواصم المجاورة التطورات عن كثب.</p>';
const article = `<main id="top"><h1>مقال طويل</h1>${paragraph.repeat(400)}</main>`;

/** The scenarios: the same long page, with nothing, the element, or the element in a container. */
const scenarios = {
  'baseline (no element)': `${article}`,
  'window mode': `${article}<maqal-back-to-top></maqal-back-to-top>`,
  'window mode + progress': `${article}<maqal-back-to-top progress></maqal-back-to-top>`,
  'container baseline (no element)': `<div id="box" style="height:100vh;overflow:auto">${article}</div>`,
  'container mode + progress': `<div id="box" style="height:100vh;overflow:auto">${article}<maqal-back-to-top container="#box" progress></maqal-back-to-top></div>`,
};

const page = (body) => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/src/components/back-to-top/define.ts"></script>
<style>body{margin:0;font:17px/1.8 serif}main{padding:16px;max-width:40em}</style></head>
<body>${body}</body></html>`;

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'error',
  server: { port, strictPort: true, host: '127.0.0.1' },
  plugins: [
    {
      name: 'bench-pages',
      configureServer(vite) {
        vite.middlewares.use((req, res, next) => {
          const match = /^\/__bench\/(\d+)$/.exec(req.url ?? '');
          if (!match) return next();
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(page(Object.values(scenarios)[Number(match[1])]));
        });
      },
    },
  ],
});
await server.listen();

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: set CHROME_PATH.');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--window-size=1100,900'],
});

const rows = [];
try {
  for (const [index, name] of Object.keys(scenarios).entries()) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1100, height: 900 });
    await tab.goto(`http://127.0.0.1:${port}/__bench/${index}`, { waitUntil: 'networkidle0' });
    await tab.evaluate(async () => {
      await customElements.whenDefined('maqal-back-to-top');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);

    // Scroll for real, one step per frame, down then back up: the element appears and hides.
    const counted = await tab.evaluate(async (steps) => {
      const box = document.querySelector('#box');
      const scroller = box ?? window;
      let scrolls = 0;
      let longTasks = 0;
      scroller.addEventListener('scroll', () => scrolls++, { passive: true });
      const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
      observer.observe({ type: 'longtask' });
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const el = document.querySelector('maqal-back-to-top');
      let shown = 0;
      let wasVisible = false;
      for (let i = 0; i < steps; i++) {
        const dy = i < steps / 2 ? 60 : -60;
        scroller.scrollBy({ top: dy, behavior: 'instant' });
        await frame();
        if (el && el.visible !== wasVisible) {
          wasVisible = el.visible;
          shown++;
        }
      }
      await frame();
      await frame();
      observer.disconnect();
      return { scrolls, longTasks, toggles: shown };
    }, STEPS);

    // The same through the input pipeline: mouse-wheel ticks over the page.
    await tab.mouse.move(500, 400);
    for (let i = 0; i < 60; i++) {
      await tab.mouse.wheel({ deltaY: i < 30 ? 200 : -200 });
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    const after = await metrics(cdp);
    const delta = (key) => Math.round((after[key] - before[key]) * 1000) / 1000;
    rows.push({
      scenario: name,
      'scroll events': counted.scrolls,
      'visibility changes': counted.toggles,
      'LayoutCount Δ': delta('LayoutCount'),
      'RecalcStyleCount Δ': delta('RecalcStyleCount'),
      'Layout ms': Math.round(delta('LayoutDuration') * 1000 * 10) / 10,
      'RecalcStyle ms': Math.round(delta('RecalcStyleDuration') * 1000 * 10) / 10,
      'long tasks': counted.longTasks,
    });
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `maqal-back-to-top: ${STEPS} scripted scroll steps (one per frame) + 60 wheel ticks per scenario`,
);
console.table(rows);

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}
