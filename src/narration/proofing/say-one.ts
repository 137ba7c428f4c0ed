// Hear one word: a short MP3 of a word or phrase as the configured voice says it, with the lexicon applied, so an
// author can try a respelling in seconds instead of narrating an essay.
import { join } from 'node:path';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import type { Lexicon } from '../../lib/essays/pronunciations.ts';
import { slugify } from '../../lib/essays/slug.ts';
import { encodeMp3 } from '../audio/mp3.ts';
import { loadEngine } from '../engines/registry.ts';
import type { EngineChoice } from '../engines/speech-engine.ts';
import { spokenTexts, textVoiceOf } from '../pipeline/narrate-essay.ts';

export const SAY_DIR = join('.cache', 'say');

/** Writes the MP3 under .cache/say/ and returns its path and the exact text the voice was given. */
export async function sayToFile(
  text: string,
  choice: EngineChoice,
  lexicon: Lexicon,
  dir = SAY_DIR,
): Promise<{ path: string; spoken: string }> {
  if (!/[\p{L}\p{N}]/u.test(text)) throw new Error(`narrate --say: "${text}" has no word to say`);
  const engine = await loadEngine(choice.engine, choice.options);
  const [spoken = ''] = spokenTexts([{ id: 'say', kind: 'paragraph', text }], textVoiceOf(engine), lexicon);
  const speech = await engine.synthesize(spoken, choice.voice);
  const path = join(dir, `${slugify(text) || 'say'}-${engine.id}-${choice.voice}.mp3`);
  writeFileAtomic(path, await encodeMp3(speech.samples, speech.sampleRate));
  return { path, spoken };
}
