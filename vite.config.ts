import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';

const here = import.meta.dirname;

/** One ES entry per element: every `src/components/<name>/define.ts`. */
function elementEntries(): Record<string, string> {
  const folder = resolve(here, 'src/components');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => existsSync(resolve(folder, name, 'define.ts')))
      .map((name) => [name, resolve(folder, name, 'define.ts')]),
  );
}

/** Lit, marked and DOMPurify: what the npm build imports by name, for the app to share. */
const DEPENDENCIES = /^(lit|lit-html|lit-element|@lit\/reactive-element|marked|dompurify)(\/|$)/;

/**
 * Four builds share this file (scripts/build.mjs runs them in order):
 * - default: ES modules for bundlers (`dist/`): `index` (classes, no side effects), `define`
 *   (registers all) and one entry per element; shared code and the lazy Markdown engine go to
 *   content-hashed chunks. Lit, marked and DOMPurify stay imports by name, so an app that uses
 *   Lit too loads one copy, and a DOMPurify fix reaches it with `npm update`.
 * - `--mode cdn`: the same entries self-contained (`dist/cdn/`, dependencies bundled), for
 *   `<script type="module">` in a browser without a bundler or an import map.
 * - `--mode markdown`: the Markdown engine as one self-contained, content-hashed ES module for
 *   the classic script to `import()` on demand.
 * - `--mode classic`: `dist/maqal.js`, one classic script (`src/drop-in.ts`) that defines every
 *   element and sets the `maqal` global.
 * `vite` alone (no build) serves the repository for the demo at /demo/.
 */
export default defineConfig(({ mode }) => {
  const plugins = [minifyCssTemplates()];
  if (mode === 'markdown') {
    return {
      plugins,
      build: {
        emptyOutDir: false,
        manifest: 'markdown-manifest.json',
        rolldownOptions: {
          input: { markdown: resolve(here, 'src/lib/markdown.ts') },
          preserveEntrySignatures: 'strict',
          output: { format: 'es', minify: true, entryFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'classic') {
    return {
      plugins,
      resolve: {
        // The classic script cannot split code, so it loads the Markdown engine by URL.
        alias: [
          {
            find: /^.*\/markdown-loader\.js$/,
            replacement: resolve(here, 'src/lib/markdown-loader.classic.ts'),
          },
        ],
      },
      define: {
        __MAQAL_MARKDOWN_CHUNK__: JSON.stringify(process.env.MAQAL_MARKDOWN_CHUNK ?? ''),
      },
      build: {
        emptyOutDir: false,
        lib: {
          entry: resolve(here, 'src/drop-in.ts'),
          name: 'maqal',
          formats: ['iife'],
          fileName: () => 'maqal.js',
        },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  const cdn = mode === 'cdn';
  return {
    plugins,
    server: { host: '127.0.0.1', port: 5173 },
    build: {
      ...(cdn ? { outDir: 'dist/cdn', emptyOutDir: false } : {}),
      lib: {
        entry: {
          index: resolve(here, 'src/index.ts'),
          define: resolve(here, 'src/define.ts'),
          ...elementEntries(),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : (id: string) => DEPENDENCIES.test(id),
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Few, larger chunks: each file is gzipped on its own, so splitting what every page
          // loads anyway into small files costs bytes and requests.
          codeSplitting: { groups: [{ name: 'core', test: isCore }] },
        },
      },
    },
  };
});

/**
 * What a page with any data element loads: Lit (in the CDN build), the base element, strings,
 * tokens, and the data layer (loading, validation, dates). One chunk, so a cards-only page
 * fetches two files.
 */
function isCore(id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return (
    /\/node_modules\/(@lit\/reactive-element\/(css-tag|reactive-element)|lit-html\/(lit-html|is-server|directives\/if-defined)|lit-element\/lit-element|lit\/(index|directives\/if-defined))\.js$/.test(
      path,
    ) ||
    /\/src\/(lib\/(i18n\/(index|[a-z]+\/common)|maqal-element|maqal-data-element|styles\/tokens|define-element|data-controller|format|validate|safe-url|heading|field-dir)|adapters\/(detect|lazy))\.ts$/.test(
      path,
    )
  );
}
