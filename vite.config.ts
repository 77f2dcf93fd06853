import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * Two builds share this file:
 * - `vite build`: the ES modules for bundlers and `<script type="module">`, one entry per element
 *   plus `define` (registers all) and `index` (classes only, no side effects).
 * - `vite build --mode classic`: `dist/maqal.js`, one classic script that defines every element.
 * `vite` alone serves the repository for the demo (`/demo/`).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'classic') {
    return {
      build: {
        emptyOutDir: false,
        lib: {
          entry: resolve(here, 'src/define.ts'),
          name: 'maqal',
          formats: ['iife'],
          fileName: () => 'maqal.js',
        },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  return {
    server: { host: '127.0.0.1', port: 5173 },
    build: {
      lib: {
        entry: {
          index: resolve(here, 'src/index.ts'),
          define: resolve(here, 'src/define.ts'),
          'article-card': resolve(here, 'src/components/article-card/define.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        // lit, marked and dompurify stay imports: a bundler dedupes them with the host app's.
        external: [/^lit/, /^@lit\//, 'marked', 'dompurify'],
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
