import { defineConfig } from 'vitest/config';

// `npm test`: the fast suite. Browser and full-build tests live in tests/e2e and run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/package/consumer.test.ts', 'tests/package/bin.test.ts', 'node_modules/**'],
  },
});
