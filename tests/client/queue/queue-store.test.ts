// @vitest-environment happy-dom
// Where the queue is kept: localStorage for the queue and the setting, this tab's sessionStorage for a queue move.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetQueueMove, markQueueMove, queueMovedTo, queuePrevious } from '../../../src/client/queue/queue-moves.ts';
import { continuousPlay, saveContinuousPlay } from '../../../src/client/queue/continuous-play.ts';
import { onQueueChange, readQueue, saveQueue } from '../../../src/client/queue/queue-store.ts';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the stored queue', () => {
  it('reads back the queue saved, in order', () => {
    saveQueue([
      { slug: 'b', title: 'B' },
      { slug: 'a', title: 'A' },
    ]);
    expect(readQueue().map((essay) => essay.slug)).toEqual(['b', 'a']);
  });

  it('is empty, not broken, when what is stored does not parse', () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    localStorage.setItem('lectern:queue', '{not json');
    expect(readQueue()).toEqual([]);
  });

  it('forgets the key once the queue is empty', () => {
    saveQueue([{ slug: 'a', title: 'A' }]);
    saveQueue([]);
    expect(localStorage.length).toBe(0);
  });

  it("tells this page's controls each time it is saved", () => {
    const changed = vi.fn();
    onQueueChange(changed);
    saveQueue([{ slug: 'a', title: 'A' }]);
    expect(changed).toHaveBeenCalledOnce();
  });
});

describe('continuous play', () => {
  it('is on until turned off, and remembered', () => {
    expect(continuousPlay()).toBe(true);
    saveContinuousPlay(false);
    expect(continuousPlay()).toBe(false);
    saveContinuousPlay(true);
    expect(continuousPlay()).toBe(true);
  });
});

describe('a queue move', () => {
  it('starts the essay it moved to, until forgotten, so that a reload does not start it again', () => {
    markQueueMove('b', 'a');
    expect(queueMovedTo('a')).toBe(false);
    expect(queueMovedTo('b')).toBe(true);
    forgetQueueMove();
    expect(queueMovedTo('b')).toBe(false);
  });

  it('remembers the essay it left, for "previous track"', () => {
    expect(queuePrevious()).toBeUndefined();
    markQueueMove('b', 'a');
    expect(queuePrevious()).toBe('a');
  });
});
