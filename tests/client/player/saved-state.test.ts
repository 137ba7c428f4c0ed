// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LAST_HEARD_KEY,
  remember,
  saveLastHeard,
  savePosition,
  saveSpeed,
  savedPosition,
  savedSpeed,
  storage,
} from '../../../src/client/player/saved-state.ts';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

/** Storage as a browser with cookies off or a strict private window has it: reading localStorage throws. */
const blockStorage = (): void => {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
};

describe('savedPosition', () => {
  it('offers to resume where the essay was left', () => {
    savePosition('on-reading', 462);
    expect(savedPosition('on-reading', 960)).toBe(462);
  });
  it('keeps each essay its own position', () => {
    savePosition('on-reading', 462);
    savePosition('on-listening', 95);
    expect(savedPosition('on-reading', 960)).toBe(462);
    expect(savedPosition('on-listening', 960)).toBe(95);
  });
  it('saves to a tenth of a second', () => {
    savePosition('on-reading', 462.4567);
    expect(savedPosition('on-reading', 960)).toBe(462.5);
  });
  it('offers nothing for an essay never played', () => expect(savedPosition('on-reading', 960)).toBeUndefined());
  it('offers nothing for the first 5 seconds: 4.9 is not worth resuming, 5 is', () => {
    savePosition('on-reading', 4.9);
    expect(savedPosition('on-reading', 960)).toBeUndefined();
    savePosition('on-reading', 5);
    expect(savedPosition('on-reading', 960)).toBe(5);
  });
  it('offers nothing in the last 5 seconds, which mean the essay was heard to the end', () => {
    savePosition('on-reading', 955.1);
    expect(savedPosition('on-reading', 960)).toBeUndefined();
    savePosition('on-reading', 955);
    expect(savedPosition('on-reading', 960)).toBe(955);
  });
  it('offers nothing past the end of a narration that has since been shortened', () => {
    savePosition('on-reading', 600);
    expect(savedPosition('on-reading', 300)).toBeUndefined();
  });
  it('forgets the position once the essay has ended (saved as undefined)', () => {
    savePosition('on-reading', 462);
    savePosition('on-reading', undefined);
    expect(savedPosition('on-reading', 960)).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });
  it('offers nothing for a value that is not a number', () => {
    localStorage.setItem('lectern:position:on-reading', 'soon');
    expect(savedPosition('on-reading', 960)).toBeUndefined();
  });
});

describe('savedSpeed', () => {
  it('is the speed chosen last, across essays', () => {
    saveSpeed('1.5');
    expect(savedSpeed()).toBe('1.5');
  });
  it('is undefined until a speed is chosen', () => expect(savedSpeed()).toBeUndefined());
});

describe('saveLastHeard', () => {
  it('names the essay heard last under the key the home page reads', () => {
    saveLastHeard({ slug: 'on-reading', title: 'On Reading', duration: 960 });
    saveLastHeard({ slug: 'on-listening', title: 'On Listening', duration: 600 });
    expect(JSON.parse(localStorage.getItem(LAST_HEARD_KEY) ?? '')).toEqual({
      slug: 'on-listening',
      title: 'On Listening',
      duration: 600,
    });
  });
});

describe('where storage is blocked', () => {
  it('storage() is undefined instead of throwing', () => {
    blockStorage();
    expect(storage()).toBeUndefined();
  });
  it('the player forgets instead of failing: nothing saved, nothing offered', () => {
    blockStorage();
    expect(() => savePosition('on-reading', 462)).not.toThrow();
    expect(savedPosition('on-reading', 960)).toBeUndefined();
    expect(savedSpeed()).toBeUndefined();
  });
  it('a full storage (setItem throws) is forgotten too', () => {
    const full = {
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as Storage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    expect(() => remember('lectern:speed', '2')).not.toThrow();
    expect(info).toHaveBeenCalledOnce();
  });
});
