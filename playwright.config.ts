// Browser tests run in real Chromium against the built site, served as `npm start` serves it.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's chromium: `npx playwright install` cannot download a browser on these machines.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PORT = Number(process.env.LECTERN_TEST_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
    },
  },
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
