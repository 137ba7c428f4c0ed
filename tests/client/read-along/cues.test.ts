// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCues, loadedCues, readingCue } from '../../../src/client/read-along/cues.ts';

/** A cue as the browser parses it from the narration's WebVTT: named by its block's data-say id. */
const cue = (id: string, start: number, end: number): VTTCue => {
  const made = new VTTCue(start, end, '');
  made.id = id;
  return made;
};
/** A track with these cues active now (happy-dom plays no media, so nothing makes a cue active by itself). */
const activeNow = (...cues: VTTCue[]): TextTrack => ({ activeCues: cues }) as unknown as TextTrack;

describe('readingCue', () => {
  it('is the id of the one active cue', () =>
    expect(readingCue(activeNow(cue('p-3f2a1b', 0, 4.2)))?.id).toBe('p-3f2a1b'));
  it('at the seam between two touching cues, is the one that starts later: the block being started', () =>
    expect(readingCue(activeNow(cue('p-first', 0, 4.2), cue('p-second', 4.2, 9)))?.id).toBe('p-second'));
  it('does not depend on the order the browser lists active cues in', () =>
    expect(readingCue(activeNow(cue('p-second', 4.2, 9), cue('p-first', 0, 4.2)))?.id).toBe('p-second'));
  it('is undefined between cues, when none is active', () => expect(readingCue(activeNow())).toBeUndefined());
  it('is undefined for a track whose cues have not loaded (activeCues null)', () =>
    expect(readingCue(document.createElement('track').track)).toBeUndefined());
});

describe('indexCues', () => {
  const track = (...cues: VTTCue[]): TextTrack => ({ cues }) as unknown as TextTrack;
  const cues = [cue('p-1/s-a', 0, 1), cue('p-1/s-b', 1.4, 3), cue('h-2/s-c', 4, 5)];
  it("lists each block's cues in order, by the block part of their ids", () => {
    const index = indexCues(track(...cues));
    expect(index.ofBlock('p-1').map((c) => c.id)).toEqual(['p-1/s-a', 'p-1/s-b']);
    expect(index.ofBlock('h-2').map((c) => c.id)).toEqual(['h-2/s-c']);
    expect(index.ofBlock('p-9')).toEqual([]);
  });
  it('finds the cue of a sentence, for a #say= link to it', () => {
    expect(indexCues(track(...cues)).ofSentence('s-b')?.startTime).toBe(1.4);
    expect(indexCues(track(...cues)).ofSentence('s-z')).toBeUndefined();
  });
  it('reads a cue file from before sentences (ids of blocks alone) as one cue per block', () => {
    const index = indexCues(track(cue('p-1', 0, 3)));
    expect(index.ofBlock('p-1').map((c) => c.id)).toEqual(['p-1']);
    expect(index.ofSentence('p-1')).toBeUndefined();
  });
});

// happy-dom's <track> is a stub: its readyState is always 0, it lacks the readyState constants, each read of .track
// makes a new TextTrack, and that TextTrack refuses "hidden". So each element here gets one track that keeps its mode,
// and the readyState a browser would report.
const TRACK_STATES = { NONE: 0, LOADING: 1, LOADED: 2, ERROR: 3 } as const;
beforeAll(() => {
  for (const [name, value] of Object.entries(TRACK_STATES))
    if (!(name in HTMLTrackElement)) Object.defineProperty(HTMLTrackElement, name, { value });
});

function trackElement(readyState: number = TRACK_STATES.LOADING): HTMLTrackElement {
  const element = document.createElement('track');
  element.kind = 'metadata';
  element.src = '/narration/on-reading.vtt';
  const track = { mode: 'disabled' } as TextTrack;
  Object.defineProperties(element, { track: { value: track }, readyState: { value: readyState } });
  return element;
}

describe('loadedCues', () => {
  it('hides the track, which keeps its cues and cuechange without drawing captions', () => {
    const element = trackElement();
    void loadedCues(element);
    expect(element.track.mode).toBe('hidden');
  });
  it('resolves with the track once its cues have loaded', async () => {
    const element = trackElement();
    const loading = loadedCues(element);
    element.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(element.track);
  });
  it('rejects, naming the cues file, when they cannot load', async () => {
    const element = trackElement();
    const loading = loadedCues(element);
    element.dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(/cannot load the cues at .*\/narration\/on-reading\.vtt/);
  });
  it('resolves at once when the cues loaded before it asked, with no load event to come', async () => {
    const element = trackElement(TRACK_STATES.LOADED);
    await expect(loadedCues(element)).resolves.toBe(element.track);
  });
  it('rejects at once when the cues had already failed to load', async () => {
    await expect(loadedCues(trackElement(TRACK_STATES.ERROR))).rejects.toThrow(/cannot load the cues/);
  });
});
