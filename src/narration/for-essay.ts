// Which narration an essay page offers: a recorded file named in frontmatter wins over generated narration.
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { SITE } from '../site.config.ts';
import type { SpokenBlock } from '../lib/spoken-blocks.ts';
import type { EssayEntry } from '../lib/published-essays.ts';

export interface Narration {
  kind: 'recorded' | 'generated';
  src: string;
  mimeType: string;
  durationSeconds: number;
  narrator: string;
  /** WebVTT cues named by block id, for read-along; generated narration only. */
  cuesSrc?: string;
}

const MIME_TYPES: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav' };

async function recorded(audio: string, narrator: string, file: string): Promise<Narration> {
  const metadata = await parseFile(join('public', audio), { duration: true });
  const durationSeconds = metadata.format.duration;
  if (!durationSeconds) throw new Error(`${file}: cannot read the duration of audio file public${audio}`);
  const extension = audio.split('.').pop()?.toLowerCase() ?? '';
  return { kind: 'recorded', src: audio, mimeType: MIME_TYPES[extension] ?? 'audio/mpeg', durationSeconds, narrator };
}

export async function narrationFor(essay: EssayEntry, _blocks: readonly SpokenBlock[]): Promise<Narration | undefined> {
  const narrator = essay.data.narrator ?? SITE.defaultNarrator;
  if (essay.data.audio) return recorded(essay.data.audio, narrator, essay.filePath ?? essay.id);
  return undefined;
}
