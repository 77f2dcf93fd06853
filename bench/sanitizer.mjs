// `npm run bench:sanitizer`: whether the browser's HTML Sanitizer could replace DOMPurify in
// the Markdown path (issue 7 invites the measurement). Runs bench/pages/sanitizer.js in headless
// Chromium against the built Markdown chunk; prints what it found, writes
// bench/results/sanitizer.json. For information: maqal keeps DOMPurify (see the README).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { gzipSize, markdownChunk, DIST } from '../scripts/sizes.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const chunk = markdownChunk();
if (!chunk) throw new Error('no Markdown chunk in dist/: run `npm run build` first');
const server = await serveStatic(repo);
const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
let result;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.origin}/bench/pages/sanitizer.html?chunk=${chunk.slice(DIST.length)}`);
  await page.waitForFunction(() => window.benchResult, { timeout: 60_000 });
  result = {
    chromium: await browser.version(),
    markdownChunkGzip: gzipSize(chunk),
    dompurifyGzip: gzipSize(
      fileURLToPath(new URL('../node_modules/dompurify/dist/purify.min.js', import.meta.url)),
    ),
    ...(await page.evaluate(() => window.benchResult)),
  };
} finally {
  await browser.close();
  await server.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nDOMPurify and the native HTML Sanitizer (${result.chromium})\n`);
console.log(`  native Sanitizer available     ${result.supported}`);
console.log(
  `  purify.min.js alone / Markdown chunk  ${kb(result.dompurifyGzip)} / ${kb(result.markdownChunkGzip)} gzip`,
);
if (result.supported) {
  console.log(`  inputs (hostile + 2 bodies)     ${result.inputs}`);
  console.log(
    `  native: scripts that ran         ${result.ran.length} ${JSON.stringify(result.ran)}`,
  );
  console.log(
    `  native: unsafe leftovers         ${result.leftovers.length} ${JSON.stringify(result.leftovers)}`,
  );
  console.log(`  outputs that differ             ${result.differences.length}`);
  for (const [name, t] of Object.entries(result.timing))
    console.log(
      `  ${`${name} body: native / DOMPurify`.padEnd(31)} ${t.ratio.toFixed(2)}× (${t.nativeMs.toFixed(2)} vs ${t.dompurifyMs.toFixed(2)} ms)`,
    );
  for (const d of result.differences)
    console.log(`\n  input:     ${d.input}\n  DOMPurify: ${d.dompurify}\n  native:    ${d.native}`);
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/sanitizer.json', import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log('\nwrote bench/results/sanitizer.json');
