// Search, as a reader uses it, in real Chromium against the built site: Pagefind's files load only on the search
// page, from this site alone, under the page's own CSP, and a word from an essay's body finds and opens the essay.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// "Gibbon" is in the body of "The Footnote and the Margin" alone: no other essay, no title, no description.
const BODY_WORD = 'Gibbon';
const ESSAY_TITLE = 'The Footnote and the Margin';

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|wasm/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`uncaught: ${error.message}`));
  return violations;
}

const searchFiles = (urls: readonly string[]) => urls.filter((url) => new URL(url).pathname.startsWith('/pagefind/'));

test("a word found only in an essay's body finds it, with its category, date and excerpt, and opens it", async ({
  page,
  baseURL,
}) => {
  const problems = recordCspViolations(page);
  const requests = recordRequests(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  const field = page.getByRole('searchbox', { name: 'Find essays by any word in them' });
  await expect(field).toBeEnabled();
  await field.fill(BODY_WORD);

  const results = page.locator('.search-results > li');
  await expect(results).toHaveCount(1);
  const result = results.first();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(ESSAY_TITLE);
  await expect(result.locator('.essay-list-meta > span')).toHaveText(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]+ \d{4} · Craft$/,
  );
  await expect(result.locator('.search-excerpt mark').first()).toHaveText(new RegExp(BODY_WORD, 'i'));
  await expect(result.getByRole('button', { name: `Listen later: ${ESSAY_TITLE}` })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`1 essay found for “${BODY_WORD}”.`);
  await expect(page).toHaveURL(new RegExp(`\\?q=${BODY_WORD}$`));

  await result.getByRole('link', { name: ESSAY_TITLE }).click();
  await expect(page.locator('h1')).toHaveText(ESSAY_TITLE);

  // Offline by construction: every request went to this site, and the wasm ran under the page's own CSP.
  expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL ?? '').origin)).toEqual([]);
  expect(searchFiles(requests).some((url) => url.endsWith('.pagefind'))).toBe(true);
  expect(problems).toEqual([]);
});

test('no page loads a search file before the reader opens search', async ({ page }) => {
  const requests = recordRequests(page);
  for (const path of ['/', '/essays/the-plain-page/', '/category/craft/', '/tags/', '/archive/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(searchFiles(requests)).toEqual([]);
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toBeEnabled();
  expect(searchFiles(requests).length).toBeGreaterThan(0);
});

test('a search in the address is run on arrival; a word in no essay says so', async ({ page }) => {
  await page.goto(`/search/?q=${BODY_WORD}`);
  await expect(page.getByRole('searchbox')).toHaveValue(BODY_WORD);
  await expect(page.getByText('Search runs in your browser')).toBeHidden();
  await expect(page.locator('.search-results > li')).toHaveCount(1);
  await page.getByRole('searchbox').fill('zzyzxqq');
  await expect(page.getByRole('status')).toHaveText('No essay contains “zzyzxqq”.');
  await expect(page.locator('.search-results > li')).toHaveCount(0);
});

test('without JavaScript, the search page says so politely and points to the archive', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeDisabled();
  await expect(page.locator('.search-without-script').getByRole('link', { name: 'archive' })).toHaveAttribute(
    'href',
    '/archive/',
  );
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results has no axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${BODY_WORD}`);
    await expect(page.locator('.search-results > li')).toHaveCount(1);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
