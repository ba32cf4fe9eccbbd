import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    isolate: false,
    deps: {
      optimizer: {
        client: {
          enabled: true,
          include: [
            'react-aria-components',
            'react-router',
            'react-dom',
            'react',
            '@tanstack/react-query',
            'i18next',
            'react-i18next',
          ],
        },
      },
    },
  },
});
