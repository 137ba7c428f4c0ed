// Browser tests run in real Chromium against the built site, served as `npm start` serves it.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

const PORT = Number(process.env.LECTERN_TEST_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // On a shared CI machine a test can lose a race with the load (in three CI runs here, one each: a favicon request
  // cancelled mid-navigation, and an autoplay stand-in seen playing). One retry there; a real failure fails twice,
  // and the list reporter names every test that needed the retry as flaky.
  retries: process.env.CI ? 1 : 0,
  // A ceiling for a hung test, not a speed check: axe over a 20-minute essay took 43 s with the machine's load at 22.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
