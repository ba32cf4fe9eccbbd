import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'scheduling', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
