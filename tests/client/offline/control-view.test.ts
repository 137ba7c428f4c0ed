// What "Save for offline" says in each state: the size before saving, progress while saving, and why a copy went.
import { describe, expect, it } from 'vitest';
import { controlView } from '../../../src/client/offline/control-view.ts';
import { formatBytes } from '../../../src/client/offline/sizes.ts';

describe('controlView', () => {
  it('offers to save, with the size it will take, before saving', () =>
    expect(controlView({ kind: 'idle', bytes: 1_547_460 })).toEqual({
      save: 'Save for offline',
      size: '1.5 MB',
      status: '',
      detail: '',
      remove: false,
    }));
  it('shows progress and both sizes while saving, announcing only that it is saving, with no button to press twice', () => {
    const view = controlView({ kind: 'saving', done: 500_000, total: 1_600_000 });
    expect(view).toMatchObject({
      status: 'Saving for offline',
      detail: '500 KB of 1.6 MB',
      progress: { value: 500_000, max: 1_600_000 },
    });
    expect(view.save).toBeUndefined();
  });
  it('says it is saved, and how big, with a remove button', () =>
    expect(controlView({ kind: 'saved', bytes: 1_800_000 })).toMatchObject({
      status: 'Saved for offline (1.8 MB)',
      remove: true,
    }));
  it('flags a copy removed because the narration changed, and offers to save again', () =>
    expect(controlView({ kind: 'changed', bytes: 1_000_000 })).toMatchObject({
      save: 'Save again',
      status: 'The narration changed since you saved this essay, so the old copy was removed.',
    }));
  it('says why a save failed, and offers to try again', () =>
    expect(controlView({ kind: 'failed', bytes: 1, reason: 'the offline worker did not start' })).toMatchObject({
      save: 'Try again',
      status: 'Could not save for offline: the offline worker did not start.',
    }));
});

describe('formatBytes', () => {
  it.each([
    [0, '1 KB'],
    [40_400, '40 KB'],
    [999_499, '999 KB'],
    [1_000_000, '1.0 MB'],
    [25_400_000, '25.4 MB'],
  ])('writes %d bytes as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
