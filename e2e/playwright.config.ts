import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        // Only the local relay is reachable: any other host fails fast instead of leaking to the network.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
