import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const nodeProject = (name: string, root: string) => ({
  test: { name, root, environment: 'node' as const, include: ['src/**/*.test.ts'], testTimeout: 20_000 },
});

export default defineConfig({
  root: 'apps/web',
  plugins: [
    react(),
    // The app shell is cached so that a reload with no network still opens the session from IndexedDB.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Peerloom',
        short_name: 'Peerloom',
        description: 'Peer-learning sessions where participants create the content.',
        start_url: '/',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#f4f6fa',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        // The NLP model (megabytes) is for the facilitator only: cached when their device first loads it.
        globIgnores: ['**/matchingWorker-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/matchingWorker-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'peerloom-matching-model' },
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/metrics/, /^\/healthz/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/sync': { target: 'ws://localhost:8080', ws: true } },
  },
  test: {
    projects: [
      nodeProject('session-model', 'packages/session-model'),
      nodeProject('matching', 'packages/matching'),
      nodeProject('test-kit', 'packages/test-kit'),
      nodeProject('sync-client', 'packages/sync-client'),
      nodeProject('sync-server', 'sync-server'),
      {
        plugins: [react()],
        test: { name: 'web', root: 'apps/web', environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
