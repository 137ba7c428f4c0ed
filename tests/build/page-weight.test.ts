// Essay pages stay light for a reader on a slow phone: every script and every stylesheet an essay page loads, and the
// longest essay's HTML, within gzip budgets. Run after `npm run build`.
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { overBudget, pageWeight, type Budget } from '../support/page-weight.ts';

const KB = 1024;
// JS 8 -> 9 KB for read-along by the sentence (issue 20): the sentence highlight, the keyboard's sentence moves, and
// playing from a clicked or selected sentence. 9 -> 10 KB for listening beyond one essay (issue 21): the few lines up
// front of the queue, the chapters, the sleep timer, the time link and Save for offline, each loading the rest of its
// code as its own file on first use.
const BUDGET: Budget = { js: 10 * KB, css: 10 * KB, html: 40 * KB };

describe('page weight', () => {
  const essays = builtPages()
    .filter((page) => /^essays\/[^/]+\/index\.html$/.test(page))
    .map((page) => pageWeight(DIST, page));
  const longest = essays.reduce((a, b) => (b.html.bytes > a.html.bytes ? b : a));
  const narrated = essays.filter((weight) => weight.js.parts.length > 0);

  it('has essays to weigh, at least one with the player and read-along scripts, and their stylesheets', () => {
    expect(essays.length).toBeGreaterThan(1);
    expect(narrated.length).toBeGreaterThan(0);
    expect(narrated.every((weight) => weight.css.parts.length > 0)).toBe(true);
  });

  it('keeps every essay page within 10 KB of JavaScript and 10 KB of CSS, gzip, all files counted', () => {
    for (const weight of essays)
      console.info(
        `${weight.page}: JS ${weight.js.bytes} B, CSS ${weight.css.bytes} B, HTML ${weight.html.bytes} B gzip`,
      );
    expect(essays.flatMap((weight) => overBudget(weight, { js: BUDGET.js, css: BUDGET.css }))).toEqual([]);
  });

  it("keeps the longest essay's HTML within 40 KB gzip", () => {
    expect(overBudget(longest, { html: BUDGET.html })).toEqual([]);
  });

  it('reports each budget a page breaks, naming the page, the measure and the files', () => {
    const [weight] = narrated;
    expect(weight).toBeDefined();
    const problems = overBudget(weight!, { js: 100, css: 100, html: 100 });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      new RegExp(`^${weight!.page}: HTML is \\d+ bytes gzip, over the budget of 100 \\(${weight!.page}\\)$`),
    );
    expect(problems[1]).toMatch(/: JS is \d+ bytes gzip, over the budget of 100 \(_astro\/.+\.js/);
    expect(problems[2]).toMatch(/: CSS is \d+ bytes gzip, over the budget of 100 \(/);
  });
});
