// Runs the narration pipeline after the pre-pass (narrateEssay with the real engine) on blocks given as JSON, in the
// current folder, so a test can kill it at any point of synthesis, assembly, encoding or writing.
import { readFileSync } from 'node:fs';
import { narrateEssay, synthesisVoiceFor } from '../../src/narration/pipeline/narrate-essay.ts';

const [blocksFile = '', slug = ''] = process.argv.slice(2);
const voice = await synthesisVoiceFor({ engine: 'flite', voice: 'rms' });
await narrateEssay({ slug, blocks: JSON.parse(readFileSync(blocksFile, 'utf8')), inputs: 'crash-safety' }, voice);
