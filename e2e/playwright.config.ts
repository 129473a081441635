import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './fixtures/chromiumLaunch.ts';

const inE2e = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * End-to-end suite: every test starts its own relay process on a free port with its own data folder (see
 * fixtures/test.ts), so there is no webServer and spec files share no state: two workers run two files at once
 * (tests of one file stay in order). Much of a journey waits on the network, a reconnect backoff or a timer
 * (e.g. offline.spec's minute), which the other worker fills. `E2E_WORKERS=1` runs one file at a time.
 * No retries: a test that fails once has failed.
 * The browser is Debian's Chromium (or CHROMIUM_PATH); Playwright never downloads one.
 */
export default defineConfig({
  testDir: inE2e('./specs'),
  outputDir: inE2e('./test-results'),
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Ceilings, not sleeps: every wait ends on its event. Two workers beside other jobs on two cores (load 15-30)
  // took over 10 s to paint a route and over 90 s for first-session's five browsers; create.spec already used 20 s.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
