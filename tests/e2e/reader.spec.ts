// A reader's walk through the built site, in real Chromium: home → essay → footnote → back → category → RSS.
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

test('a reader goes from the home page to an essay, its footnotes, its category and the feed', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Lectern/);
  // The newest essay with footnotes: not every essay has them (the newest sample has figures instead).
  const links = page.locator('.essay-list h2 a');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const withNotes = await Promise.all(
    hrefs.map(async (href) => (await (await request.get(href)).text()).includes('data-footnote-ref')),
  );
  expect(withNotes, 'the home page lists an essay with footnotes').toContain(true);
  const essayLink = links.nth(withNotes.indexOf(true));
  const essayTitle = (await essayLink.textContent())?.trim() ?? '';
  await essayLink.click();

  await expect(page.locator('h1')).toHaveText(essayTitle);
  const byline = page.locator('.byline');
  await expect(byline).toHaveText(/^Posted on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]+ \d{4} in .+/);
  const time = byline.locator('time').first();
  const datetime = await time.getAttribute('datetime');
  const [year, , day] = (datetime ?? '').split('-');
  await expect(time).toContainText(`${Number(day)} `);
  await expect(time).toContainText(String(year));

  // Footnote reference -> note -> back-link returns to the reference.
  const reference = page.locator('[data-footnote-ref]').first();
  const referenceId = await reference.getAttribute('id');
  await reference.click();
  const noteId = (await reference.getAttribute('href'))?.slice(1) ?? '';
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  const note = page.locator(`[id="${noteId}"]`);
  await expect(note).toBeInViewport();
  await note.locator('[data-footnote-backref]').first().click();
  await expect(page).toHaveURL(new RegExp(`#${referenceId}$`));
  await expect(page.locator(`[id="${referenceId}"]`)).toBeInViewport();

  // The category link in the byline leads to an archive that lists this essay.
  const categoryName = (await byline.locator('a').textContent())?.trim() ?? '';
  await byline.locator('a').click();
  await expect(page.locator('h1')).toHaveText(categoryName);
  await expect(page.locator('.essay-list h2 a', { hasText: essayTitle })).toBeVisible();

  // The feed parses as XML and carries the essay.
  const rss = await request.get('/rss.xml');
  expect(rss.headers()['content-type']).toContain('xml');
  const feed = new XMLParser().parse(await rss.text());
  const titles = [feed.rss.channel.item].flat().map((item: { title: string }) => String(item.title));
  expect(titles).toContain(essayTitle);
});

test('an essay with one footnote cited twice links both references to the note and back', async ({ page }) => {
  await page.goto('/essays/the-footnote-and-the-margin/');
  const twice = page.locator('[data-footnote-ref][href="#user-content-fn-grafton"]');
  await expect(twice).toHaveCount(2);
  const backLinks = page.locator('#user-content-fn-grafton [data-footnote-backref]');
  await expect(backLinks).toHaveCount(2);
  const labels = await backLinks.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')));
  expect(new Set(labels).size).toBe(2);
  await backLinks.nth(1).click();
  await expect(page).toHaveURL(/#user-content-fnref-grafton-2$/);
  await expect(page.locator('#user-content-fnref-grafton-2')).toBeInViewport();
});

test('footnotes are well set: a text arrow, and a heading only screen readers get', async ({ page }) => {
  await page.goto('/essays/the-footnote-and-the-margin/');
  const arrow = await page.locator('[data-footnote-backref]').first().textContent();
  expect(arrow).toBe('\u21A9\uFE0E');
  const heading = page.locator('#footnote-label');
  await expect(heading).toHaveText('Footnotes');
  const box = await heading.boundingBox();
  expect((box?.width ?? 0) * (box?.height ?? 0)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('heading', { name: 'Footnotes', exact: true })).toHaveCount(1);
});

test('every page has a title, description, language, favicon and feed link, and all but the 404 a canonical URL', async ({
  page,
}) => {
  for (const path of [
    '/',
    '/page/2/',
    '/essays/the-plain-page/',
    '/category/',
    '/category/craft/',
    '/archive/',
    '/404.html',
  ]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect((await page.title()).length).toBeGreaterThan(5);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    // The 404 page answers at every missing address, so it names none as canonical.
    if (path === '/404.html') await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    else await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\//);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
      'href',
      /\/rss\.xml$/,
    );
  }
});

test('the home page lists essays newest first, a page at a time', async ({ page }) => {
  await page.goto('/');
  const dates = await page
    .locator('.essay-list time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  await page.getByRole('link', { name: /Older essays/ }).click();
  await expect(page).toHaveURL(/\/2\/$/);
  const older = await page
    .locator('.essay-list time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(older.every((d) => d <= (dates.at(-1) ?? ''))).toBe(true);
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-essay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
