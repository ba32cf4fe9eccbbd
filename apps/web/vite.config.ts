import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where `vite` (dev) sends API calls; override to point at an API on another port.
const api = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The production CSP allows no inline script or style, so never inline assets as data: scripts.
    assetsInlineLimit: 0,
  },
});
