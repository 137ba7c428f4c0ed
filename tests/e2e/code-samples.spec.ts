// A code block's fence meta on the page: its file name shown above it, and the lines it marks ({2,4-6}) visibly
// set apart from the rest, in both schemes; a reader sees what the listener is told about.
import { expect, type Locator, test } from '@playwright/test';

const ESSAY = '/essays/code-you-cannot-hear/';

const background = (element: Locator): Promise<string> =>
  element.evaluate((node) => getComputedStyle(node).backgroundColor);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('a titled block shows its file name, and its marked lines stand out from the others', async ({ page }) => {
      await page.goto(ESSAY);
      const sample = page.locator('.code-sample[data-code-title="spoken.ts"]');
      await expect(sample.locator('.code-title')).toHaveText('spoken.ts');
      await expect(sample.locator('.code-title')).toBeVisible();
      const marked = sample.locator('mark.code-line');
      await expect(marked).toHaveCount(4);
      await expect(marked.first()).toContainText('const UNSPOKEN');
      const [mark, block] = [await background(marked.first()), await background(sample.locator('pre'))];
      expect(mark, 'a marked line has a background of its own').not.toBe(block);
      expect(mark).not.toBe('rgba(0, 0, 0, 0)');
      // The mark spans the block's width, not only its text: the eye follows a band, not a highlighter stroke.
      const [markBox, preBox] = [await marked.first().boundingBox(), await sample.locator('pre').boundingBox()];
      expect(markBox?.width ?? 0).toBeGreaterThanOrEqual((preBox?.width ?? 0) - 2);
      const bar = await marked.first().evaluate((node) => getComputedStyle(node).borderLeftWidth);
      expect(bar, 'and a bar beside it, for a reader who cannot tell the colours apart').toBe('3px');
    });
  });
}
