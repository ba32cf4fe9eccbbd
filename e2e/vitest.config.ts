import { defineConfig } from 'vitest/config';

const jsonReport = process.env.TEST_REPORT_JSON;

// Browser tests: the built app served by the real server on embedded PostgreSQL, driven in
// Debian's Chromium. One server for the run; files run one at a time (2 cores, one browser each).
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
