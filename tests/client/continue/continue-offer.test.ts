// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { continueListening, dismissContinueListening } from '../../../src/client/continue/continue-offer.ts';
import { LAST_HEARD_KEY, saveLastHeard, savePosition } from '../../../src/client/player/saved-state.ts';

const onReading = { slug: 'on-reading', title: 'On Reading', duration: 960 };

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('continueListening', () => {
  it('offers the essay heard last, where the player would resume it', () => {
    saveLastHeard(onReading);
    savePosition('on-reading', 462);
    expect(continueListening()).toEqual({ ...onReading, position: 462 });
  });
  it('offers nothing before anything has been heard', () => expect(continueListening()).toBeUndefined());
  it('offers nothing where the player would not resume: heard to the end', () => {
    saveLastHeard(onReading);
    savePosition('on-reading', undefined);
    expect(continueListening()).toBeUndefined();
  });
  it('offers nothing for a position in the first seconds, as the player offers none', () => {
    saveLastHeard(onReading);
    savePosition('on-reading', 3);
    expect(continueListening()).toBeUndefined();
  });
  it('offers the essay heard last, not another one with a saved position', () => {
    savePosition('on-listening', 120);
    saveLastHeard(onReading);
    savePosition('on-reading', 462);
    expect(continueListening()?.slug).toBe('on-reading');
  });
  it('forgets an unreadable last-heard essay instead of failing', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    localStorage.setItem(LAST_HEARD_KEY, '{"slug": "on-reading"');
    savePosition('on-reading', 462);
    expect(continueListening()).toBeUndefined();
    expect(info).toHaveBeenCalledOnce();
  });
  it.each([
    ['no title', { slug: 'on-reading', duration: 960 }],
    ['a duration that is text', { slug: 'on-reading', title: 'On Reading', duration: '960' }],
    ['no slug', { title: 'On Reading', duration: 960 }],
  ])('offers nothing for a last-heard essay with %s', (_case, heard) => {
    localStorage.setItem(LAST_HEARD_KEY, JSON.stringify(heard));
    savePosition('on-reading', 462);
    expect(continueListening()).toBeUndefined();
  });
});

describe('dismissContinueListening', () => {
  it('stops the offer at the position dismissed', () => {
    saveLastHeard(onReading);
    savePosition('on-reading', 462);
    dismissContinueListening('on-reading', 462);
    expect(continueListening()).toBeUndefined();
  });
  it('offers the essay again once the listener has listened on to a new position', () => {
    saveLastHeard(onReading);
    savePosition('on-reading', 462);
    dismissContinueListening('on-reading', 462);
    savePosition('on-reading', 500);
    expect(continueListening()).toEqual({ ...onReading, position: 500 });
  });
  it('dismissing one essay still offers another heard since', () => {
    saveLastHeard(onReading);
    savePosition('on-reading', 462);
    dismissContinueListening('on-reading', 462);
    saveLastHeard({ slug: 'on-listening', title: 'On Listening', duration: 600 });
    savePosition('on-listening', 462);
    expect(continueListening()?.slug).toBe('on-listening');
  });
});
