// `npm run size:breakdown`: what each module costs the cards-only ES path, in gzip bytes.
// Builds the ES output unminified into a temporary folder, then for each module of each chunk
// a page with only <maqal-article-card> loads: drops the module, minifies, gzips, and reports
// how much smaller the chunk got. Approximate (gzip is not additive), but it ranks the parts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { build } from 'vite';
import { staticClosure } from './sizes.mjs';

const outDir = mkdtempSync(join(tmpdir(), 'maqal-size-'));
try {
  await build({
    // The self-contained build, as the budget measures it (the npm build leaves Lit out).
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: { output: { minify: false } } },
  });
  const gzipMinified = (code) =>
    gzipSync(transformSync(code, { minify: true, treeShaking: false, loader: 'js' }).code, {
      level: 9,
    }).length;
  for (const file of staticClosure(join(outDir, 'article-card.js'))) {
    // Unminified chunks mark each module with a `// path` comment line; imports and exports
    // are left out so that dropping a module still parses.
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^(import|export) /.test(line));
    const starts = lines.flatMap((line, i) =>
      /^\/\/ (node_modules|src|\\0)/.test(line) ? [[i, line.slice(3)]] : [],
    );
    const whole = gzipMinified(lines.join('\n'));
    console.log(`\n${file.slice(outDir.length + 1)}: ${whole} bytes gzip`);
    starts.forEach(([start, name], k) => {
      const end = starts[k + 1]?.[0] ?? lines.length;
      const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
      console.log(`  ${String(whole - gzipMinified(without)).padStart(6)}  ${name}`);
    });
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
