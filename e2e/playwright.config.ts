import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './fixtures/chromiumLaunch.ts';

const inE2e = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * End-to-end suite: every test starts its own relay process (see fixtures/test.ts), so there is no webServer.
 * The browser is Debian's Chromium (or CHROMIUM_PATH); Playwright never downloads one.
 */
export default defineConfig({
  testDir: inE2e('./specs'),
  outputDir: inE2e('./test-results'),
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
