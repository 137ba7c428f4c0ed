// An essay's chapters, once, for the podcast's chapters file and the page's player alike: the headings timed by the
// cues that the page's narration serves.
import type { EssayEntry } from '../collection/published-essays.ts';
import type { EssayBody } from '../lib/essay-body/prepare.ts';
import { chapterHeadings, essayChapters, type JsonChapters } from '../lib/feeds/chapters.ts';
import { currentGeneratedNarration, staleNarrationError } from './for-essay.ts';
import { readAlignment } from './pipeline/alignment-record.ts';

/** Whether the essay has headings to make chapters of; without them the player shows no chapter control. */
export const hasChapters = (body: EssayBody): boolean => chapterHeadings(body).length > 0;

/**
 * The chapters of an essay whose narration has cues, from the body the page shows (its headings' ids are the cues'
 * ids). Throws if the narration no longer matches the body.
 */
export function narrationChapters(essay: EssayEntry, body: EssayBody): JsonChapters {
  // A recording's blocks are timed by its alignment, which is offered only while it fits.
  const cues = essay.data.audio
    ? readAlignment(essay.id)?.cues
    : currentGeneratedNarration(essay.id, body.blocks)?.cues;
  if (!cues) throw staleNarrationError(essay);
  return essayChapters(essay.data.title, chapterHeadings(body), cues);
}
