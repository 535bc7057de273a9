import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: builds the example catalog (at the sub-path /catalog/) and a hostile fixture catalog into
// temporary folders, serves them, and drives them in Debian's Chromium through playwright-core.
// Needs /usr/bin/chromium (`apt-get install -y chromium`); .ci/run installs it when missing.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
