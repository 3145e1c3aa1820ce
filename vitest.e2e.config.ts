import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:e2e`: the checks too slow for `npm test`, or that need what .ci/run installs
// (Debian's pre-commit), on the same settings as `npm test`.
export default defineConfig({ ...base, test: { ...base.test, include: ['test/e2e/**/*.test.ts'], exclude: ['**/node_modules/**'] } });
