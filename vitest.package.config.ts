import { defineConfig } from 'vitest/config';

// `npm run test:package`: packs fieldguide, installs the tarball into a fresh git repository outside this tree with
// the machine's own Node first on PATH, and adopts it there (init, new, check, build, preview). Needs the npm
// registry for the tarball's dependencies, so it runs in .ci/run rather than in `npm test`.
export default defineConfig({
  test: {
    include: ['tests/package/consumer.test.ts', 'tests/package/bin.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
