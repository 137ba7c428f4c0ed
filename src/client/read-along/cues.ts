// The narration's cues, one per sentence and named by its block's data-say id and the sentence's (cue-ids.ts), as the
// browser parsed them from the player's <track>.
import { cueParts } from '../../lib/essay-body/cue-ids.ts';

/** The track once its cues have loaded; hidden mode keeps cues and cuechange without drawing anything. */
export function loadedCues(element: HTMLTrackElement): Promise<TextTrack> {
  const { track } = element;
  track.mode = 'hidden';
  const failure = (): Error => new Error(`Read-along: cannot load the cues at ${element.src}`);
  if (element.readyState === HTMLTrackElement.LOADED) return Promise.resolve(track);
  if (element.readyState === HTMLTrackElement.ERROR) return Promise.reject(failure());
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(track), { once: true });
    element.addEventListener('error', () => reject(failure()), { once: true });
  });
}

/** The cue being read: the latest-starting active cue, since two cues that touch can both be active at the seam. */
export function readingCue(track: TextTrack): TextTrackCue | undefined {
  let latest: TextTrackCue | undefined;
  for (const cue of track.activeCues ?? []) {
    if (!latest || cue.startTime > latest.startTime) latest = cue;
  }
  return latest;
}

/** The cues of each block, in order, and the cue of each sentence: what a block, a sentence or a #say= link plays from. */
export interface CueIndex {
  ofBlock(block: string): readonly TextTrackCue[];
  ofSentence(sentence: string): TextTrackCue | undefined;
}

export function indexCues(track: TextTrack): CueIndex {
  const byBlock = new Map<string, TextTrackCue[]>();
  const bySentence = new Map<string, TextTrackCue>();
  for (const cue of track.cues ?? []) {
    const { block, sentence } = cueParts(cue.id);
    byBlock.set(block, [...(byBlock.get(block) ?? []), cue]);
    if (sentence) bySentence.set(sentence, cue);
  }
  return { ofBlock: (block) => byBlock.get(block) ?? [], ofSentence: (sentence) => bySentence.get(sentence) };
}
