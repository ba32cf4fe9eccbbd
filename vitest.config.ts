import { defineConfig } from 'vitest/config';

// One `pnpm test` runs every workspace project; each project has its own config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
