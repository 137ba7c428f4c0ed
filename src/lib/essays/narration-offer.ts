// Whether an essay offers narration, from its frontmatter alone: what lists, cards, cache keys and the narration
// pipeline all ask, so it lives with the essay, below the narration code that makes the audio.
import { generatedNarrationEnabled } from '../site/build-flags.ts';
import type { EssayData } from './essay-schema.ts';

/** Generated narration is wanted unless a recording is named or the essay opts out (narration: false). */
export const wantsGeneratedNarration = (data: EssayData): boolean => !data.audio && data.narration !== false;

/** Whether the built page offers narration: a recording, or generated narration (which the build requires be current). */
export const offersNarration = (data: EssayData): boolean =>
  Boolean(data.audio) || (wantsGeneratedNarration(data) && generatedNarrationEnabled());
