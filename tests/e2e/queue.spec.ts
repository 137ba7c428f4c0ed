// The listening queue in real Chromium with real audio: queued from the home page, reordered and pruned on the queue
// page, played on from one essay to the next after a countdown that can be cancelled, and, with an empty queue, the
// next essay in the category offered rather than started. One journey, so each page load carries several checks.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { essayUrl, queueUrl } from '../../src/lib/site/urls.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Three essays on the home page's first page, two of them in one category.
const FIRST = { slug: 'attention-has-a-tempo', title: 'Attention Has a Tempo' };
const SECOND = { slug: 'what-the-ear-forgives', title: 'What the Ear Forgives' };
const THIRD = { slug: 'code-you-cannot-hear', title: 'Code You Cannot Hear' };
// Craft's essay after THIRD, by date: the one offered when THIRD ends with nothing queued.
const THIRD_NEXT_IN_CATEGORY = 'The Footnote and the Margin';

const listItem = (page: Page, title: string) => page.locator('.essay-list > li').filter({ hasText: title });
const queueToggle = (page: Page, title: string) => listItem(page, title).locator('[data-queue-toggle]');
const queuedTitles = (page: Page) => page.locator('[data-queue-items] > li > a');
const upNext = (page: Page) => page.locator('[data-up-next]');
const audioState = (page: Page) =>
  page
    .locator('lectern-player audio')
    .evaluate((audio: HTMLAudioElement) => ({ paused: audio.paused, time: audio.currentTime }));

async function axeViolations(page: Page, include: string): Promise<string[]> {
  const builder = include.split(', ').reduce((axe, selector) => axe.include(selector), new AxeBuilder({ page }));
  const { violations } = await builder.withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function axeInBothSchemes(page: Page, include: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, include), `${include} in ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Moves the narration playing on this page to a moment before its end. */
async function seekNearTheEnd(page: Page): Promise<void> {
  const duration = Number(await page.locator('lectern-player').getAttribute('data-duration'));
  await page.locator('#listen [data-seek]').fill(String(duration - 1.5));
}

/** Plays the essay on this page from a moment before its end. */
async function playToTheEnd(page: Page): Promise<void> {
  await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
  await page.locator('#listen [data-action="toggle"]').click();
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(0);
  await seekNearTheEnd(page);
}

/** The narration on this page started by itself, as the queue moved here, and is playing. */
async function expectStartedByItself(page: Page): Promise<void> {
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(0.5);
  expect((await audioState(page)).paused).toBe(false);
}

test('queues essays from a list, plays on through the queue, and offers the next in the category', async ({ page }) => {
  await page.goto('/');
  for (const essay of [FIRST, THIRD, SECOND]) {
    await expect(queueToggle(page, essay.title)).toHaveAccessibleName(`Listen later: ${essay.title}`);
    await queueToggle(page, essay.title).click();
    await expect(queueToggle(page, essay.title)).toHaveAccessibleName(`Remove from queue: ${essay.title}`);
  }
  await axeInBothSchemes(page, '.essay-list');

  // Reordered and pruned from the keyboard; the focus stays on the essay moved.
  await page.goto(queueUrl());
  await expect(queuedTitles(page)).toHaveText([FIRST.title, THIRD.title, SECOND.title]);
  await page.getByRole('button', { name: `Move up: ${SECOND.title}` }).focus();
  await page.keyboard.press('Enter');
  await expect(queuedTitles(page)).toHaveText([FIRST.title, SECOND.title, THIRD.title]);
  await expect(page.getByRole('button', { name: `Move up: ${SECOND.title}` })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(`Moved ${SECOND.title} to 2 of 3.`);
  await axeInBothSchemes(page, 'main');
  await page.reload();
  await expect(queuedTitles(page)).toHaveText([FIRST.title, SECOND.title, THIRD.title]);
  await page.getByRole('button', { name: `Remove: ${THIRD.title}` }).click();
  await page.reload();
  await expect(queuedTitles(page)).toHaveText([FIRST.title, SECOND.title]);
  // Removed there, it is offered again in the list; queued again, it waits behind the other two.
  await page.goto('/');
  await expect(queueToggle(page, THIRD.title)).toHaveAccessibleName(`Listen later: ${THIRD.title}`);
  await queueToggle(page, THIRD.title).click();

  // The first ends: a countdown names the second, which then starts on its own page.
  await page.goto(essayUrl(FIRST.slug));
  await expect(page.locator('.essay-header [data-queue-toggle]')).toHaveAccessibleName(
    `Remove from queue: ${FIRST.title}`,
  );
  await playToTheEnd(page);
  await expect(upNext(page)).toBeVisible({ timeout: 10_000 });
  await expect(upNext(page)).toContainText(new RegExp(`Up next in [1-5] s: ${SECOND.title}`));
  await expect(page.getByRole('button', { name: 'Cancel: stay on this essay' })).toBeVisible();
  await axeInBothSchemes(page, '.essay-header, lectern-player');
  await page.waitForURL(`**${essayUrl(SECOND.slug)}`, { timeout: 10_000 });
  await expectStartedByItself(page);

  // The mini player shows what comes next.
  await page.mouse.wheel(0, 3000);
  await expect(page.locator('#listen-mini')).toBeVisible();
  await expect(page.locator('[data-mini-next]')).toHaveText(`Up next: ${THIRD.title}`);

  // Cancelled, the countdown stops, and the next essay is only offered.
  await seekNearTheEnd(page);
  await page.getByRole('button', { name: 'Cancel: stay on this essay' }).click({ timeout: 10_000 });
  await expect(upNext(page).locator('[data-up-next-line]')).toHaveText(`Up next: ${THIRD.title}`);
  await expect(page.getByRole('button', { name: 'Cancel: stay on this essay' })).toBeHidden();
  await page.waitForTimeout(6_000);
  expect(new URL(page.url()).pathname).toBe(essayUrl(SECOND.slug));

  // Following the offer starts that essay; when it ends with the queue empty, the category's next is only offered.
  await upNext(page).getByRole('link', { name: THIRD.title }).click();
  await page.waitForURL(`**${essayUrl(THIRD.slug)}`);
  await expect.poll(async () => (await audioState(page)).paused, { timeout: 15_000 }).toBe(false);
  await page
    .locator('#listen [data-seek]')
    .fill(String(Number(await page.locator('lectern-player').getAttribute('data-duration')) - 1.5));
  await expect(upNext(page)).toContainText(`Next in Craft: ${THIRD_NEXT_IN_CATEGORY}`, { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Cancel: stay on this essay' })).toBeHidden();
  await page.waitForTimeout(6_000);
  expect(new URL(page.url()).pathname).toBe(essayUrl(THIRD.slug));
  expect((await audioState(page)).paused).toBe(true);
});
