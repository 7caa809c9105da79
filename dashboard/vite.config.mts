// The dashboard's build: plain TypeScript + DOM, bundled into dist/dashboard and served by the hub under /dashboard.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/dashboard/',
  // No public folder, no CDN: everything the page loads is in the bundle.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // ECharts alone is ~600 kB minified even tree-shaken; one chunk is one request.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
});
