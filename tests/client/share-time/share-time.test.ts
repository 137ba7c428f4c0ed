// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { timeLink } from '../../../src/client/share-time/share-time.ts';
import { fragmentStartTime } from '../../../src/lib/formats/media-time.ts';

const PAGE = { origin: 'https://lectern.example.org', pathname: '/essays/the-plain-page/' };

describe('timeLink', () => {
  it("is the essay's address at the whole second", () =>
    expect(timeLink(PAGE, 95.8)).toBe('https://lectern.example.org/essays/the-plain-page/#t=95'));
  it('starts the player where it was, as the player reads #t=', () =>
    expect(fragmentStartTime(new URL(timeLink(PAGE, 95.8)).hash)).toBe(95));
  it('leaves out any query and fragment the page had', () =>
    expect(timeLink(new URL('https://lectern.example.org/essays/x/?utm=1#t=3'), 10)).toBe(
      'https://lectern.example.org/essays/x/#t=10',
    ));
});
