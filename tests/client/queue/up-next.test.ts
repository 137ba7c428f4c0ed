// @vitest-environment happy-dom
// "Up next" on an essay page, as it runs once the narration has started: the countdown when the narration ends, its
// Cancel, the mini player's next essay, and the lock screen's next track, all going through the queue.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueMovedTo, queuePrevious } from '../../../src/client/queue/queue-moves.ts';
import { readQueue, saveQueue } from '../../../src/client/queue/queue-store.ts';
import { essayUrl } from '../../../src/lib/site/urls.ts';

const PAGE = `
  <lectern-player data-slug="first" data-title="First">
    <audio></audio>
    <div data-up-next hidden><p data-up-next-line></p><button type="button" data-up-next-cancel hidden>Cancel</button></div>
    <p data-mini-next hidden></p>
  </lectern-player>`;

class StubPlayer extends HTMLElement {
  said = '';
  get audio(): HTMLAudioElement {
    return this.querySelector('audio') as HTMLAudioElement;
  }
  announce(message: string): void {
    this.said = message;
  }
}
if (!customElements.get('lectern-player')) customElements.define('lectern-player', StubPlayer);

const handlers = new Map<string, (() => void) | null>();
const assign = vi.fn();

async function openEssay(): Promise<void> {
  document.body.innerHTML = PAGE;
  vi.resetModules();
  await import('../../../src/client/queue/up-next.ts');
  // Lets the build's list of essays arrive.
  await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const panel = (): HTMLElement => document.querySelector('[data-up-next]') as HTMLElement;
const line = (): string => document.querySelector('[data-up-next-line]')?.textContent ?? '';
const end = (): void => {
  document.querySelector('audio')?.dispatchEvent(new Event('ended'));
};

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  handlers.clear();
  assign.mockReset();
  vi.stubGlobal('location', { ...window.location, assign });
  Object.defineProperty(navigator, 'mediaSession', {
    configurable: true,
    value: { setActionHandler: (action: string, handler: (() => void) | null) => handlers.set(action, handler) },
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json([
        { slug: 'first', title: 'First', category: 'Craft', date: '2026-02-01T00:00:00.000Z' },
        { slug: 'older', title: 'Older', category: 'Craft', date: '2026-01-01T00:00:00.000Z' },
      ]),
    ),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Up next', () => {
  it("names the queue's next essay in the mini player, and the lock screen's next track goes there", async () => {
    saveQueue([
      { slug: 'first', title: 'First' },
      { slug: 'second', title: 'Second' },
    ]);
    await openEssay();
    expect(document.querySelector('[data-mini-next]')?.textContent).toBe('Up next: Second');
    handlers.get('nexttrack')?.();
    expect(assign).toHaveBeenCalledWith(essayUrl('second'));
    expect(queueMovedTo('second')).toBe(true);
    expect(queuePrevious()).toBe('first');
    // Neither the essay left nor the one started waits in the queue any more.
    expect(readQueue()).toEqual([]);
  });

  it('counts down when the narration ends, then starts the next essay', async () => {
    saveQueue([{ slug: 'second', title: 'Second' }]);
    await openEssay();
    vi.useFakeTimers();
    end();
    expect(panel().hidden).toBe(false);
    expect(line()).toBe('Up next in 5 s: Second');
    vi.advanceTimersByTime(4_100);
    expect(line()).toBe('Up next in 1 s: Second');
    expect(assign).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(assign).toHaveBeenCalledWith(essayUrl('second'));
  });

  it('stops the countdown when cancelled, and only offers the next essay', async () => {
    saveQueue([{ slug: 'second', title: 'Second' }]);
    await openEssay();
    vi.useFakeTimers();
    end();
    document.querySelector<HTMLButtonElement>('[data-up-next-cancel]')?.click();
    vi.advanceTimersByTime(10_000);
    expect(assign).not.toHaveBeenCalled();
    expect(line()).toBe('Up next: Second');
    expect(document.querySelector<HTMLButtonElement>('[data-up-next-cancel]')?.hidden).toBe(true);
  });

  it('with continuous play off, offers the next essay without a countdown', async () => {
    saveQueue([{ slug: 'second', title: 'Second' }]);
    localStorage.setItem('lectern:continuous-play', 'off');
    await openEssay();
    vi.useFakeTimers();
    end();
    vi.advanceTimersByTime(10_000);
    expect(assign).not.toHaveBeenCalled();
    expect(line()).toBe('Up next: Second');
  });

  it('with an empty queue, offers the next essay in the category, and starts nothing', async () => {
    await openEssay();
    vi.useFakeTimers();
    end();
    vi.advanceTimersByTime(10_000);
    expect(assign).not.toHaveBeenCalled();
    expect(line()).toBe('Next in Craft: Older');
    expect(document.querySelector('[data-up-next-line] a')?.getAttribute('href')).toBe(essayUrl('older'));
  });
});
