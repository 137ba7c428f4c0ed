// Finding the next thing to read or hear, in real Chromium: the essay's foot (tags, previous and next) and the home
// page's "Continue listening" card after a partial play.
import { expect, test, type Page } from '@playwright/test';

const ESSAY = '/essays/attention-has-a-tempo/';
const ESSAY_TITLE = 'Attention Has a Tempo';

/** Every layout shift on the page since it started loading, as PerformanceObserver reports them. */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().map((entry) => (entry as unknown as { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
        // The observer reports buffered entries at once when there are any; none by the next frames means none at all.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );

test("an essay's foot links its tags and its neighbours, each by name", async ({ page }) => {
  await page.goto(ESSAY);
  const tags = page.getByRole('navigation', { name: 'Tags' });
  await expect(tags.getByRole('link')).toHaveText(['attention', 'listening']);
  const neighbours = page.getByRole('navigation', { name: 'Next and previous essays' });
  await expect(neighbours.getByRole('link')).toHaveCount(2);
  await tags.getByRole('link', { name: 'listening' }).click();
  await expect(page.locator('h1')).toHaveText('Tagged “listening”');
  await expect(page.locator('.essay-list h2 a', { hasText: ESSAY_TITLE })).toBeVisible();
});

test('"Continue listening" appears after a partial play and a reload, and goes away for good when dismissed', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('complementary', { name: 'Continue listening:' })).toBeHidden();

  await page.goto(ESSAY);
  await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
  await page.locator('#listen [data-action="toggle"]').click();
  await expect
    .poll(() => page.locator('lectern-player audio').evaluate((a: HTMLAudioElement) => a.currentTime), {
      timeout: 15_000,
    })
    .toBeGreaterThan(7);
  await page.locator('#listen [data-action="toggle"]').click();

  await page.goto('/');
  await page.reload();
  const card = page.getByRole('complementary', { name: 'Continue listening:' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(new RegExp(`Continue listening: ${ESSAY_TITLE} — 0:\\d\\d of \\d+:\\d\\d`));
  expect(await layoutShifts(page)).toEqual([]);

  await card.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(card).toBeHidden();
  await page.reload();
  await expect(page.locator('[data-continue-listening]')).toBeHidden();

  // Listening on makes a new position, worth offering again.
  await page.goto(ESSAY);
  await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
  await page.locator('#listen [data-action="toggle"]').click();
  const resumed = await page.locator('lectern-player audio').evaluate((a: HTMLAudioElement) => a.currentTime);
  await expect
    .poll(() => page.locator('lectern-player audio').evaluate((a: HTMLAudioElement) => a.currentTime), {
      timeout: 15_000,
    })
    .toBeGreaterThan(resumed + 1);
  await page.locator('#listen [data-action="toggle"]').click();
  await page.goto('/');
  await expect(page.getByRole('complementary', { name: 'Continue listening:' })).toBeVisible();

  await page.getByRole('complementary').getByRole('link', { name: ESSAY_TITLE }).click();
  await expect(page.locator('h1')).toHaveText(ESSAY_TITLE);
});

test('"Continue listening" never shows for a position too early to be worth resuming, nor from unreadable saved state', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem(
      'lectern:last-heard',
      JSON.stringify({ slug: 'attention-has-a-tempo', title: 'Attention Has a Tempo', duration: 100 }),
    );
    localStorage.setItem('lectern:position:attention-has-a-tempo', '2.0');
  });
  await page.reload();
  await expect(page.locator('[data-continue-listening]')).toBeHidden();
  await page.evaluate(() => localStorage.setItem('lectern:last-heard', '{not json'));
  await page.reload();
  await expect(page.locator('[data-continue-listening]')).toBeHidden();
});
