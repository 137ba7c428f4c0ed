// @vitest-environment happy-dom
// The home page's card, filled by the script as it runs on the page: each test loads it afresh on its own page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveLastHeard, savePosition } from '../../../src/client/player/saved-state.ts';
import { essayUrl } from '../../../src/lib/site/urls.ts';

const CARD = `
  <aside data-continue-listening hidden>
    Continue listening: <a data-continue-link href="/">essay</a> <span data-continue-time></span>
    <button type="button" data-continue-dismiss>Dismiss</button>
  </aside>`;

async function loadHomePage(): Promise<HTMLElement> {
  document.body.innerHTML = CARD;
  vi.resetModules();
  await import('../../../src/client/continue/continue-listening.ts');
  return document.querySelector<HTMLElement>('[data-continue-listening]')!;
}

beforeEach(() => localStorage.clear());

describe('the Continue listening card', () => {
  it('links to the essay heard last and says where it was left, of how long', async () => {
    saveLastHeard({ slug: 'on-reading', title: 'On Reading', duration: 960 });
    savePosition('on-reading', 462);
    const card = await loadHomePage();
    expect(card.hidden).toBe(false);
    const link = card.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
    expect(link.textContent).toBe('On Reading');
    expect(new URL(link.href).pathname).toBe(essayUrl('on-reading'));
    expect(card.querySelector('[data-continue-time]')?.textContent).toBe('— 7:42 of 16:00');
  });
  it('stays hidden when there is nothing to continue', async () => {
    const card = await loadHomePage();
    expect(card.hidden).toBe(true);
  });
  it('hides when dismissed, and stays hidden on the next visit', async () => {
    saveLastHeard({ slug: 'on-reading', title: 'On Reading', duration: 960 });
    savePosition('on-reading', 462);
    const card = await loadHomePage();
    card.querySelector<HTMLButtonElement>('[data-continue-dismiss]')!.click();
    expect(card.hidden).toBe(true);
    expect((await loadHomePage()).hidden).toBe(true);
  });
});
