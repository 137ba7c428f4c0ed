// Read-along by the sentence, as a listener meets it in real Chromium with real audio: the sentence being read is lit
// inside its block (the CSS Custom Highlight API), and a listener plays from any sentence by clicking it, by the
// keyboard or from a selection, or through a copied #say= link. Every time here comes from the served WebVTT.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import webvtt from 'webvtt-parser';
import { cueParts } from '../../src/lib/essay-body/cue-ids.ts';
import { focusBeforeEssayBody } from './support/focus-before-body.ts';

const ESSAY = '/essays/the-plain-page/';

interface SentenceCue {
  block: string;
  sentence: string;
  start: number;
  end: number;
  text: string;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

async function openEssay(page: Page, hash = ''): Promise<SentenceCue[]> {
  await page.goto(ESSAY + hash);
  await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
  const src = (await page.locator('lectern-player audio track').getAttribute('src')) ?? '';
  const { cues, errors } = new webvtt.WebVTTParser().parse(await (await page.request.get(src)).text(), 'metadata');
  expect(errors).toEqual([]);
  return cues.map((cue) => {
    const { block, sentence = '' } = cueParts(cue.id);
    return { block, sentence, start: cue.startTime, end: cue.endTime, text: clean(cue.text) };
  });
}

/** The text the reading highlight holds now: what the listener sees lit as the sentence being read. */
const litSentence = (page: Page, name = 'lectern-reading'): Promise<string> =>
  page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])]
        .map((range) => range.toString())
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    name,
  );
const currentTime = (page: Page): Promise<number> =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
const isPaused = (page: Page): Promise<boolean> =>
  page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => audio.paused);

/** The sentence whose cue holds `time`, or the one before it in a pause: what should be lit at that moment. */
const sentenceAt = (cues: readonly SentenceCue[], time: number): SentenceCue | undefined =>
  cues.filter((cue) => cue.start <= time).at(-1);

/** Where on the screen a sentence's middle word is, found in the page's own text. */
async function pointInSentence(page: Page, cue: SentenceCue): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ block, text }) => {
      const element = document.querySelector(`[data-say="${block}"]`) as HTMLElement;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const word = text.split(' ').slice(2, 3)[0] ?? '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text.slice(0, 20));
        if (at < 0) continue;
        const range = document.createRange();
        const start = (node as Text).data.indexOf(word, at);
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`no text node holds "${text}"`);
    },
    { block: cue.block, text: cue.text },
  );
}

test('lights the sentence being read, and the light moves on sentence by sentence, at 2x too', async ({ page }) => {
  const cues = await openEssay(page);
  const firstBlock = cues.filter((cue) => cue.block === cues[0]?.block);
  expect(firstBlock.length, 'the first paragraph has several sentences').toBeGreaterThan(2);
  await page.locator('#listen [data-action="toggle"]').click();
  await page.locator('lectern-player audio').evaluate((audio: HTMLAudioElement) => {
    audio.playbackRate = 2;
  });
  const seen: string[] = [];
  // Sampled until the third sentence is lit; at each look the lit text is the sentence whose cue holds the time.
  await expect
    .poll(
      async () => {
        const [before, lit, after] = [await currentTime(page), await litSentence(page), await currentTime(page)];
        const [expected, later] = [sentenceAt(cues, before), sentenceAt(cues, after)];
        // A look that straddles a sentence's start cannot tell which one should be lit.
        if (expected === later && lit) {
          expect(lit, `at ${before.toFixed(2)} s`).toBe(expected?.text);
          if (seen.at(-1) !== lit) seen.push(lit);
        }
        return seen.length;
      },
      { timeout: 30_000, intervals: [100] },
    )
    .toBeGreaterThanOrEqual(3);
  expect(seen.slice(0, 3)).toEqual(firstBlock.slice(0, 3).map((cue) => cue.text));
  // The lit sentence sits inside the lit block.
  await expect(page.locator('[data-essay-body] [data-reading]')).toHaveAttribute('data-say', cues[0]?.block ?? '');
});

test('seeking to a time lights the sentence that holds it', async ({ page }) => {
  const cues = await openEssay(page);
  await page.locator('#listen [data-action="toggle"]').click();
  await expect.poll(() => isPaused(page)).toBe(false);
  const target = cues.filter((cue) => cue.text.split(' ').length > 8)[6] as SentenceCue;
  await page.locator('#listen [data-seek]').fill(String((target.start + target.end) / 2));
  await expect.poll(() => litSentence(page)).toBe(target.text);
  await expect(page.locator('[data-essay-body] [data-reading]')).toHaveAttribute('data-say', target.block);
});

test('while the narration plays, clicking a sentence plays from it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const cues = await openEssay(page);
  await page.locator('#listen [data-action="toggle"]').click();
  await expect.poll(() => isPaused(page)).toBe(false);
  // The second sentence of a later paragraph: inside a block, not at its start.
  const block = cues[10]?.block;
  const target = cues.filter((cue) => cue.block === block)[1] as SentenceCue;
  await page.locator(`[data-say="${target.block}"]`).scrollIntoViewIfNeeded();
  const point = await pointInSentence(page, target);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => litSentence(page), { timeout: 10_000 }).toBe(target.text);
  const time = await currentTime(page);
  expect(time).toBeGreaterThanOrEqual(target.start);
  expect(time).toBeLessThan(target.end);
});

test('a click on a sentence while the narration is paused only reads: nothing plays', async ({ page }) => {
  const cues = await openEssay(page);
  const target = cues[4] as SentenceCue;
  const point = await pointInSentence(page, target);
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(600); // past the wait for a double click
  expect(await isPaused(page)).toBe(true);
  expect(await currentTime(page)).toBe(0);
});

test('the keyboard button moves by sentence with left and right, and plays from the sentence chosen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const cues = await openEssay(page);
  await focusBeforeEssayBody(page);
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: /^Play from here/ });
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleDescription(
    'Up and down arrows choose the paragraph, left and right the sentence',
  );
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const target = cues[2] as SentenceCue;
  const opening = target.text.split(' ').slice(0, 6).join(' ');
  await expect(button).toHaveAccessibleName(new RegExp(`^Play from here: ${opening}`));
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${opening}`));
  // The chosen sentence is marked while the button has focus.
  await expect.poll(() => litSentence(page, 'lectern-choice')).toBe(target.text);
  await page.keyboard.press('Enter');
  await expect.poll(() => litSentence(page)).toBe(target.text);
  expect(await currentTime(page)).toBeGreaterThanOrEqual(target.start);
});

test('selecting text offers "Play from here" and a link to the sentence, and the link plays from it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 375, height: 800 });
  const cues = await openEssay(page);
  const target = cues.filter((cue) => cue.text.split(' ').length > 8)[3] as SentenceCue;
  const point = await pointInSentence(page, target);
  await page.mouse.dblclick(point.x, point.y);
  const tools = page.getByRole('group', { name: 'The selected sentence' });
  await expect(tools).toBeVisible();
  // Under the selection, on the screen at a phone's width.
  const box = await tools.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375 && box.y > point.y).toBe(true);
  await tools.getByRole('button', { name: 'Copy a link to this sentence' }).click();
  await expect(page.getByRole('status')).toHaveText('Link to this sentence copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${new URL(ESSAY, page.url()).href}#say=${target.sentence}`);

  const listener = await context.newPage();
  await listener.goto(link);
  await expect.poll(() => litSentence(listener), { timeout: 15_000 }).toBe(target.text);
  expect(await currentTime(listener)).toBeGreaterThanOrEqual(target.start);
  expect(await currentTime(listener)).toBeLessThan(target.end);

  // And "Play from here" from a selection plays from the sentence the selection starts in.
  const again = await pointInSentence(page, target);
  await page.mouse.dblclick(again.x, again.y);
  await tools.getByRole('button', { name: 'Play from here' }).click();
  await expect.poll(() => litSentence(page), { timeout: 15_000 }).toBe(target.text);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`passes axe with a sentence lit and the selection's tools shown, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const cues = await openEssay(page);
    await page.locator('#listen [data-action="toggle"]').click();
    await expect.poll(() => litSentence(page)).toBe(cues[0]?.text);
    const point = await pointInSentence(page, cues[4] as SentenceCue);
    await page.mouse.dblclick(point.x, point.y);
    await expect(page.getByRole('group', { name: 'The selected sentence' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
}
