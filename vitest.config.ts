import { defineConfig } from 'vitest/config';

// Tests import the packages' TypeScript sources through the "source" export condition,
// so `npm test` never depends on a stale dist/.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'editor/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
