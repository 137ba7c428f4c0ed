// An embed in real Chromium: the page asks nothing of the other site until the reader clicks, its CSP lets in exactly
// that site's frames, and only on that page (the sample essay moving-house.md embeds an OpenStreetMap page).
import { expect, test } from '@playwright/test';

const ESSAY = '/essays/moving-house/';
const ORIGIN = 'https://www.openstreetmap.org';

const policyOf = (page: import('@playwright/test').Page) =>
  page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

test('an embed loads nothing from its site until the reader asks, then shows the frame in its place', async ({
  page,
}) => {
  const asked: string[] = [];
  await page.route(`${ORIGIN}/**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>map</title><p>A map</p>' });
  });
  await page.goto(ESSAY);
  const figure = page.locator('figure.embed');
  await expect(figure.getByRole('link', { name: 'www.openstreetmap.org' })).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText('A map of the old neighbourhood, on www.openstreetmap.org');
  expect(asked).toEqual([]);
  await figure.getByRole('button', { name: 'Load it here (connects to www.openstreetmap.org)' }).click();
  const frame = figure.locator('iframe[title="A map of the old neighbourhood"]');
  await expect(frame).toHaveAttribute('src', /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?/);
  await expect(page.frameLocator('figure.embed iframe').locator('p')).toHaveText('A map');
  expect(asked.length).toBe(1);
});

test("frame-src allows exactly the embed's origin, on its page and no other", async ({ page }) => {
  await page.goto(ESSAY);
  const policy = (await policyOf(page)) ?? '';
  expect(policy.match(/frame-src[^;]*/g)).toEqual([`frame-src ${ORIGIN}`]);
  await page.goto('/essays/the-plain-page/');
  expect(await policyOf(page)).not.toContain('frame-src');
});
