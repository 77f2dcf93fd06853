import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { mediaFeatures } from './test/server/media-features.mjs';
import { mockApi } from './test/server/mock-api.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run the tests with `npm test`, or set CHROME_PATH.');
}

export default {
  // test/dist needs the build: `npm run test:dist` runs it after `npm run build`.
  files: ['test/**/*.test.ts', '!test/dist/**'],
  // The production export condition keeps Lit's dev-mode warning out of the console.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    mediaFeatures(),
  ],
  middleware: [mockApi()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames and no real focus, and
  // scrolling, focus and frame-timing tests need both.
  concurrency: 1,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
  // A setup module first: DOM nodes compared with `equal` are reported, not serialised (that
  // stalled the browser on a failure).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/test/helpers/dom-equality.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // Generous: some hardening tests push megabytes through layout on a shared 2-core machine.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 1_200_000,
};
