import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample data and its images, at the same URLs as in the demo and the tests.
  staticDirs: [{ from: '../seeds', to: '/seeds' }],
  core: { disableTelemetry: true },
};

export default config;
