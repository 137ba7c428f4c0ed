// A listener's session with the narration player, in real Chromium against the built site.
import { expect, test, type Page } from '@playwright/test';
import { formatClock } from '../../src/lib/formats/media-time.ts';
import { holdScripts } from './support/hold-scripts.ts';

// Any essay with narration will do; nothing here depends on whether it is recorded or generated.
const ESSAY = '/essays/attention-has-a-tempo/';

const player = (page: Page) => page.locator('lectern-player');
const main = (page: Page) => page.locator('#listen');
const mini = (page: Page) => page.locator('#listen-mini');
const playButton = (page: Page) => main(page).locator('[data-action="toggle"]');
const currentTime = (page: Page) =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
const isPaused = (page: Page) =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.paused);
const buildDuration = async (page: Page) => Number(await player(page).getAttribute('data-duration'));
const audioSrc = async (page: Page) => (await page.locator('lectern-player audio source').getAttribute('src')) ?? '';

async function openEssay(page: Page, hash = ''): Promise<void> {
  await page.goto(ESSAY + hash);
  await expect(player(page)).toHaveAttribute('data-enhanced', '');
}

async function playUntil(page: Page, seconds: number): Promise<void> {
  await playButton(page).click();
  await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(seconds);
}

test('offers the narration under the byline, with the total printed at build time', async ({ page }) => {
  await openEssay(page);
  await expect(page.locator('#listen-label')).toHaveText(/^Press play to hear \S.* read this essay$/);
  await expect(main(page)).toHaveAccessibleName(/^Press play to hear/);
  const duration = await buildDuration(page);
  expect(duration).toBeGreaterThan(0);
  await expect(main(page).locator('[data-total]')).toHaveText(formatClock(duration));
  await expect(main(page).getByRole('slider', { name: 'Position' })).toHaveAttribute(
    'aria-valuetext',
    /^0 seconds of \d/,
  );
  await expect(main(page).getByRole('link', { name: 'Download the narration' })).toHaveAttribute(
    'href',
    await audioSrc(page),
  );
});

test('loads no audio until play is pressed, then plays and time advances', async ({ page }) => {
  const audioRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'media') audioRequests.push(request.url());
  });
  await openEssay(page);
  await page.waitForLoadState('networkidle');
  expect(audioRequests).toEqual([]);

  await playUntil(page, 1);
  expect(audioRequests.length).toBeGreaterThan(0);
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect(main(page).locator('[data-elapsed]')).not.toHaveText('0:00');
  await expect(page.getByRole('status')).toHaveText('Playing');
  const session = await page.evaluate(() => {
    const metadata = navigator.mediaSession.metadata;
    return {
      title: metadata?.title,
      artist: metadata?.artist,
      artwork: metadata?.artwork.map(({ src, sizes, type }) => ({ src, sizes, type })),
    };
  });
  expect(session.title).toBe('Attention Has a Tempo');
  expect(session.artist).toBe(await player(page).getAttribute('data-narrator'));
  // The lock screen picks a size of the cover art rendered from the one SVG: each is a real PNG.
  expect(session.artwork?.map((image) => image.sizes)).toEqual(['192x192', '512x512']);
  for (const image of session.artwork ?? []) {
    const response = await page.request.get(image.src);
    expect(response.headers()['content-type'], image.src).toBe('image/png');
    expect(image.type).toBe('image/png');
  }

  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(page.getByRole('status')).toHaveText(/^Paused at \d+:\d\d$/);
});

test('seeks with the bar and the skip buttons', async ({ page }) => {
  await openEssay(page);
  const duration = await buildDuration(page);
  await playUntil(page, 0.5);
  await playButton(page).click();

  const seek = main(page).getByRole('slider', { name: 'Position' });
  await seek.fill('20');
  await expect.poll(() => currentTime(page)).toBeCloseTo(20, 0);
  await expect(seek).toHaveAttribute('aria-valuetext', /^20 seconds of /);
  await expect(main(page).locator('[data-elapsed]')).toHaveText('0:20');

  await main(page).getByRole('button', { name: 'Back 15 seconds' }).click();
  await expect.poll(() => currentTime(page)).toBeCloseTo(5, 0);
  await main(page).getByRole('button', { name: 'Back 15 seconds' }).click();
  await expect.poll(() => currentTime(page)).toBe(0);
  await main(page).getByRole('button', { name: 'Forward 30 seconds' }).click();
  await expect.poll(() => currentTime(page)).toBeCloseTo(Math.min(30, duration), 0);
});

test('changes speed, and remembers it after a reload', async ({ page }) => {
  await openEssay(page);
  const speed = main(page).getByRole('combobox', { name: 'Speed' });
  await expect(speed).toHaveValue('1');
  await expect(speed.locator('option')).toHaveText([
    '0.5×',
    '0.75×',
    '1×',
    '1.25×',
    '1.5×',
    '1.75×',
    '2×',
    '2.5×',
    '3×',
  ]);
  // The fastest speed plays: Chromium takes 3 as the rate of real audio.
  await speed.selectOption('3');
  await playUntil(page, 0.5);
  expect(await page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(3);
  await speed.selectOption('1.5');
  await playUntil(page, 0.5);
  expect(await page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(
    1.5,
  );

  await page.reload();
  await expect(player(page)).toHaveAttribute('data-enhanced', '');
  await expect(speed).toHaveValue('1.5');
  await playUntil(page, 0.5);
  expect(await page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(
    1.5,
  );
});

test('offers to resume from where the listener left off, after a reload', async ({ page }) => {
  await openEssay(page);
  await main(page).getByRole('slider', { name: 'Position' }).fill('12');
  await playUntil(page, 13);
  await page.reload();
  await expect(player(page)).toHaveAttribute('data-enhanced', '');

  await expect(playButton(page)).toHaveAccessibleName(/^Resume from 0:1[3-9]$/);
  const offered = Number((await playButton(page).textContent())?.match(/0:(\d\d)/)?.[1]);
  await playButton(page).click();
  await expect.poll(() => currentTime(page)).toBeGreaterThan(offered);
  expect(await currentTime(page)).toBeLessThan(offered + 5);
});

test('works from the keyboard alone, with visible focus on every control', async ({ page }) => {
  await openEssay(page);
  const reached: string[] = [];
  for (let presses = 0; presses < 30 && !reached.includes('download'); presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const name =
        element.dataset.action ??
        (element.matches('[data-seek]')
          ? 'seek'
          : element.matches('[data-speed]')
            ? 'speed'
            : element.matches('[download]')
              ? 'download'
              : '');
      return { inPlayer: element.closest('#listen') !== null, name, outline: getComputedStyle(element).outlineStyle };
    });
    if (focused.inPlayer) {
      reached.push(focused.name);
      expect(focused.outline, `focus on ${focused.name} is visible`).not.toBe('none');
    }
  }
  expect(reached).toEqual(['toggle', 'back', 'forward', 'seek', 'speed', 'download']);

  await playButton(page).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => isPaused(page)).toBe(false);
  await page.keyboard.press('k');
  await expect.poll(() => isPaused(page)).toBe(true);

  const seek = main(page).getByRole('slider', { name: 'Position' });
  await seek.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(10);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => currentTime(page)).toBeLessThan(10);
  await page.keyboard.press(' ');
  await expect.poll(() => isPaused(page)).toBe(false);
  await page.keyboard.press(' ');
  await expect.poll(() => isPaused(page)).toBe(true);
});

test('gives every control a touch target of at least 44 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openEssay(page);
  const controls = main(page).locator('button, input, select, .player-footer a');
  await expect(controls).toHaveCount(6);
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    expect(
      Math.min(box?.width ?? 0, box?.height ?? 0),
      await control.evaluate((element) => element.outerHTML.slice(0, 80)),
    ).toBeGreaterThanOrEqual(44);
  }
});

test('starts from a deep link such as #t=0:20 when play is pressed', async ({ page }) => {
  await openEssay(page, '#t=0:20');
  await expect(playButton(page)).toHaveAccessibleName('Play from 0:20');
  await expect(main(page).locator('[data-elapsed]')).toHaveText('0:20');
  await playButton(page).click();
  await expect.poll(() => currentTime(page)).toBeGreaterThan(20);
  expect(await currentTime(page)).toBeLessThan(25);
});

test('follows a deep link in plain seconds, #t=25', async ({ page }) => {
  await openEssay(page, '#t=25');
  await expect(playButton(page)).toHaveAccessibleName('Play from 0:25');
  await playUntil(page, 25);
});

test('shows a mini player once narration plays and the player scrolls away, without moving the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEssay(page);
  // Layout shifts from here on, less those that follow the listener's own input, as Cumulative Layout Shift counts them.
  await page.evaluate(() => {
    const scope = window as unknown as { shifts: string[] };
    scope.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        hadRecentInput: boolean;
        value: number;
        sources: { node?: Node }[];
      }[]) {
        if (!entry.hadRecentInput)
          scope.shifts.push(`${entry.value}: ${entry.sources.map((source) => source.node?.nodeName).join(', ')}`);
      }
    }).observe({ type: 'layout-shift' });
  });

  await page.mouse.wheel(0, 2000);
  await expect(mini(page)).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await playUntil(page, 0.5);
  await expect(mini(page)).toBeHidden();

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(mini(page)).toBeVisible();
  await expect(mini(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(mini(page).locator('[data-elapsed]')).toHaveText(/^\d+:\d\d$/);
  await mini(page).getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => isPaused(page)).toBe(true);
  await expect(mini(page)).toBeVisible();

  await mini(page).getByRole('button', { name: 'Close the mini player' }).click();
  await expect(mini(page)).toBeHidden();
  await expect(playButton(page)).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`swaps the native audio for the custom controls without moving the essay, ${width} px wide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdScripts(page);
    await page.goto(ESSAY, { waitUntil: 'commit' });
    // Before the script runs, the native audio holds the controls' place unseen (its timeline would shift as it lays out).
    await expect(main(page).locator('audio')).toHaveCSS('visibility', 'hidden');
    expect((await main(page).locator('audio').boundingBox())?.height).toBeGreaterThan(0);
    await expect(main(page)).toHaveCSS('border-top-style', 'solid');
    const before = await page.locator('[data-essay-body]').boundingBox();
    release();
    await expect(player(page)).toHaveAttribute('data-enhanced', '');
    await expect(playButton(page)).toBeVisible();
    expect(await page.locator('[data-essay-body]').boundingBox()).toEqual(before);
  });
}

test('says the narration could not load, and offers the download, when the audio fails', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await openEssay(page);
  await page.route(`**${await audioSrc(page)}`, (route) => route.abort('failed'));
  await playButton(page).click();

  await expect(main(page).locator('.player-error')).toBeVisible();
  await expect(main(page).locator('.player-error')).toHaveText(/^The narration could not load\./);
  await expect(page.getByRole('status')).toHaveText('The narration could not load.');
  await expect(main(page).getByRole('link', { name: 'download the audio file' })).toBeVisible();
  await expect(playButton(page)).toBeHidden();
  await page.getByRole('link', { name: 'Archive' }).click();
  await expect(page).toHaveURL(/\/archive\/$/);
  expect(errors).toEqual([]);
});

test('lets go of the window once removed from the page, and answers it again once put back', async ({ page }) => {
  await openEssay(page);
  await playUntil(page, 1);
  await playButton(page).click();
  const positionKey = `lectern:position:${await player(page).getAttribute('data-slug')}`;
  // Keep the element, take it off the page, and fire at the window what a listener's browser would. The test's own
  // hashchange listener, added last, runs after any the player left behind.
  await page.evaluate(
    (key) =>
      new Promise((resolve) => {
        const element = document.querySelector('lectern-player') as HTMLElement;
        (window as unknown as { kept: HTMLElement }).kept = element;
        element.remove();
        localStorage.removeItem(key);
        window.dispatchEvent(new Event('pagehide'));
        addEventListener('hashchange', resolve, { once: true });
        location.hash = '#t=0:20';
      }),
    positionKey,
  );
  const keptPosition = () =>
    page.evaluate(() => (window as unknown as { kept: HTMLElement & { position: number } }).kept.position);
  expect(await keptPosition(), 'a removed player ignores #t= links').toBeLessThan(20);
  expect(
    await page.evaluate((key) => localStorage.getItem(key), positionKey),
    'a removed player saves nothing on pagehide',
  ).toBeNull();

  await page.evaluate(() =>
    document.querySelector('.player-slot')?.append((window as unknown as { kept: HTMLElement }).kept),
  );
  await page.evaluate(() => {
    location.hash = '#t=0:30';
  });
  await expect.poll(keptPosition).toBeCloseTo(30, 0);
  await expect(playButton(page)).toBeVisible();
  await playButton(page).click();
  await expect.poll(() => currentTime(page)).toBeGreaterThan(30);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page offers the native audio player and the download link', async ({ page }) => {
    await page.goto(ESSAY);
    const audio = main(page).locator('audio');
    await expect(audio).toBeVisible();
    await expect(audio).toHaveAttribute('controls', '');
    await expect(audio).toHaveAttribute('preload', 'none');
    // The hidden custom controls must not leave an empty box around the native ones.
    const heights = await audio.evaluate((element) => [
      element.getBoundingClientRect().height,
      element.parentElement?.getBoundingClientRect().height,
    ]);
    expect(heights[1]).toBe(heights[0]);
    await expect(playButton(page)).toBeHidden();
    await expect(main(page).getByRole('slider')).toBeHidden();
    await expect(main(page).getByRole('link', { name: 'Download the narration' })).toBeVisible();
    await expect(mini(page)).toBeHidden();
  });
});
