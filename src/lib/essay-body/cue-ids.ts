// The id of a narration cue, one per sentence: its block's id (the page's data-say) and the sentence's, so read-along
// finds the block to light and the sentence in it, and a #say= link to either finds its cue.

const SEPARATOR = '/';

export const cueId = (block: string, sentence: string): string => `${block}${SEPARATOR}${sentence}`;

/** The block and sentence a cue id names; an id without a sentence (a cue file older than sentences) is its block. */
export function cueParts(id: string): { block: string; sentence?: string } {
  const at = id.indexOf(SEPARATOR);
  return at < 0 ? { block: id } : { block: id.slice(0, at), sentence: id.slice(at + 1) };
}
