// The player's chapters, sleep timer and "Copy link at this time" (issue 21), in real Chromium with real audio.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import webvtt from 'webvtt-parser';
import { cueParts } from '../../src/lib/essay-body/cue-ids.ts';

// Generated narration with four h2 headings, so it has cues and chapters; every time below comes from its served cues.
const ESSAY = '/essays/the-plain-page/';

const main = (page: Page) => page.locator('#listen');
const status = (page: Page) => main(page).getByRole('status');
const chapterLinks = (page: Page) => main(page).locator('.player-chapter-list a');
const currentChapter = (page: Page) => main(page).locator('.player-chapter-list a[aria-current="true"]');
const audio = (page: Page) => page.locator('lectern-player audio');
const isPaused = (page: Page) => audio(page).evaluate((element: HTMLAudioElement) => element.paused);
const volume = (page: Page) => audio(page).evaluate((element: HTMLAudioElement) => element.volume);

/**
 * Listens for the audio's next `type` event (playing, seeked); the returned function gives where the narration was
 * then: where a jump landed, before it played on.
 */
async function landing(page: Page, type: 'playing' | 'seeked'): Promise<() => Promise<number>> {
  // Wrapped, or evaluateHandle would wait for the promise: the event comes only after what the test does next.
  const handle = await audio(page).evaluateHandle(
    (element: HTMLAudioElement, type) => ({
      at: new Promise<number>((resolve) =>
        element.addEventListener(type, () => resolve(element.currentTime), { once: true }),
      ),
    }),
    type,
  );
  return () => handle.evaluate(({ at }) => at);
}

/** The seconds the sleep timer shows as left, from its "14:32". */
async function sleepSecondsLeft(page: Page): Promise<number> {
  const [minutes = 0, seconds = 0] = ((await main(page).locator('[data-sleep-remaining]').textContent()) ?? '')
    .split(':')
    .map(Number);
  return minutes * 60 + seconds;
}

async function openEssay(page: Page, hash = ''): Promise<void> {
  await page.goto(ESSAY + hash);
  await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
}

/** Where each heading's cue starts, from the served WebVTT: the narration's own timing of the headings. */
async function headingStarts(page: Page): Promise<Map<string, number>> {
  const src = (await page.locator('lectern-player audio track').getAttribute('src')) ?? '';
  const { cues } = new webvtt.WebVTTParser().parse(await (await page.request.get(src)).text(), 'metadata');
  const starts = new Map<string, number>();
  for (const cue of cues) {
    const { block } = cueParts(cue.id);
    if (block.startsWith('h-') && !starts.has(block)) starts.set(block, cue.startTime);
  }
  return starts;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .include('#listen')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      violations.map(
        (violation) => `${colorScheme} ${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
      ),
    ).toEqual([]);
  }
}

test('lists the headings as chapters, jumps to one at its cue, moves between them by key, and passes axe', async ({
  page,
}) => {
  test.slow();
  await openEssay(page);
  // The essay's own headings: the footnotes' label (read out, but no chapter) is not one of them.
  const headings = page.locator('[data-essay-body] :is(h2, h3)[data-say]:not([data-footnotes] *)');
  const titles = await headings.allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  const starts = await headingStarts(page);
  const ids = await headings.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-say')));

  // The essay's title opens the list at 0, as in the podcast's chapters; then every heading, in order.
  await expect(chapterLinks(page).locator('span:first-child')).toHaveText(['The Plain Page', ...titles]);
  await expect(main(page).locator('[data-chapter-now]')).toHaveText('The Plain Page');
  await main(page).getByText('Chapters', { exact: true }).click();
  await expect(currentChapter(page)).toHaveText(/^The Plain Page/);

  const third = titles[1] ?? '';
  const thirdStart = starts.get(ids[1] ?? '') ?? Number.NaN;
  let landed = await landing(page, 'playing');
  await chapterLinks(page).nth(2).click();
  expect(Math.abs((await landed()) - thirdStart)).toBeLessThan(0.5);
  await expect(currentChapter(page)).toHaveText(new RegExp(`^${third}`));
  await expect(main(page).locator('[data-chapter-now]')).toHaveText(third);
  await expect(status(page)).toHaveText(`Chapter 3 of ${titles.length + 1}: ${third}`);
  await expectNoAxeViolations(page);

  // From the keyboard, anywhere in the player: n for the next chapter, p for the previous.
  await main(page).locator('[data-action="toggle"]').focus();
  landed = await landing(page, 'seeked');
  await page.keyboard.press('n');
  const fourth = titles[2] ?? '';
  await expect(currentChapter(page)).toHaveText(new RegExp(`^${fourth}`));
  expect(Math.abs((await landed()) - (starts.get(ids[2] ?? '') ?? Number.NaN))).toBeLessThan(0.5);
  await expect(status(page)).toHaveText(`Chapter 4 of ${titles.length + 1}: ${fourth}`);
  landed = await landing(page, 'seeked');
  await page.keyboard.press('p');
  await expect(currentChapter(page)).toHaveText(new RegExp(`^${third}`));
  expect(Math.abs((await landed()) - thirdStart)).toBeLessThan(0.5);
  // And the buttons, which name themselves.
  await main(page).getByRole('button', { name: 'Next chapter' }).click();
  await expect(currentChapter(page)).toHaveText(new RegExp(`^${fourth}`));
});

test('copies a link at this time, and sets, shows, fades out with and cancels a sleep timer on the clock', async ({
  page,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await openEssay(page, '#t=42');
  const more = main(page).locator('.player-more > summary');
  const moreStatus = main(page).locator('[data-more-status]');
  await more.click();

  const share = main(page).getByRole('button', { name: 'Copy link at this time' });
  await share.click();
  await expect(main(page).getByRole('button', { name: 'Link copied' })).toBeVisible();
  await expect(status(page)).toHaveText('Link to 0:42 copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${ESSAY}#t=42`, page.url()).href);
  await page.clock.runFor(2500);
  await expect(share).toBeVisible();

  // Fifteen minutes, while the narration plays: shown in the panel and, once it is closed, beside "More".
  await main(page).locator('[data-action="toggle"]').click();
  await expect.poll(() => isPaused(page)).toBe(false);
  const timer = main(page).getByLabel('Sleep timer');
  await timer.selectOption('15');
  await expect(main(page).locator('[data-sleep-remaining]')).toHaveText(/^1[45]:\d\d$/);
  await expect(status(page)).toHaveText('Sleep timer set: 15 minutes');
  await more.click();
  await expect(moreStatus).toBeVisible();
  await expect(moreStatus).toHaveText(/^Sleep 1[45]:\d\d$/);

  // The clock runs on as well as jumping, so each jump is measured from what the timer shows.
  await page.clock.fastForward(((await sleepSecondsLeft(page)) - 10) * 1000);
  await expect(moreStatus).toHaveText(/^Sleep 0:(0[7-9]|10)$/);
  expect(await volume(page)).toBe(1);
  // About three seconds from the end, halfway through the fade: quieter, still playing.
  await page.clock.fastForward(((await sleepSecondsLeft(page)) - 3) * 1000);
  await expect.poll(() => volume(page)).toBeLessThan(0.5);
  expect(await volume(page)).toBeGreaterThan(0);
  expect(await isPaused(page)).toBe(false);
  await page.clock.fastForward(4000);
  await expect.poll(() => isPaused(page)).toBe(true);
  await expect(status(page)).toHaveText('The sleep timer paused the narration');
  await expect(moreStatus).toHaveText('');
  expect(await volume(page), 'the listener gets their volume back for next time').toBe(1);

  await more.click();
  await expect(timer).toHaveValue('');
  await timer.selectOption('end');
  await expect(status(page)).toHaveText('Sleep timer set: End of this essay');
  await expect(main(page).locator('[data-sleep-left]')).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Cancel the sleep timer' }).click();
  await expect(status(page)).toHaveText('Sleep timer off');
  await expect(timer).toHaveValue('');
  await expect(main(page).locator('[data-sleep-left]')).toBeHidden();
  await expect(moreStatus).toHaveText('');
});
