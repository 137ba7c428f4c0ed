// Focus on the last control before the essay body, whatever the player and its add-ons put there (Download, Save for
// offline, Saved essays): the next Tab is the body's first stop.
import type { Page } from '@playwright/test';

export async function focusBeforeEssayBody(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const body = document.querySelector('[data-essay-body]');
    if (!body) return false;
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]')]
      .filter((element) => element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true }))
      .filter((element) => element.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
    tabbable.at(-1)?.focus();
    return tabbable.length > 0;
  });
  if (!found) throw new Error('no control before the essay body to start tabbing from');
}
