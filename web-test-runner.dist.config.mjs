// Tests of the built files (dist/), run after `npm run build`: `npm run test:dist`.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/dist/**/*.test.ts'],
  coverage: false,
};
