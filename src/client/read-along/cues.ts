// The narration's cues, one per spoken block and named by its data-say id, as the browser parsed them from the player's <track>.

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

/** The id of the block being read: the latest-starting active cue, since two cues that touch can both be active at the seam. */
export function readingCueId(track: TextTrack): string | undefined {
  let latest: TextTrackCue | undefined;
  for (const cue of track.activeCues ?? []) {
    if (!latest || cue.startTime > latest.startTime) latest = cue;
  }
  return latest?.id;
}
