// `npm run build`: the manifest, the ES build, the lazy Markdown chunk, the classic drop-in
// script, the type declarations; then it fails if a size budget is exceeded.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUDGETS, DIST, measure } from './sizes.mjs';

const run = (command, env = {}) =>
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync(DIST, { recursive: true, force: true });
run('npm run --silent analyze');
run('npx vite build --logLevel warn');
run('npx vite build --mode cdn --logLevel warn');
run('npx vite build --mode markdown --logLevel warn');
const manifest = JSON.parse(readFileSync(join(DIST, 'markdown-manifest.json'), 'utf8'));
const chunk = Object.values(manifest).find((entry) => entry.isEntry).file;
run('npx vite build --mode classic --logLevel warn', { MAQAL_MARKDOWN_CHUNK: chunk });
run('npx tsc -p tsconfig.build.json');

// The demo page, built: the same page as demo/index.html, on the classic script.
mkdirSync(join(DIST, 'demo'), { recursive: true });
copyFileSync('src/maqal.css', join(DIST, 'maqal.css'));
const demo = readFileSync('demo/index.html', 'utf8')
  .replace(
    '<script type="module" src="../src/define.ts"></script>',
    '<link rel="stylesheet" href="../maqal.css" />\n    <script src="../maqal.js" defer></script>',
  )
  .replaceAll('"../seeds/', '"../../seeds/')
  .replaceAll('"./demo.', '"../../demo/demo.')
  .replace(/\s*<a href="\.\.\/dist\/demo\/">[^<]*<\/a>/, '')
  .replaceAll('href="./', 'href="../../demo/');
writeFileSync(join(DIST, 'demo', 'index.html'), demo);

// The npm build imports only its declared dependencies by name (a bundler must find each one);
// the CDN build imports nothing by name (a browser without an import map could not).
const dependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
const bareImports = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const code = readFileSync(join(folder, file), 'utf8');
      return [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"'./][^"']*)["']/g)].map(
        (match) => `${file}: ${match[1]}`,
      );
    });
const undeclared = bareImports(DIST)
  .filter((found) => !/^(cdn|demo|types)\//.test(found))
  .filter((found) => !dependencies.some((name) => new RegExp(`: ${name}(/|$)`).test(found)));
const inCdn = bareImports(join(DIST, 'cdn'));
if (undeclared.length > 0 || inCdn.length > 0) {
  console.error('build: imports by name that a user could not resolve:', [...undeclared, ...inCdn]);
  process.exit(1);
}

// Server rendering and Node test runners import the npm build too: it must load in Node (Lit's
// Node build brings the DOM shims it needs), registering the elements without throwing.
await import(pathToFileURL(join(DIST, 'define.js')).href);

const sizes = measure();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  ['dist/maqal.js (classic, all elements)', sizes.classic, BUDGETS.classic],
  ['cards-only ES path', sizes.cardsOnlyEs, BUDGETS.cardsOnlyEs],
  ['lazy Markdown chunk', sizes.markdownChunk, undefined],
];
console.log('\nsize (gzip -9)');
let over = false;
for (const [name, size, budget] of rows) {
  const verdict =
    budget === undefined
      ? ''
      : size <= budget
        ? `ok (budget ${kb(budget)})`
        : `OVER BUDGET (${kb(budget)})`;
  if (budget !== undefined && size > budget) over = true;
  console.log(`  ${name.padEnd(40)} ${kb(size).padStart(9)}  ${verdict}`);
}
if (over) {
  console.error('\nbuild: a size budget is exceeded.');
  process.exit(1);
}
