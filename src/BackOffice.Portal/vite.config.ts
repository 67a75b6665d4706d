/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API (GraphQL over HTTP and WebSocket, the REST door, the CSV export) to a running server:
// BACKOFFICE_API=http://127.0.0.1:5099 npm run dev
const api = process.env.BACKOFFICE_API ?? 'http://127.0.0.1:5099';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/export': { target: api, changeOrigin: true },
      '/api': { target: api, changeOrigin: true },
    },
  },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1000 },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
