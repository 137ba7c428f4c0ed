// The script view: what the voice will be given, block by block, so an author can proofread a narration unheard.
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import type { Lexicon } from '../../lib/essays/pronunciations.ts';
import { applyPronunciations } from '../text/apply-pronunciations.ts';
import { phonemeWriter, spokenTexts, type TextVoice } from '../pipeline/narrate-essay.ts';

/**
 * Each block's id and exact spoken text; under it, every pronunciation put into it ("Siobhan → shiv-awn"), and the
 * text as shown where a <Say> makes the voice say something else.
 */
export function scriptLines(blocks: readonly SpokenBlock[], voice: TextVoice, lexicon: Lexicon): string[] {
  const spoken = spokenTexts(blocks, voice, lexicon);
  return blocks.flatMap((block, i) => {
    const { substitutions } = applyPronunciations(block.say ?? block.text, lexicon, phonemeWriter(voice));
    const marks = substitutions.map(({ from, to }) => `${from} → ${to}`);
    const indent = ' '.repeat(block.id.length);
    return [
      `${block.id}  ${spoken[i]}`,
      ...(block.say === undefined ? [] : [`${indent}  ↳ <Say>, shown as: ${block.text}`]),
      ...(marks.length ? [`${indent}  ↳ said: ${marks.join('; ')}`] : []),
    ];
  });
}
