import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
    // Browser suites start Chromium (and Roundcube); two cores: keep the pool small.
    maxWorkers: 2,
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
