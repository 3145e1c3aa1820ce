import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A timeout guards against a hang, never against a busy machine: many tests run the CLI as a
    // whole process several times, which on a loaded 2-core machine can take well over vitest's 5 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
