// Read-along on an essay with generated narration, as a listener who also reads meets it in real Chromium.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import webvtt from 'webvtt-parser';
import { cueParts } from '../../src/lib/essay-body/cue-ids.ts';
import { holdScripts } from './support/hold-scripts.ts';
import { focusBeforeEssayBody } from './support/focus-before-body.ts';

// Generated narration, so it has cues; every time below comes from its served WebVTT, never from this file.
const ESSAY = '/essays/attention-has-a-tempo/';
// The longest sample essay: 3,200 words, once a "Play from here" Tab stop before each of its 57 blocks (issue 14).
const LONG_ESSAY = '/essays/what-the-ear-forgives/';
// follow-reading.ts leaves the page alone this long after the reader moves it.
const QUIET_SECONDS = 4;

interface Cue {
  id: string;
  start: number;
  end: number;
}
/** A block as its cues time it: from its first sentence's start to its last one's end. */
interface BlockCue extends Cue {
  sentences: Array<Cue & { text: string }>;
}

const player = (page: Page) => page.locator('lectern-player');
const playButton = (page: Page) => page.locator('#listen [data-action="toggle"]');
const block = (page: Page, cue: Cue) => page.locator(`[data-say="${cue.id}"]`);
const reading = (page: Page) => page.locator('[data-essay-body] [data-reading]');
const currentTime = (page: Page) =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
const isPaused = (page: Page) =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.paused);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

async function openEssay(page: Page, hash = '', essay = ESSAY): Promise<void> {
  await page.goto(essay + hash);
  await expect(player(page)).toHaveAttribute('data-enhanced', '');
  await expect(page.locator('.play-from-here').first()).toBeAttached();
}

/** The cues as the site serves them, one per sentence, gathered by block (the block's data-say id). */
async function servedCues(page: Page): Promise<BlockCue[]> {
  const src = await page.locator('lectern-player audio track').getAttribute('src');
  expect(src, 'the player carries a metadata track with the cues').toBeTruthy();
  const response = await page.request.get(src ?? '');
  expect(response.ok()).toBe(true);
  const { cues, errors } = new webvtt.WebVTTParser().parse(await response.text(), 'metadata');
  expect(errors).toEqual([]);
  expect(cues.length).toBeGreaterThan(3);
  const blocks: BlockCue[] = [];
  for (const cue of cues) {
    const { block, sentence = '' } = cueParts(cue.id);
    const sentenceCue = { id: sentence, start: cue.startTime, end: cue.endTime, text: cue.text };
    const last = blocks.at(-1);
    if (last?.id === block) {
      last.sentences.push(sentenceCue);
      last.end = cue.endTime;
    } else blocks.push({ id: block, start: cue.startTime, end: cue.endTime, sentences: [sentenceCue] });
  }
  return blocks;
}

/** Cues of plain paragraphs, whose first words name their button (a list item's text would include its button). */
async function paragraphCues(page: Page, cues: BlockCue[]): Promise<BlockCue[]> {
  const ids = await page
    .locator('[data-essay-body] p[data-say]')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.say));
  return cues.filter((cue) => ids.includes(cue.id));
}

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstWords = async (page: Page, cue: Cue): Promise<string> =>
  ((await block(page, cue).textContent()) ?? '').trim().split(/\s+/).slice(0, 6).join(' ');

/** The mouse's button beside a block: out of the accessibility tree, since the keyboard has its own (keyboardButton). */
async function playFromHereButton(page: Page, cue: Cue): Promise<Locator> {
  return page
    .getByRole('button', { name: `Play from here: ${await firstWords(page, cue)}`, includeHidden: true })
    .and(page.locator('[aria-hidden="true"]'));
}

/** The one "Play from here" button that the keyboard and screen readers reach, whichever block it is beside. */
const keyboardButton = (page: Page) => page.getByRole('button', { name: /^Play from here/ });

/** Every element that Tab stops at from the last control before the essay body until focus leaves it. */
async function tabStopsInBody(page: Page): Promise<string[]> {
  await focusBeforeEssayBody(page);
  const stops: string[] = [];
  for (let presses = 0; presses < 500; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return element.closest('[data-essay-body]')
        ? `${element.tagName.toLowerCase()}.${element.className}: ${element.getAttribute('aria-label') ?? element.textContent}`
        : undefined;
    });
    if (stop === undefined && stops.length > 0) return stops;
    if (stop !== undefined) stops.push(stop);
  }
  throw new Error('Tab never left the essay body');
}

type WithLog = Window & { readingLog?: string[] };

/**
 * Logs every block the highlight lands on, in order, as the page marks it. A busy machine can look too late to see a
 * short first block lit (CI, once: the highlight had already moved on), but it cannot miss an entry in this log.
 */
async function logReading(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as WithLog).readingLog = log;
    new MutationObserver((records) => {
      for (const { target } of records)
        if (target instanceof HTMLElement && target.hasAttribute('data-reading')) log.push(target.dataset.say ?? '');
    }).observe(document.querySelector('[data-essay-body]') as HTMLElement, {
      attributes: true,
      attributeFilter: ['data-reading'],
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as WithLog).readingLog ?? []);
}

async function expectReading(page: Page, cue: Cue, timeout = 15_000): Promise<void> {
  await expect(reading(page)).toHaveAttribute('data-say', cue.id, { timeout });
  await expect(reading(page)).toHaveCount(1);
}

test('highlights the block being read, and the highlight moves on as the narration plays', async ({ page }) => {
  await openEssay(page);
  const cues = await servedCues(page);
  await expect(reading(page)).toHaveCount(0);

  // At double speed, as many listeners choose, so the first block ends sooner.
  await page.locator('#listen [data-speed]').selectOption('2');
  const readingLog = await logReading(page);
  await playButton(page).click();
  const [first, second] = cues as [BlockCue, BlockCue];
  await expect.poll(readingLog, { timeout: (first.end / 2 + 25) * 1000 }).toContain(second.id);
  expect((await readingLog()).slice(0, 2), 'the highlight lands on the first block, then the second').toEqual([
    first.id,
    second.id,
  ]);
  // One block at a time is lit, with a visible background, and the block the narration has left is not.
  await expect(reading(page)).toHaveCount(1);
  await expect(reading(page)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(block(page, first)).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  expect(await currentTime(page)).toBeGreaterThanOrEqual(second.start);

  // Seeking with the player's own controls moves the highlight too.
  const later = cues[cues.length - 2] as Cue;
  await page.locator('#listen [data-seek]').fill(String((later.start + later.end) / 2));
  await expectReading(page, later);
});

test('plays from a block when the reader presses "Play from here" beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openEssay(page);
  const target = (await paragraphCues(page, await servedCues(page)))[3] as Cue;
  const button = await playFromHereButton(page, target);
  await expect(button).toHaveCSS('opacity', '0');

  await block(page, target).hover();
  await expect(button).toHaveCSS('opacity', '1');
  const [buttonBox, blockBox] = [await button.boundingBox(), await block(page, target).boundingBox()];
  expect((buttonBox?.x ?? 0) + (buttonBox?.width ?? 0), 'the button sits in the margin, left of the text').toBeLessThan(
    blockBox?.x ?? 0,
  );

  await button.click();
  await expect.poll(() => isPaused(page)).toBe(false);
  await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
  // Still inside the block: it started there, however long a busy machine took to look.
  expect(await currentTime(page)).toBeLessThan(target.end);
  await expectReading(page, target);
});

test("gives read-along one Tab stop in a long essay's body, not one per paragraph", async ({ page }) => {
  // A press and a look for every link in a long essay: slow on a busy machine, whatever the code does.
  test.slow();
  await openEssay(page, '', LONG_ESSAY);
  const blocks = await page.locator('[data-essay-body] [data-say]').count();
  expect(blocks, 'a long essay, with many blocks').toBeGreaterThan(50);
  const stops = await tabStopsInBody(page);
  const readAlongStops = stops.filter((stop) => stop.includes('play-from-here'));
  expect(readAlongStops).toHaveLength(1);
  expect(stops.length, "the body's own links are still reached").toBeGreaterThan(readAlongStops.length);
});

test('plays from a paragraph chosen with the keyboard alone: Tab, arrow keys, Enter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openEssay(page);
  const cues = await servedCues(page);
  const target = (await paragraphCues(page, cues))[2] as BlockCue;
  const presses = cues.indexOf(target);
  await focusBeforeEssayBody(page);
  await page.keyboard.press('Tab');
  const button = keyboardButton(page);
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleName(
    new RegExp(
      `^Play from here: ${literal((await block(page, cues[0] as Cue).textContent())?.trim().split(/\s+/)[0] ?? '')} `,
    ),
  );
  await expect(button).toHaveAccessibleDescription(
    'Up and down arrows choose the paragraph, left and right the sentence',
  );
  await expect(button).toHaveCSS('opacity', '1');
  await expect(button).not.toHaveCSS('outline-style', 'none');
  await expect(page.locator('.play-from-here-hint')).toBeVisible();

  for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowDown');
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleName(new RegExp(`^Play from here: ${literal(await firstWords(page, target))}`));
  await expect(button).toBeInViewport();
  // Polled: the page may still be scrolling the chosen block into view when the key press returns.
  await expect
    .poll(
      async () => {
        const [buttonBox, blockBox] = [await button.boundingBox(), await block(page, target).boundingBox()];
        const offset = (buttonBox?.y ?? 0) + (buttonBox?.height ?? 0) / 2 - (blockBox?.y ?? 0);
        return offset > 0 && offset < 40;
      },
      { message: 'the button is level with the first line of the chosen block' },
    )
    .toBe(true);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${literal(await firstWords(page, target))}`));

  await page.keyboard.press('Enter');
  await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
  // Still inside the block: it started there, however long a busy machine took to look.
  expect(await currentTime(page)).toBeLessThan(target.end);
  await expectReading(page, target);
});

test('the keyboard button follows the text caret: a reader who selects words in a block plays from that block', async ({
  page,
}) => {
  await openEssay(page);
  const target = (await paragraphCues(page, await servedCues(page)))[3] as Cue;
  await block(page, target).selectText();
  await expect(keyboardButton(page)).toHaveAccessibleName(
    new RegExp(`^Play from here: ${literal(await firstWords(page, target))}`),
  );
  await keyboardButton(page).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
  // Still inside the block: it started there, however long a busy machine took to look.
  expect(await currentTime(page)).toBeLessThan(target.end);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`passes axe with the keyboard "Play from here" focused and a block being read, ${colorScheme}`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await openEssay(page);
    await focusBeforeEssayBody(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(reading(page)).toHaveCount(1, { timeout: 15_000 });
    await keyboardButton(page).focus();
    await expect(page.locator('.play-from-here-hint')).toBeVisible();
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
}

test('plays from the block a #say= link names, and shows it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(ESSAY);
  const target = (await servedCues(page))[6] as Cue;
  await page.goto('about:blank');

  await openEssay(page, `#say=${target.id}`);
  await expect(block(page, target)).toBeInViewport();
  await expectReading(page, target);
  await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
  // Still inside the block: it started there, however long a busy machine took to look.
  expect(await currentTime(page)).toBeLessThan(target.end);
});

test('where autoplay is refused, a #say= link waits at its block, and Play starts there', async ({ page }) => {
  // A browser that refuses autoplay rejects play() with NotAllowedError, as this stand-in does until the listener
  // clicks. It watches for the click itself: under load in CI, userActivation.hasBeenActive let play() through where
  // nothing had been clicked (the test failed twice in a row, at 00:47 on 7 December).
  await page.addInitScript(() => {
    let clicked = false;
    addEventListener('pointerdown', (event) => (clicked ||= event.isTrusted), { capture: true });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      return clicked ? play.call(this) : Promise.reject(new DOMException('Autoplay refused', 'NotAllowedError'));
    };
  });
  await page.goto(ESSAY);
  const target = (await servedCues(page))[5] as Cue;
  await page.goto('about:blank');

  await openEssay(page, `#say=${target.id}`);
  await expectReading(page, target);
  await expect(block(page, target)).toBeInViewport();
  expect(await isPaused(page)).toBe(true);
  await expect
    .poll(() => player(page).evaluate((element) => (element as HTMLElement & { position: number }).position))
    .toBeCloseTo(target.start, 1);

  await page.evaluate(() => window.scrollTo(0, 0));
  await playButton(page).click();
  await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
  // Still inside the block: it started there, however long a busy machine took to look.
  expect(await currentTime(page)).toBeLessThan(target.end);
});

test('scrolls the next block into view while the reader follows along', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openEssay(page);
  const cues = await servedCues(page);
  const index = 4;
  const [current, next] = [cues[index], cues[index + 1]] as [Cue, Cue];
  // Put the next block just below the fold, with the block before it still on screen.
  await block(page, next).evaluate((node) =>
    window.scrollTo({ top: window.scrollY + node.getBoundingClientRect().top - innerHeight - 10, behavior: 'instant' }),
  );
  await expect(block(page, current)).toBeInViewport();
  await expect(block(page, next)).not.toBeInViewport();

  const before = await scrollY(page);
  await player(page).evaluate(
    (element, start) =>
      (element as HTMLElement & { seekTo(s: number, o: { play: boolean }): void }).seekTo(start, { play: true }),
    current.end - 1,
  );
  await expectReading(page, next);
  await expect(block(page, next)).toBeInViewport({ ratio: 0.5 });
  expect(await scrollY(page)).toBeGreaterThan(before);
});

test('leaves the page where the reader scrolled it, away from the block being read', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 600 });
  await openEssay(page);
  const cues = await paragraphCues(page, await servedCues(page));
  // At double speed, and from the block (of those far enough down to scroll away from) whose narration soonest
  // reaches one that starts after the quiet time: 10 s of real playback to wait, not the 25 s it took at 1x.
  await page.locator('#listen [data-speed]').selectOption('2');
  const quietAudioSeconds = 2 * (QUIET_SECONDS + 1);
  const wait = (cue: Cue): number =>
    (cues.find((other) => other.start > cue.start + quietAudioSeconds + 4)?.start ?? Infinity) - cue.start;
  const start = cues.slice(3).reduce((best, cue) => (wait(cue) < wait(best) ? cue : best));
  await block(page, start).hover();
  await (await playFromHereButton(page, start)).click();
  await expectReading(page, start);

  // The reader scrolls back to the top to look at something, while the narration goes on.
  await page.mouse.move(640, 300);
  await page.mouse.wheel(0, -10_000);
  await expect.poll(() => scrollY(page)).toBe(0);
  await expect(block(page, start)).not.toBeInViewport();
  const scrolledAt = await currentTime(page);
  // A block that starts after the quiet time (in audio seconds, twice the wall's), so only the "scrolled away" rule
  // can keep the page still.
  const later = cues.find((cue) => cue.start > scrolledAt + quietAudioSeconds);
  expect(later, 'the essay has a block after the quiet time').toBeDefined();
  await expectReading(page, later as Cue, ((later!.start - scrolledAt) / 2 + 10) * 1000);
  await page.waitForTimeout(500);
  expect(await scrollY(page)).toBe(0);
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`follows the reading ${reducedMotion === 'reduce' ? 'in one jump, for a reader who prefers reduced motion' : 'with a smooth scroll'}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await page.setViewportSize({ width: 1280, height: 500 });
    await openEssay(page);
    const cues = await servedCues(page);
    const [current, next] = [cues[4], cues[5]] as [Cue, Cue];
    await block(page, next).evaluate((node) =>
      window.scrollTo({
        top: window.scrollY + node.getBoundingClientRect().top - innerHeight - 10,
        behavior: 'instant',
      }),
    );
    // Every scroll position the page passes through, frame by frame, from here on.
    await page.evaluate(() => {
      const scope = window as unknown as { positions: number[] };
      scope.positions = [window.scrollY];
      const record = (): void => {
        if (scope.positions.at(-1) !== window.scrollY) scope.positions.push(window.scrollY);
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await player(page).evaluate(
      (element, start) =>
        (element as HTMLElement & { seekTo(s: number, o: { play: boolean }): void }).seekTo(start, { play: true }),
      current.end - 1,
    );
    await expectReading(page, next);
    await expect(block(page, next)).toBeInViewport({ ratio: 0.5 });
    await page.waitForTimeout(1000);
    const positions = await page.evaluate(() => (window as unknown as { positions: number[] }).positions);
    if (reducedMotion === 'reduce') expect(positions).toHaveLength(2);
    else expect(positions.length).toBeGreaterThan(3);
  });
}

for (const width of [375, 1280]) {
  test(`adds read-along without moving the essay, ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdScripts(page);
    await page.goto(ESSAY, { waitUntil: 'commit' });
    const blocks = page.locator('[data-essay-body] [data-say]');
    await expect(blocks.first()).toBeVisible();
    // Where each block sits on the page, whatever the scroll.
    const boxes = (): Promise<number[][]> =>
      blocks.evaluateAll((nodes) =>
        nodes.map((node) => {
          const { left, top, width, height } = node.getBoundingClientRect();
          return [left, top + window.scrollY, width, height];
        }),
      );
    const before = await boxes();
    release();
    await expect(page.locator('.play-from-here').first()).toBeAttached();
    expect(await boxes()).toEqual(before);

    // Layout shifts from here on, as Cumulative Layout Shift counts them, while blocks are highlighted and offered.
    await page.evaluate(() => {
      const scope = window as unknown as { shifts: number[] };
      scope.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[]) scope.shifts.push(entry.value);
      }).observe({ type: 'layout-shift' });
    });
    const cues = await servedCues(page);
    await player(page).evaluate(
      (element, start) =>
        (element as HTMLElement & { seekTo(s: number, o: { play: boolean }): void }).seekTo(start, { play: true }),
      (cues[1] as Cue).end - 0.5,
    );
    await expectReading(page, cues[2] as Cue);
    await block(page, cues[3] as Cue).click();
    await expect(page.locator('.play-from-here[data-shown]')).toHaveCount(1);
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on a block offers "Play from here", and a tap on that plays from the block', async ({ page }) => {
    await openEssay(page);
    const target = (await paragraphCues(page, await servedCues(page)))[2] as Cue;
    const button = await playFromHereButton(page, target);
    await block(page, target).tap();
    await expect(button).toHaveCSS('opacity', '1');
    await expect(button).toHaveText('Play from here');
    const box = await button.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await button.tap();
    await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
    // Still inside the block: it started there, however long a busy machine took to look.
    expect(await currentTime(page)).toBeLessThan(target.end);
    await expectReading(page, target);
  });
});

test.describe('narration files', () => {
  /** Every MP3 or WebVTT file the page asks for, from now on. */
  function narrationRequests(page: Page): string[] {
    const files: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(mp3|vtt)$/.test(pathname)) files.push(pathname.replace(/^.*\./, ''));
    });
    return files;
  }

  async function openQuietly(page: Page, hash = ''): Promise<string[]> {
    const files = narrationRequests(page);
    await openEssay(page, hash);
    await page.waitForLoadState('networkidle');
    expect(files, 'nothing fetched before the listener asks').toEqual([]);
    return files;
  }

  test('are not fetched with the page, only once the listener presses play', async ({ page }) => {
    const files = await openQuietly(page);
    await playButton(page).click();
    await expect.poll(() => [...new Set(files)].sort()).toEqual(['mp3', 'vtt']);
    await expectReading(page, (await servedCues(page))[0] as Cue);
  });

  test('are fetched when the listener presses "Play from here", which then plays from its block', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const files = await openQuietly(page);
    const target = (await paragraphCues(page, await servedCues(page)))[2] as Cue;
    files.length = 0;
    await block(page, target).hover();
    await (await playFromHereButton(page, target)).click();
    await expect.poll(() => [...new Set(files)].sort()).toEqual(['mp3', 'vtt']);
    await expect.poll(() => currentTime(page)).toBeGreaterThan(target.start);
    // Still inside the block: it started there, however long a busy machine took to look.
    expect(await currentTime(page)).toBeLessThan(target.end);
  });

  test('wait for play after a #t= link', async ({ page }) => {
    const files = await openQuietly(page, '#t=0:20');
    await expect(playButton(page)).toHaveAccessibleName('Play from 0:20');
    await playButton(page).click();
    await expect.poll(() => [...new Set(files)].sort()).toEqual(['mp3', 'vtt']);
  });

  test('are fetched at once for a #say= link, which plays from its block', async ({ page }) => {
    const files = narrationRequests(page);
    await openEssay(page, '#say=');
    await page.waitForLoadState('networkidle');
    expect(files, 'a #say= that names no block asks for nothing').toEqual([]);
    const target = (await servedCues(page))[3] as Cue;
    await page.goto('about:blank');
    await openEssay(page, `#say=${target.id}`);
    await expect.poll(() => [...new Set(files)].sort()).toEqual(['mp3', 'vtt']);
    await expectReading(page, target);
  });

  test('a transcript that cannot load is said on the page, and the narration still plays', async ({ page }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.route('**/*.vtt', (route) => route.abort('failed'));
    await openEssay(page);
    await playButton(page).click();

    const note = page.locator('#listen .read-along-note');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(/^Read-along is unavailable: the transcript could not load\./);
    await expect(page.getByRole('status')).toHaveText(/^Read-along is unavailable: the transcript could not load\./);
    await expect.poll(() => currentTime(page)).toBeGreaterThan(1);
    expect(await isPaused(page)).toBe(false);
    await expect(reading(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
