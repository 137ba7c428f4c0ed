// @vitest-environment happy-dom
// The player's skip buttons and keys on a real <lectern-player>, before any audio has loaded (happy-dom loads none),
// where the duration comes from the build.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LecternPlayer } from '../../../src/client/player/lectern-player.ts';

const PLAYER = `
  <lectern-player data-slug="on-reading" data-title="On Reading" data-duration="960" data-artwork="[]">
    <div data-main>
      <audio controls preload="none"></audio>
      <button type="button" data-action="back">Back 15 seconds</button>
      <button type="button" data-action="toggle"><span data-play-label>Play</span></button>
      <button type="button" data-action="forward">Forward 30 seconds</button>
      <input type="range" data-seek min="0" step="1" />
      <span data-elapsed></span> / <span data-total></span>
      <p data-status role="status"></p>
    </div>
  </lectern-player>`;

let player: LecternPlayer;
/** Puts the player in the page whole, as a browser does with the parsed page: connected once its children are there. */
const mount = (): LecternPlayer => {
  const template = document.createElement('template');
  template.innerHTML = PLAYER;
  document.body.replaceChildren(document.importNode(template.content, true));
  return document.querySelector<LecternPlayer>('lectern-player')!;
};
const click = (action: string): void => player.querySelector<HTMLElement>(`[data-action="${action}"]`)!.click();
const press = (key: string): void => {
  player.querySelector('[data-seek]')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
};

beforeAll(async () => {
  await import('../../../src/client/player/lectern-player.ts');
});
beforeEach(() => {
  localStorage.clear();
  player = mount();
  player.seekTo(100);
});

describe('<lectern-player>', () => {
  it('the forward button skips forward 30 seconds', () => {
    click('forward');
    expect(player.position).toBe(130);
  });
  it('the back button skips back 15 seconds', () => {
    click('back');
    expect(player.position).toBe(85);
  });
  it('skipping back near the start stops at the start', () => {
    player.seekTo(10);
    click('back');
    expect(player.position).toBe(0);
  });
  it('skipping forward near the end stops at the end', () => {
    player.seekTo(950);
    click('forward');
    expect(player.position).toBe(960);
  });
  it('ArrowRight in the player skips forward 5 seconds, and ArrowLeft back 5', () => {
    press('ArrowRight');
    expect(player.position).toBe(105);
    press('ArrowLeft');
    press('ArrowLeft');
    expect(player.position).toBe(95);
  });
  it('shows the position and the duration from the build as clock times', () => {
    expect(player.querySelector('[data-elapsed]')?.textContent).toBe('1:40');
    expect(player.querySelector('[data-total]')?.textContent).toBe('16:00');
  });
  it('swaps the native controls for its own', () => {
    expect(player.audio.controls).toBe(false);
    expect(player.hasAttribute('data-enhanced')).toBe(true);
  });
  it('offers to resume where the essay was left', () => {
    localStorage.setItem('lectern:position:on-reading', '462');
    player = mount();
    expect(player.position).toBe(462);
    expect(player.querySelector('[data-play-label]')?.textContent).toBe('Resume from 7:42');
  });
});
