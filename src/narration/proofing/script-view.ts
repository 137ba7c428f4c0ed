// The script view: what the voice will be given, block by block, so an author can proofread a narration unheard.
import type { SpokenBlock } from '../../lib/essay-body/spoken-blocks.ts';
import type { Lexicon } from '../../lib/essays/pronunciations.ts';
import { applyPronunciations } from '../text/apply-pronunciations.ts';
import { type SynthesisVoice, spokenTexts } from '../pipeline/narrate-essay.ts';

/** Each block's id and exact spoken text, and under it every pronunciation put into it ("Siobhan → shiv-awn"). */
export function scriptLines(
  blocks: readonly SpokenBlock[],
  voice: Pick<SynthesisVoice, 'readsTextAsWritten'>,
  lexicon: Lexicon,
): string[] {
  const spoken = spokenTexts(blocks, voice, lexicon);
  return blocks.flatMap((block, i) => {
    const { substitutions } = applyPronunciations(block.text, lexicon);
    const marks = substitutions.map(({ from, to }) => `${from} → ${to}`);
    return [
      `${block.id}  ${spoken[i]}`,
      ...(marks.length ? [`${' '.repeat(block.id.length)}  ↳ said: ${marks.join('; ')}`] : []),
    ];
  });
}
