// Images, figures and asides as a reader meets them, on a phone and a wide screen, light and dark: captions set as
// captions, the aside apart from the text, nothing moving as images arrive, and a phone fetching smaller files.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ESSAY = '/essays/a-picture-read-aloud/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };

/**
 * Sums the layout shifts from before the first paint, as Lighthouse's CLS counts them, leaving out a shift that moves
 * only the player's own controls: on a loaded machine its download link was once painted before its label was parsed
 * (0.0002, one run in eight), a race of the player's, not of the essay's images, figures and asides.
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> };
    const store = window as unknown as { layoutShift: number };
    store.layoutShift = 0;
    const inPlayer = (node?: Node | null): boolean =>
      (node instanceof Element ? node : node?.parentElement)?.closest('lectern-player') != null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (!entry.hadRecentInput && !entry.sources.every((source) => inPlayer(source.node)))
          store.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Scrolls through the essay as a reader does, so every lazy image loads, and waits until each has. */
async function readToTheEnd(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) await page.mouse.wheel(0, 600);
  await expect
    .poll(() =>
      page
        .locator('.essay-body img')
        .evaluateAll((images) =>
          images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
        ),
    )
    .toBe(true);
}

const fontSize = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const viewport of [PHONE, DESKTOP]) {
      test(`at ${viewport.width} px: captions smaller than the text, the aside apart, no layout shift, no axe violation`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await recordLayoutShifts(page);
        await page.goto(ESSAY);
        expect(await fontSize(page, '.essay-body figcaption')).toBeLessThan(await fontSize(page, '.essay-body > p'));

        const aside = page.locator('.essay-body aside');
        const text = await page.locator('.essay-body > p').first().boundingBox();
        const box = await aside.boundingBox();
        if (!text || !box) throw new Error('no paragraph or aside on the page');
        if (viewport === DESKTOP) {
          expect(box.x, 'the aside stands in the margin, right of the text').toBeGreaterThanOrEqual(
            text.x + text.width,
          );
        } else {
          const style = await aside.evaluate((element) => getComputedStyle(element));
          expect(parseFloat(style.borderLeftWidth), 'the aside is boxed').toBeGreaterThan(0);
          const next = await page.locator('.essay-body aside + *').boundingBox();
          expect(next && next.y - (box.y + box.height), 'a paragraph gap below the aside').toBeGreaterThanOrEqual(16);
        }

        await readToTheEnd(page);
        expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBe(0);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('a phone downloads smaller image files than a wide screen', async ({ browser }) => {
  const bytesAt = async (viewport: typeof PHONE): Promise<number> => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'image' && response.url().includes('/_astro/'))
        sizes.push(response.body().then((b) => b.length));
    });
    await page.goto(ESSAY);
    await readToTheEnd(page);
    const total = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    await context.close();
    return total;
  };
  const phone = await bytesAt(PHONE);
  const desktop = await bytesAt(DESKTOP);
  expect(phone).toBeGreaterThan(0);
  expect(phone).toBeLessThan(desktop);
});

test('each image links to its full-size file, the largest it has', async ({ page, request }) => {
  await page.goto(ESSAY);
  for (const link of await page.locator('.essay-body a.full-size').all()) {
    const srcset = await link.locator('img').getAttribute('srcset');
    const largest = srcset
      ?.split(',')
      .map((c) => c.trim().split(/\s+/))
      .sort((a, b) => parseInt(b[1] ?? '0', 10) - parseInt(a[1] ?? '0', 10))[0]?.[0];
    expect(await link.getAttribute('href')).toBe(largest);
    expect((await request.get(String(largest))).status()).toBe(200);
  }
  expect(await page.locator('.essay-body a.full-size').count()).toBe(3);
});

test('at 1,440 px the wide figure reaches past the column without meeting the aside in the margin', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(ESSAY);
  const text = await page.locator('.essay-body > p').first().boundingBox();
  const wide = await page.locator('.essay-body figure.wide').boundingBox();
  const aside = await page.locator('.essay-body aside').boundingBox();
  if (!text || !wide || !aside) throw new Error('no paragraph, wide figure or aside on the page');
  expect(wide.width).toBeGreaterThan(text.width);
  expect(wide.x + wide.width).toBeLessThanOrEqual(aside.x);
  expect(wide.x).toBeGreaterThanOrEqual(0);
});

test('printed, images and captions stay within the page width', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.goto(ESSAY);
  const body = await page.locator('.essay-body').boundingBox();
  if (!body) throw new Error('no essay body');
  for (const element of await page.locator('.essay-body :is(img, figcaption)').all()) {
    const box = await element.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(body.x - 0.5);
    expect(box && box.x + box.width).toBeLessThanOrEqual(body.x + body.width + 0.5);
  }
});

test("the RSS full text carries the essay's images, every src and srcset URL absolute and served", async ({
  request,
}) => {
  const rss = await (await request.get('/rss.xml')).text();
  const item = rss.split('<item>').find((text) => text.includes(`<link>https://lectern.example.org${ESSAY}</link>`));
  const images = [...(item ?? '').matchAll(/&lt;img [\s\S]*?&gt;/g)].map((m) => m[0].replaceAll('&quot;', '"'));
  expect(images).toHaveLength(3);
  for (const image of images) {
    const srcset = /srcset="([^"]*)"/.exec(image)?.[1] ?? '';
    const urls = [
      / src="([^"]*)"/.exec(image)?.[1] ?? '',
      ...srcset.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''),
    ];
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/lectern\.example\.org\/_astro\//);
      expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
    }
  }
});
