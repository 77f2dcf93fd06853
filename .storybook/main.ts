import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * package.json's `sideEffects` names only the built files in dist/, so a bundler may drop an
 * `import './define.js'` from src/ as unused; Storybook imports the sources, and their
 * `define.ts` modules exist only for their side effect (registering the elements).
 */
const sourcesHaveSideEffects: Plugin = {
  name: 'maqal-sources-have-side-effects',
  transform(code, id) {
    if (/\/src\/.*\.ts$/.test(id) && !id.includes('/node_modules/')) {
      return { code, map: null, moduleSideEffects: true };
    }
    return undefined;
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample data and its images, at the same URLs as in the demo and the tests.
  staticDirs: [{ from: '../seeds', to: '/seeds' }],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), sourcesHaveSideEffects],
  }),
};

export default config;
