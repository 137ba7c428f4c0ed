// Every page type, in light and dark (one load, both schemes): axe finds no WCAG 2.2 AA violation, and the page logs no console error,
// fails no request (a missing favicon included) and breaks no rule of its Content Security Policy.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagePath } from '../../src/integrations/csp-headers.ts';
import { builtPages } from '../support/built-site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The richest essay: narration, footnotes cited twice, a table, a quotation, lists and subheadings.
const NARRATED_ESSAY = '/essays/the-footnote-and-the-margin/';
// Highlighted code in shell, TypeScript and CSS, with lines wider than a phone.
const CODE_ESSAY = '/essays/code-you-cannot-hear/';
const MISSING_PAGE = '/no-such-essay/';
const PAGES: Record<string, string> = {
  home: '/',
  'home, page 2': '/page/2/',
  'essay with narration': NARRATED_ESSAY,
  'essay with code': CODE_ESSAY,
  'category index': '/category/',
  category: '/category/craft/',
  archive: '/archive/',
  'search, with results': '/search/?q=Gibbon',
  'tags index': '/tags/',
  tag: '/tags/craft/',
  'page not found': MISSING_PAGE,
};

interface Problems {
  consoleErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
}

/** Records what goes wrong on a page from before its first script runs. Only MISSING_PAGE itself may answer 404. */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { consoleErrors: [], failedRequests: [], cspViolations: [] };
  const isMissingPage = (url: string) => new URL(url).pathname === MISSING_PAGE;
  page.on('console', (message) => {
    const { url } = message.location();
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.cspViolations.push(message.text());
    // Chromium logs the 404 page's own document as a resource that failed to load.
    else if (message.type() === 'error' && !(url && isMissingPage(url) && message.text().includes('status of 404'))) {
      problems.consoleErrors.push(`${message.text()} (${url})`);
    }
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The browser cancels what it no longer needs when the test moves to the next page (the tab's favicon, fetched
    // when the browser likes, seen in CI): a cancel, not a failure. A missing file still fails, as an HTTP status below.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const expected =
      response.status() === 404 && response.request().isNavigationRequest() && isMissingPage(response.url());
    if (response.status() >= 400 && !expected)
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => problems.cspViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}

/** Loads a page as a reader would, and waits until it has settled: scripts run, player enhanced, network quiet. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path === NARRATED_ESSAY) await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
  await page.waitForLoadState('networkidle');
}

// The browser fetches the icon for its tab when it likes, maybe after the checks: ask for it directly.
async function expectIconsServed(page: Page): Promise<void> {
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.length, 'a favicon link').toBeGreaterThan(0);
  for (const icon of icons) expect((await page.request.get(icon)).status(), icon).toBe(200);
}

async function axeViolations(page: Page): Promise<string[]> {
  // Colours halfway through a transition (the mini player fading in) are no colours a reader keeps seeing.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
}

function expectNoProblems(problems: Problems): void {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.cspViolations, 'CSP violations').toEqual([]);
}

test('the watcher notices a blocked inline script, a missing file and a console error', async ({ page }) => {
  const problems = await watch(page);
  await visit(page, '/');
  await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.head.append(script);
    await fetch('/no-such-file.png');
    console.error('something broke');
  });
  await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
  expect(problems.cspViolations.join('\n')).toMatch(/script-src/);
  expect(problems.failedRequests).toContainEqual(expect.stringMatching(/no-such-file\.png: HTTP 404$/));
  expect(problems.consoleErrors).toContainEqual(expect.stringMatching(/^something broke/));
});

test('every built page loads with no console error, failed request or CSP violation', async ({ page }) => {
  test.slow();
  const problems = await watch(page);
  // The pages of PAGES are loaded and watched the same way by their own tests below, which add axe.
  const watchedBelow = new Set(Object.values(PAGES));
  const paths = builtPages().map(pagePath);
  expect(paths.filter((path) => watchedBelow.has(path)).length, 'PAGES are built pages').toBeGreaterThan(5);
  for (const path of paths.filter((path) => !watchedBelow.has(path))) await visit(page, path);
  expectNoProblems(problems);
});

// Each page is loaded once and checked in both schemes: switching the emulated scheme restyles the page as a reader's
// setting would, and a second load per scheme made this file a third of the browser tests' time (378 of 1,072 s).
const SCHEMES = ['light', 'dark'] as const;
const NONE = Object.fromEntries(SCHEMES.map((scheme) => [scheme, []]));

/** axe's violations in each scheme in turn, the page's own matchMedia agreeing with the scheme set. */
async function axeInEachScheme(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    found[colorScheme] = await axeViolations(page);
  }
  return found;
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} (${path}) passes axe in light and dark and logs no error, failed request or CSP violation`, async ({
    page,
  }) => {
    const problems = await watch(page);
    await visit(page, path);
    expect(await axeInEachScheme(page)).toEqual(NONE);
    await expectIconsServed(page);
    expectNoProblems(problems);
  });
}

// On a phone, tables and code blocks scroll sideways and the read-along buttons take their narrow layout.
for (const path of [NARRATED_ESSAY, CODE_ESSAY]) {
  test(`an essay on a phone-sized screen (${path}) passes axe in light and dark and logs no problem`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const problems = await watch(page);
    await visit(page, path);
    expect(await axeInEachScheme(page)).toEqual(NONE);
    expectNoProblems(problems);
  });
}

test('code blocks take their colours from the stylesheet, not from inline styles, in light and dark', async ({
  page,
}) => {
  await visit(page, CODE_ESSAY);
  const blocks = page.locator('[data-essay-body] pre');
  await expect(blocks).toHaveCount(5);
  expect(await page.locator('[data-essay-body] pre [style], [data-essay-body] pre[style]').count()).toBe(0);
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const block of await blocks.all()) {
      const colours = await block
        .locator('.token')
        .evaluateAll((tokens) => tokens.map((token) => getComputedStyle(token).color));
      const plain = await block.evaluate((pre) => getComputedStyle(pre).color);
      expect(
        new Set(colours.filter((colour) => colour !== plain)).size,
        `${colorScheme}: ${(await block.getAttribute('data-language')) ?? ''}`,
      ).toBeGreaterThan(1);
    }
  }
});

test('an essay passes axe in light and dark while its narration plays, with the mini player shown', async ({
  page,
}) => {
  const problems = await watch(page);
  await visit(page, NARRATED_ESSAY);
  await page.locator('#listen [data-action="toggle"]').click();
  await expect(page.locator('lectern-player')).toHaveAttribute('data-playing', '');
  expect(await axeInEachScheme(page), 'playing').toEqual(NONE);
  await page.locator('.site-footer').scrollIntoViewIfNeeded();
  await expect(page.locator('#listen-mini')).toHaveAttribute('data-shown', '');
  expect(await axeInEachScheme(page), 'mini player shown').toEqual(NONE);
  expectNoProblems(problems);
});
