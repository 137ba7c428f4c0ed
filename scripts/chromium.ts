// The one way Lectern launches Chromium (Playwright, Lighthouse, the benchmarks): these machines cannot download a browser.
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium when it is installed; otherwise undefined, and each launcher finds its own browser. */
export const chromiumPath: string | undefined = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

// Autoplay without a gesture lets tests and benchmarks play narration they did not click for.
export const chromiumFlags: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** Launch options in Playwright's shape, for `playwright.config.ts` and `chromium.launch()`. */
export const chromiumLaunchOptions = {
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: [...chromiumFlags],
};
