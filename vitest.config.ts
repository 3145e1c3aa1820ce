import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The slow end-to-end checks (the real pre-commit round trip, 1.5 MB adversarial letters, time
    // ratios) run in `npm run test:e2e` with vitest.e2e.config.ts.
    exclude: ['test/e2e/**', '**/node_modules/**'],
    // A timeout guards against a hang, never against a busy machine: many tests run the CLI as a
    // whole process several times, which on a loaded 2-core machine can take well over vitest's 5 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two test files at a time: most of a file's time is spent waiting on the CLI processes it runs,
    // so two overlap well even on two cores (npm test: 178 s one at a time, 111 s two at a time).
    maxWorkers: 2,
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
