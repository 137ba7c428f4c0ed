// Footnotes as a reader meets them in real Chromium: sidenotes beside their references on a wide screen, a popover
// where there is no margin, the plain endnotes without JavaScript, in step with the narration, and axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// The sample essay with the most notes (12, one of them cited twice; what-the-ear-forgives has as many).
const ESSAY = '/essays/the-footnote-and-the-margin/';
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 375, height: 740 };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const refs = (page: Page) => page.locator('[data-essay-body] a[data-footnote-ref]');
const sidenotes = (page: Page) => page.locator('[data-essay-body] [data-sidenote]');
const popover = (page: Page) => page.getByRole('dialog', { name: /^Note \d+$/ });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
/** The sidenote the build put beside a reference: its <sup>'s next sibling. */
const sidenoteOf = (ref: Locator) => ref.locator('xpath=../following-sibling::*[1][@data-sidenote]');

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Each reference with its sidenote's box, the box of the text's line it sits on, and the text column's right edge. */
async function wideLayout(page: Page): Promise<Array<{ ref: Box; line: number; note: Box; textRight: number }>> {
  return refs(page).evaluateAll((anchors) =>
    anchors.map((anchor) => {
      const box = (element: Element): Box => {
        const { top, bottom, left, right } = element.getBoundingClientRect();
        return { top: top + window.scrollY, bottom: bottom + window.scrollY, left, right };
      };
      const note = anchor.parentElement?.nextElementSibling;
      const block = anchor.closest('p, li, h2, h3, blockquote');
      if (!note || !block) throw new Error(`reference ${anchor.textContent} has no sidenote or block`);
      return {
        ref: box(anchor),
        line: parseFloat(getComputedStyle(block).lineHeight),
        note: box(note),
        textRight: box(block).right,
      };
    }),
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map(
    (v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
}

async function openEssay(page: Page, hash = ''): Promise<void> {
  await page.goto(ESSAY + hash);
  await expect(page.locator('lectern-player')).toHaveAttribute('data-enhanced', '');
  await page.evaluate(() => document.fonts.ready);
}

test.describe('at 1,440 px', () => {
  test.use({ viewport: WIDE });

  test('every sidenote shows in the margin, level with its reference or just below the note above it', async ({
    page,
  }) => {
    await openEssay(page);
    const layout = await wideLayout(page);
    expect(layout).toHaveLength(13);
    let above: Box | undefined;
    for (const [index, { ref, line, note, textRight }] of layout.entries()) {
      const name = `sidenote ${index + 1}`;
      await expect(sidenoteOf(refs(page).nth(index)), name).toBeVisible();
      expect(note.left, `${name} starts right of the text`).toBeGreaterThan(textRight);
      expect(note.right, `${name} ends inside the window`).toBeLessThanOrEqual(WIDE.width);
      // A float starts on its reference's line, unless the note above it ends lower: then just below that one, at
      // most a line of text further (its 1rem margin below, this note's 0.3rem above; Chromium starts a float that
      // needs clearance on a line of its own).
      expect(note.top, `${name} no higher than its reference's line`).toBeGreaterThan(ref.top - line);
      if (above && note.top > ref.top + line)
        expect(note.top - above.bottom, `${name} just below the one above it`).toBeLessThanOrEqual(24 + line);
      else expect(Math.abs(note.top - ref.top), `${name} level with its reference`).toBeLessThan(line);
      if (above) expect(note.top, `${name} below the one above it`).toBeGreaterThanOrEqual(above.bottom);
      above = note;
    }
  });

  test('no sidenote overlaps another, and a long one pushes the next one down', async ({ page }) => {
    await openEssay(page);
    const notes = (await wideLayout(page)).map(({ note }) => note);
    const overlaps = notes.flatMap((a, i) =>
      notes
        .slice(i + 1)
        .filter((b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right)
        .map(() => i + 1),
    );
    expect(overlaps).toEqual([]);
    // References 9 and 10 share a line ("Markdown Extra and MultiMarkdown"), so the second note must start below the first.
    const pushed = (await wideLayout(page)).some(({ ref, line, note }) => note.top > ref.top + line);
    expect(pushed, 'at least one note was pushed down by a longer one').toBe(true);
  });

  test('nothing moves once the page has loaded: no layout shift', async ({ page }) => {
    await openEssay(page);
    await page.waitForLoadState('networkidle');
    // Reading down the essay and back, as a reader does.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(() => window.scrollTo(0, 0));
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => JSON.stringify(entry)))).observe({
            type: 'layout-shift',
            buffered: true,
          });
          // The observer only calls back when there are entries: none by the next frames means none at all.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
        }),
    );
    expect(shifts).toEqual([]);
  });

  test('the sidenotes are out of the accessibility tree and the Tab order, and duplicate no id', async ({ page }) => {
    await openEssay(page);
    await expect(sidenotes(page)).toHaveCount(13);
    for (const note of await sidenotes(page).all()) await expect(note).toHaveAttribute('aria-hidden', 'true');
    const links = sidenotes(page).locator('a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) await expect(link).toHaveAttribute('tabindex', '-1');
    const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // A reference beside its sidenote is a plain link to the list: it controls no popover.
    await expect(refs(page).first()).not.toHaveAttribute('aria-expanded');
    await expect(refs(page).first()).not.toHaveAttribute('aria-controls');
  });
});

for (const viewport of [NARROW, { width: 1024, height: 768 }]) {
  test.describe(`at ${viewport.width} px, with no margin`, () => {
    test.use({ viewport });

    test('a reference opens its note in a popover; Escape closes it and focus returns; the page never scrolls', async ({
      page,
    }) => {
      await openEssay(page);
      await expect(sidenotes(page).first()).toBeHidden();
      const ref = refs(page).nth(2);
      await expect(ref).toHaveAttribute('aria-expanded', 'false');
      const endnoteId = (await ref.getAttribute('href'))?.slice(1) ?? '';
      const endnote = (await page.locator(`[id="${endnoteId}"]`).innerText()).replace(/↩\uFE0E?/g, '').trim();
      await ref.scrollIntoViewIfNeeded();
      const before = await scrollY(page);

      await ref.focus();
      await page.keyboard.press('Enter');
      await expect(popover(page)).toBeVisible();
      await expect(popover(page)).toHaveAccessibleName(`Note ${await ref.innerText()}`);
      await expect(popover(page)).toContainText(endnote);
      await expect(popover(page)).toBeFocused();
      await expect(popover(page).getByRole('link', { name: 'See it in the list of notes' })).toHaveAttribute(
        'href',
        `#${endnoteId}`,
      );
      await expect(ref).toHaveAttribute('aria-expanded', 'true');
      await expect(ref).toHaveAttribute('aria-controls', (await popover(page).getAttribute('id')) ?? '');
      await expect(page).toHaveURL(new RegExp(`${ESSAY}$`));
      expect(await scrollY(page)).toBe(before);
      await expect(popover(page)).toBeInViewport({ ratio: 1 });
      // Beside the reference, just above or below it, never over it.
      const [refBox, popoverBox] = [await ref.boundingBox(), await popover(page).boundingBox()];
      if (!refBox || !popoverBox) throw new Error('the reference or the popover has no box');
      const gap = Math.max(popoverBox.y - (refBox.y + refBox.height), refBox.y - (popoverBox.y + popoverBox.height));
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(16);

      await page.keyboard.press('Escape');
      await expect(popover(page)).toBeHidden();
      await expect(ref).toBeFocused();
      await expect(ref).toHaveAttribute('aria-expanded', 'false');
      expect(await scrollY(page)).toBe(before);
    });

    test('a click outside or on Close dismisses the popover; its link leads to the note in the list', async ({
      page,
    }) => {
      await openEssay(page);
      const ref = refs(page).nth(5);
      await ref.click();
      await expect(popover(page)).toBeVisible();
      await page.mouse.click(viewport.width / 2, 5);
      await expect(popover(page)).toBeHidden();

      await ref.click();
      await popover(page).getByRole('button', { name: 'Close' }).click();
      await expect(popover(page)).toBeHidden();
      await expect(ref).toBeFocused();

      await ref.click();
      await popover(page).getByRole('link', { name: 'See it in the list of notes' }).click();
      await expect(popover(page)).toBeHidden();
      const endnote = page.locator(`[id="${(await ref.getAttribute('href'))?.slice(1)}"]`);
      await expect(endnote).toBeInViewport();
      await expect(endnote).toHaveCSS('background-color', /rgb/);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reference leads to its note in the list, and the note back to the reference', async ({ page }) => {
    await page.setViewportSize(NARROW);
    await page.goto(ESSAY);
    await expect(sidenotes(page).first()).toBeHidden();
    const ref = refs(page).nth(3);
    const href = (await ref.getAttribute('href')) ?? '';
    await ref.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const endnote = page.locator(`[id="${href.slice(1)}"]`);
    await expect(endnote).toBeInViewport();
    await endnote.locator('[data-footnote-backref]').first().click();
    await expect(ref).toBeInViewport();
  });

  test('the sidenotes still show beside the text on a wide screen: they are HTML and CSS', async ({ page }) => {
    await page.setViewportSize(WIDE);
    await page.goto(ESSAY);
    await expect(sidenotes(page)).toHaveCount(13);
    for (const note of await sidenotes(page).all()) await expect(note).toBeVisible();
  });
});

test('print shows the endnotes and hides the sidenotes and the popover', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await openEssay(page);
  await page.emulateMedia({ media: 'print' });
  await expect(sidenotes(page).first()).toBeHidden();
  await expect(page.locator('[data-footnotes] li').first()).toBeVisible();
  await expect(page.locator('.footnote-popover')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('passes axe with the sidenotes in the margin, 1,440 px', async ({ page }) => {
      await page.setViewportSize(WIDE);
      await openEssay(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('passes axe with a note open in the popover, 375 px', async ({ page }) => {
      await page.setViewportSize(NARROW);
      await openEssay(page);
      await refs(page).first().click();
      await expect(popover(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('in step with the narration, 1,440 px', () => {
  test.use({ viewport: WIDE });

  test('the sidenotes of the paragraph being read are highlighted, and only those', async ({ page }) => {
    await page.goto(ESSAY);
    const block = page
      .locator('[data-essay-body] p[data-say]')
      .filter({ has: page.locator('[data-sidenote]') })
      .nth(1);
    const id = (await block.getAttribute('data-say')) ?? '';
    await openEssay(page, `#say=${id}`);
    await expect(block).toHaveAttribute('data-reading', '');
    const inBlock = block.locator('[data-sidenote]');
    expect(await inBlock.count()).toBeGreaterThan(0);
    for (const note of await inBlock.all()) await expect(note).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(sidenotes(page).first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test('when the notes are read at the end, the note being read and its sidenotes are highlighted', async ({
    page,
  }) => {
    await page.goto(ESSAY);
    // The note cited twice, so both of its sidenotes light up with it.
    const endnote = page.locator('[data-footnotes] li[data-say]').nth(1);
    const [endnoteId, say] = [await endnote.getAttribute('id'), await endnote.getAttribute('data-say')];
    await openEssay(page, `#say=${say}`);
    await expect(endnote).toHaveAttribute('data-reading', '');
    await expect(endnote).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    const itsSidenotes = page.locator(`[data-sidenote][data-note="${endnoteId}"]`);
    await expect(itsSidenotes).toHaveCount(2);
    for (const note of await itsSidenotes.all())
      await expect(note).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(sidenotes(page).first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });
});
