// Screenshots of the offline pieces (not a test): run with the site previewed on port 4513.
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';

const BASE = 'http://localhost:4513';
const OUT = '/work/wt/shots-offline';
const ESSAY = '/essays/a-picture-read-aloud/';
const browser = await chromium.launch(chromiumLaunchOptions);

async function shotControl(page: Page, name: string): Promise<void> {
  const player = page.locator('#listen');
  await player.scrollIntoViewIfNeeded();
  await player.screenshot({ path: `${OUT}/${name}.png` });
}

for (const width of [375, 1440])
  for (const colorScheme of ['light', 'dark'] as const) {
    const tag = `${width}-${colorScheme}`;
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, baseURL: BASE });
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/*.mp3', async (route) => {
      if (route.request().headers().range) return route.continue();
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(ESSAY);
    await page.locator('[data-save-offline]').waitFor();
    await shotControl(page, `control-idle-${tag}`);
    await page.getByRole('button', { name: /Save for offline/ }).click();
    await page.locator('[data-save-offline][data-state="saving"]').waitFor();
    await page.waitForTimeout(1500);
    await shotControl(page, `control-saving-${tag}`);
    release();
    await page.getByText(/^Saved for offline \(/).waitFor({ timeout: 30_000 });
    await shotControl(page, `control-saved-${tag}`);
    await page.goto('/saved/');
    await page.getByRole('button', { name: /^Remove/ }).waitFor();
    await page.screenshot({ path: `${OUT}/saved-page-${tag}.png` });
    await context.setOffline(true);
    await page.goto('/essays/the-plain-page/');
    await page.getByRole('heading', { name: 'You are offline' }).waitFor();
    await page.screenshot({ path: `${OUT}/offline-message-${tag}.png` });
    await context.close();
  }
await browser.close();
