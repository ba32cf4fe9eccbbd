import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the usual output, to print one closing total for all runs.
const jsonReport = process.env.TEST_REPORT_JSON;

// One `pnpm test` runs every workspace project; each project has its own config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
