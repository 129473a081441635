import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const nodeProject = (name: string, root: string) => ({
  test: { name, root, environment: 'node' as const, include: ['src/**/*.test.ts'], testTimeout: 20_000 },
});

export default defineConfig({
  root: 'apps/web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/sync': { target: 'ws://localhost:8080', ws: true } },
  },
  test: {
    projects: [
      nodeProject('session-model', 'packages/session-model'),
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
