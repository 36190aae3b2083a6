import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Paths the API process answers; the dev server forwards them to it (same origin, as in production). */
const API_PATHS = ['/api', '/voice', '/health', '/metrics'];

// Paths are relative to the repository root, where the npm scripts run (build:web, dev:web).
export default defineConfig({
  root: 'apps/web',
  plugins: [react()],
  build: {
    // The API serves this folder at `/` (apps/api/src/web-app.ts).
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    // Rolldown warns from 500 kB minified; the entry is ~590 kB minified, ~160 kB gzipped. The budget that
    // matters is gzipped initial JS (250 KB), held by test/e2e/production-build and `npm run bench -- web`.
    chunkSizeWarningLimit: 700,
    // Timings of a build on a shared 2-core machine say nothing about the code: keep the log quiet.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, 'http://localhost:3000'])),
  },
});
