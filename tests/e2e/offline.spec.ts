// Offline listening in real Chromium with its real service worker and real audio: an essay saved from its player
// opens, reads and plays with the network off, read-along moving; an unsaved page shows the offline message; a removed
// essay is gone; a copy of an older narration is removed and flagged, never played against the new cues; and the site
// can be installed (Chromium's own installability check, over CDP).
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';

const SAVED = '/essays/a-picture-read-aloud/';
const UNSAVED = '/essays/the-plain-page/';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const control = (page: Page) => page.locator('[data-save-offline]');
const currentTime = (page: Page): Promise<number> =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
const litSentence = (page: Page): Promise<string> =>
  page.evaluate(() =>
    [...(CSS.highlights.get('lectern-reading') ?? [])]
      .map((range) => range.toString())
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );
const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

async function expectNoViolations(page: Page, selector: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include(selector).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Saves the essay open in `page` and waits until the worker controls the page, as it will every page after. */
async function save(page: Page): Promise<void> {
  await page.goto(SAVED);
  await expect(control(page).getByRole('button', { name: /Save for offline/ })).toBeVisible();
  await control(page)
    .getByRole('button', { name: /Save for offline/ })
    .click();
  await expect(control(page).locator('[data-status]')).toHaveText(/^Saved for offline \(\d\.\d MB\)$/, {
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function offline(context: BrowserContext, page: Page, url: string): Promise<void> {
  await context.setOffline(true);
  await page.goto(url);
}

test('a saved essay opens, reads and plays offline with read-along; an unsaved one shows the offline message; removed, it is gone', async ({
  context,
  page,
}) => {
  await page.goto(SAVED);
  await expect(control(page)).toBeVisible();
  // Before saving, the control says what it will take: the MP3's size, from the build.
  await expect(control(page).getByRole('button', { name: /Save for offline · 1\.5 MB/ })).toBeVisible();
  await expectNoViolations(page, '[data-save-offline]');

  await save(page);
  await expectNoViolations(page, '[data-save-offline]');
  await offline(context, page, SAVED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Picture, Read Aloud');
  await expect(control(page).locator('[data-status]')).toHaveText(/^Saved for offline/);
  // Its pictures came from the saved copy: the first is drawn.
  await expect
    .poll(() =>
      page
        .locator('[data-essay-body] img')
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await page.locator('#listen [data-action="toggle"]').click();
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(1);
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        const lit = await litSentence(page);
        if (lit) seen.add(lit);
        return seen.size;
      },
      { timeout: 30_000, intervals: [200] },
    )
    .toBeGreaterThanOrEqual(2);
  // Seeking reads the saved MP3 by ranges, as the host would serve them.
  await page.locator('#listen [data-seek]').fill('30');
  await expect.poll(() => currentTime(page), { timeout: 10_000 }).toBeGreaterThan(30);
  await page.locator('#listen [data-action="toggle"]').click();

  await page.goto(UNSAVED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: 'saved essays' })).toHaveAttribute('href', '/saved/');

  await page.goto('/saved/');
  const row = page.getByRole('listitem').filter({ hasText: 'A Picture, Read Aloud' });
  await expect(row).toContainText(/\d\.\d MB/);
  await expect(page.getByText(/^1 essay, \d\.\d MB in all$/)).toBeVisible();
  await expectNoViolations(page, '[data-saved-page]');
  await row.getByRole('button', { name: 'Remove A Picture, Read Aloud' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByText('Nothing is saved yet.')).toBeVisible();

  await page.goto(SAVED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expectNoViolations(page, 'main');
});

test('a copy saved before the essay was re-narrated is removed and flagged online, never played against the new cues', async ({
  context,
  page,
}) => {
  await save(page);
  /** Makes the saved copy one of an earlier narration: its cache renamed to another version, its cues changed. */
  const ageTheCopy = () =>
    page.evaluate(async () => {
      const [name] = (await caches.keys()).filter((n) => n.startsWith('lectern-essay a-picture-read-aloud '));
      if (!name) throw new Error('nothing saved');
      const [from, to] = [await caches.open(name), await caches.open(`${name.replace(/ \S+$/, '')} earlier0narration`)];
      for (const request of await from.keys()) {
        const stored = (await from.match(request)) as Response;
        await to.put(request, request.url.endsWith('.vtt') ? new Response('WEBVTT\n\nold cues\n') : stored);
      }
      await caches.delete(name);
    });

  await ageTheCopy();
  await page.reload();
  await expect(control(page).locator('[data-status]')).toHaveText(
    'The narration changed since you saved this essay, so the old copy was removed.',
  );
  await expect(control(page).getByRole('button', { name: /Save again/ })).toBeVisible();
  expect((await cacheNames(page)).filter((name) => name.startsWith('lectern-essay '))).toEqual([]);
  await offline(context, page, SAVED);
  await expect(page.getByRole('heading', { level: 1 }), 'no old copy is left to play').toHaveText('You are offline');

  // The Saved page, online, checks each copy against the essay as published, and flags one that is out of date.
  await context.setOffline(false);
  await save(page);
  await ageTheCopy();
  await page.goto('/saved/');
  const row = page.getByRole('listitem').filter({ hasText: 'A Picture, Read Aloud' });
  await expect(row).toContainText('Re-narrated since you saved it: the old copy was removed.');
  expect((await cacheNames(page)).filter((name) => name.startsWith('lectern-essay '))).toEqual([]);
  await expectNoViolations(page, '[data-saved-page]');
  await row.getByRole('button', { name: 'Save again A Picture, Read Aloud' }).click();
  await expect(row.getByRole('button', { name: 'Remove A Picture, Read Aloud' })).toBeVisible({ timeout: 30_000 });
  expect((await cacheNames(page)).filter((name) => name.startsWith('lectern-essay '))).toHaveLength(1);
});

test('a worker that cannot be registered leaves the page working: the save says why, and nothing is thrown', async ({
  page,
}) => {
  const thrown: string[] = [];
  page.on('pageerror', (error) => thrown.push(error.message));
  // As a browser refuses a worker (a policy, a private window, a script that fails to load).
  await page.addInitScript(() => {
    navigator.serviceWorker.register = () => Promise.reject(new DOMException('refused', 'SecurityError'));
  });
  await page.goto(SAVED);
  await control(page)
    .getByRole('button', { name: /Save for offline/ })
    .click();
  await expect(control(page).locator('[data-status]')).toHaveText(
    'Could not save for offline: the offline worker could not be registered.',
  );
  await expect(control(page).getByRole('button', { name: /Try again/ })).toBeVisible();
  await page.locator('#listen [data-action="toggle"]').click();
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(0.5);
  expect(thrown).toEqual([]);
});

test('the site can be installed: Chromium finds no installability error', async ({ baseURL }) => {
  // An incognito context is never installable, so this one has a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'lectern-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(SAVED);
    await expect(control(page)).toBeVisible();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
