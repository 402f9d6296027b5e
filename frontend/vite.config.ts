import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The dev server proxies the API to a running backend: localhost:8080 unless VITE_PROXY_TARGET says otherwise.
const proxyTarget = process.env.VITE_PROXY_TARGET || 'http://localhost:8080';

// The built app goes straight into the jar's static resources (served by the backend at /).
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': proxyTarget,
      '/actuator': proxyTarget,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Ant Design forms in jsdom take seconds per test on a loaded 2-core machine; one limit for every file.
    testTimeout: 60_000,
  },
});
