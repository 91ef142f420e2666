import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The screenshot maker for the docs runs only when asked (`npm run screenshots`), not as a test.
    exclude: process.env.RK_SCREENSHOTS ? ['**/node_modules/**'] : ['**/node_modules/**', 'tests/**/screenshots.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
    // Browser suites start Chromium (and Roundcube); two cores: keep the pool small.
    maxWorkers: 2,
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
