// The rule that keeps a saved essay's page, cues and audio one unit: its cache is named by slug and narration version.
import { describe, expect, it } from 'vitest';
import {
  oldShells,
  SHELL_CACHE,
  staleUnits,
  unitCacheName,
  unitOf,
  unitPrefix,
} from '../../../src/client/offline/cache-names.ts';

const unit = { slug: 'on-reading', version: '0123456789abcdef' };

describe('a saved essay cache name', () => {
  it('gives back the slug and version it was made from', () => expect(unitOf(unitCacheName(unit))).toEqual(unit));
  it('starts with the prefix every copy of the essay shares, whatever its version', () =>
    expect(unitCacheName(unit).startsWith(unitPrefix('on-reading'))).toBe(true));
  it('is not confused with a longer slug that starts the same', () =>
    expect(unitCacheName({ slug: 'on-reading-aloud', version: 'x' }).startsWith(unitPrefix('on-reading'))).toBe(false));
  it.each([SHELL_CACHE, 'lectern-essay on-reading', 'lectern-essay a b c', 'workbox-precache', ''])(
    'is not read into "%s", which is no saved essay',
    (name) => expect(unitOf(name)).toBeUndefined(),
  );
});

describe('staleUnits', () => {
  const names = [
    SHELL_CACHE,
    unitCacheName(unit),
    unitCacheName({ ...unit, version: 'older' }),
    unitCacheName({ slug: 'other', version: 'older' }),
  ];
  it("names this essay's copies of another narration, and nothing else", () =>
    expect(staleUnits(names, unit)).toEqual([unitCacheName({ ...unit, version: 'older' })]));
  it('names none when the saved copy is of the narration the page offers', () =>
    expect(staleUnits([SHELL_CACHE, unitCacheName(unit)], unit)).toEqual([]));
});

describe('oldShells', () => {
  it("names older workers' shells for deletion, never the current shell or a saved essay", () =>
    expect(oldShells(['lectern-shell-0', SHELL_CACHE, unitCacheName(unit), 'other-site'])).toEqual([
      'lectern-shell-0',
    ]));
});
