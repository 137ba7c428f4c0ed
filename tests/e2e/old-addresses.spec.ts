// An archive that moved in keeps its old links: in real Chromium an old address lands on the essay, and every rule
// of dist/_redirects (what Netlify and Cloudflare read) leads to a page the site serves.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SITE } from '../../src/site.config.ts';

// The sample essay content/essays/moving-house.md lists these in its `aliases:`.
const OLD_ADDRESSES = ['/moving-house.html', '/2019/03/moving-house/'];

for (const old of OLD_ADDRESSES) {
  test(`the old address ${old} lands on the essay, which names itself canonical`, async ({ page }) => {
    await page.goto(old);
    await expect(page).toHaveURL(/\/essays\/moving-house\/$/);
    await expect(page.locator('h1')).toHaveText('Moving House');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE.url}/essays/moving-house/`);
  });
}

test('every line of _redirects is a permanent redirect to a page the site serves', async ({ request }) => {
  const lines = readFileSync('dist/_redirects', 'utf8').trimEnd().split('\n');
  const rules = lines.map((line) => line.split(/\s+/));
  for (const old of [...OLD_ADDRESSES, ...SITE.oldFeeds]) expect(rules.map(([from]) => from)).toContain(old);
  for (const [line, rule] of rules.entries()) {
    expect(rule, lines[line]).toHaveLength(3);
    const [from = '', to = '', status] = rule;
    expect(status, lines[line]).toBe('301!');
    expect(from, lines[line]).not.toBe(to);
    const response = await request.get(to, { maxRedirects: 0 });
    expect(response.status(), lines[line]).toBe(200);
  }
});
