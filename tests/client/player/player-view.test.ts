// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { playerView, type ViewState } from '../../../src/client/player/player-view.ts';

let root: HTMLElement;
let render: (state: ViewState) => void;
const text = (name: string): string[] =>
  [...root.querySelectorAll(`[data-${name}]`)].map((node) => node.textContent ?? '');
const seek = (): HTMLInputElement => root.querySelector<HTMLInputElement>('[data-seek]')!;
const paused = { position: 462, duration: 960, playing: false, offer: undefined };

beforeEach(() => {
  document.body.innerHTML = `
    <lectern-player>
      <div data-main><span data-play-label></span> <input type="range" data-seek />
        <span data-elapsed></span> / <span data-total></span></div>
      <div data-mini><span data-play-label></span> <span data-elapsed></span></div>
    </lectern-player>`;
  root = document.querySelector<HTMLElement>('lectern-player')!;
  render = playerView(root);
});

describe('playerView', () => {
  it('shows the position and the duration as clock times, in the full and the mini player', () => {
    render(paused);
    expect(text('elapsed')).toEqual(['7:42', '7:42']);
    expect(text('total')).toEqual(['16:00']);
  });
  it('labels the button Pause while playing, and Play while paused', () => {
    render({ ...paused, playing: true });
    expect(text('play-label')).toEqual(['Pause', 'Pause']);
    expect(root.hasAttribute('data-playing')).toBe(true);
    render(paused);
    expect(text('play-label')).toEqual(['Play', 'Play']);
    expect(root.hasAttribute('data-playing')).toBe(false);
  });
  it('labels the button with the offer until the first play: "Resume from 7:42"', () => {
    render({ ...paused, offer: 'Resume from 7:42' });
    expect(text('play-label')).toEqual(['Resume from 7:42', 'Resume from 7:42']);
  });
  it('says the position in words to screen readers on the seek bar', () => {
    render(paused);
    expect(seek().getAttribute('aria-valuetext')).toBe('7 minutes 42 seconds of 16 minutes');
    expect(seek().max).toBe('960');
    expect(seek().value).toBe('462');
  });
  it('draws the progress as a fraction, and none before the duration is known', () => {
    render(paused);
    expect(root.style.getPropertyValue('--progress')).toBe(String(462 / 960));
    render({ ...paused, duration: 0 });
    expect(root.style.getPropertyValue('--progress')).toBe('0');
  });
  it('never draws more than the whole bar', () => {
    render({ ...paused, position: 961 });
    expect(root.style.getPropertyValue('--progress')).toBe('1');
  });
  it('leaves unchanged text alone, so screen readers do not announce it four times a second', () => {
    render(paused);
    const label = root.querySelector('[data-play-label]')!;
    const before = label.firstChild;
    render({ ...paused, position: 462.3 });
    expect(label.firstChild).toBe(before);
  });
});
