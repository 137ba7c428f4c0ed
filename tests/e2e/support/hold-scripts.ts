// Holds the site's scripts back, so a page is first drawn as a browser without JavaScript draws it.
import type { Page } from '@playwright/test';

/** Routes every bundled script through a gate; call the returned function to let them load. */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
