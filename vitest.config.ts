import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages' TypeScript sources (never dist/), so `npm test` never depends on a
// stale build. The published packages have no `source` export condition: these aliases are the
// only place that maps a package name to its sources.
const packageSources = [
  { find: /^@fieldcode\/language$/, replacement: source('./packages/language/src/index.ts') },
  { find: /^@fieldcode\/content$/, replacement: source('./packages/content/src/index.ts') },
  { find: /^@fieldcode\/language-server$/, replacement: source('./packages/language-server/src/index.ts') },
  { find: /^@fieldcode\/cli$/, replacement: source('./packages/cli/src/index.ts') },
  { find: /^@fieldcode\/cli\/lsp$/, replacement: source('./packages/cli/src/lsp.ts') },
  { find: /^@fieldcode\/cli\/http-guard$/, replacement: source('./packages/cli/src/http/guard.ts') },
  { find: /^@fieldcode\/editor$/, replacement: source('./editor/src/index.ts') },
];

export default defineConfig({
  resolve: { alias: packageSources },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'editor/src/**/*.test.ts', 'editors/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check.ts', 'test/setup/rule-tester.ts'],
  },
});
