// Measures how intelligible flite's narration of an essay is: the share of its words that a speech recogniser
// (pocketsphinx) recovers in order, and how fast the synthesis pool runs.
// Reference: every block the listener hears, footnotes and "Footnotes." included, as the reader sees its text.
// Run: npx node scripts/bench-intelligibility.ts content/essays/<slug>.mdx [--voice rms] [--no-normalize] [--no-mp3] [--transcript out.txt]
// Needs: apt-get install -y pocketsphinx pocketsphinx-en-us  (Debian 12 ships 5prealpha: pocketsphinx_batch)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { MPEGDecoder } from 'mpg123-decoder';
import { essaysToNarrate } from '../src/narration/pipeline/prepass.ts';
import type { SpokenBlock } from '../src/lib/essay-body/spoken-blocks.ts';
import { type AssembledNarration, assembleNarration, wholeBlock } from '../src/narration/audio/assemble.ts';
import type { Speech } from '../src/narration/audio/speech.ts';
import { flite } from '../src/narration/engines/flite.ts';
import { encodePlaced } from '../src/narration/audio/mp3.ts';
import { toSpokenText, toSpokenWords } from '../src/narration/text/spoken-text.ts';
import { synthesizeAll } from '../src/narration/pipeline/synth-pool.ts';
import { encodeWav } from '../src/narration/audio/wav.ts';

const RECOGNISER = '/usr/bin/pocketsphinx_batch';
const MODEL = '/usr/share/pocketsphinx/model/en-us';
const USAGE =
  'usage: npx node scripts/bench-intelligibility.ts content/essays/<slug>.mdx [--voice rms] [--no-normalize] [--no-mp3] [--transcript out.txt]';
// Pauses between blocks are at least 0.5 s, so this much either side of a cue never reaches the next block.
const CUT_MARGIN_SECONDS = 0.15;

// The blocks a listener hears, from the essay page as built, exactly as `npm run narrate` gets them.
function builtBlocks(slug: string): { blocks: SpokenBlock[]; footnotes: string } {
  const essay = essaysToNarrate().find((e) => e.slug === slug);
  if (!essay) throw new Error(`no essay "${slug}" with generated narration`);
  return { blocks: essay.blocks, footnotes: essay.blocks.some((b) => b.kind === 'footnotes') ? 'read' : 'skip' };
}

/** Words as the recogniser writes them: lower case, ASCII, no punctuation, hyphenated words apart. */
function comparableWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/**
 * Reference words heard in order: the longest common subsequence, where extra heard words cost nothing. A compound
 * counts as heard when the recogniser writes it as two words or two words as one ("audiobook" as "audio book", "slow
 * down" as "slowdown"): its dictionary has no "audiobook", and the listener heard the word all the same.
 */
function lcsLength(
  reference: readonly string[],
  heard: readonly string[],
  same: (a: string, b: string) => boolean,
): number {
  let [beforePrevious, previous] = [new Uint32Array(heard.length + 1), new Uint32Array(heard.length + 1)];
  reference.forEach((word, i) => {
    const row = new Uint32Array(heard.length + 1);
    const joinedWithPrevious = i > 0 ? `${reference[i - 1] ?? ''}${word}` : undefined;
    for (let j = 1; j <= heard.length; j++) {
      const here = heard[j - 1] ?? '';
      let best = Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
      if (same(word, here)) best = Math.max(best, (previous[j - 1] ?? 0) + 1);
      if (j > 1 && word === `${heard[j - 2] ?? ''}${here}`) best = Math.max(best, (previous[j - 2] ?? 0) + 1);
      if (joinedWithPrevious === here) best = Math.max(best, (beforePrevious[j - 1] ?? 0) + 2);
      row[j] = best;
    }
    [beforePrevious, previous] = [previous, row];
  });
  return previous[heard.length] ?? 0;
}

// The recogniser's own dictionary, word → pronunciations, so that words that sound alike count as heard.
async function loadPronunciations(): Promise<Map<string, string[]>> {
  const dictionary = new Map<string, string[]>();
  for (const line of (await readFile(join(MODEL, 'cmudict-en-us.dict'), 'utf8')).split('\n')) {
    const [entry = '', ...phones] = line.trim().split(/\s+/);
    const word = entry.replace(/\(\d+\)$/, '');
    if (word) dictionary.set(word, [...(dictionary.get(word) ?? []), phones.join(' ')]);
  }
  return dictionary;
}

// The recogniser writes homophones its own way ("eye" as "i", past-tense "read" as "red") and spells American
// ("synthesizer"); neither is a word the listener failed to hear.
function soundsAlike(dictionary: ReadonlyMap<string, readonly string[]>): (a: string, b: string) => boolean {
  const american = (word: string): string =>
    word.replace(/is(e|es|ed|er|ers|ing|ation|ations)$/, 'iz$1').replace(/our(s?)$/, 'or$1');
  const sounds = (word: string): readonly string[] => dictionary.get(word) ?? dictionary.get(american(word)) ?? [word];
  const memo = new Map<string, boolean>();
  return (a, b) => {
    if (a === b) return true;
    const key = `${a} ${b}`;
    let same = memo.get(key);
    if (same === undefined) {
      const heard = sounds(b);
      same = sounds(a).some((p) => heard.includes(p));
      memo.set(key, same);
    }
    return same;
  };
}

async function runRecogniser(names: readonly string[], dir: string, part: number): Promise<string> {
  const control = join(dir, `part-${part}.ctl`);
  const output = join(dir, `part-${part}.hyp`);
  await writeFile(control, `${names.join('\n')}\n`);
  await promisify(execFile)(RECOGNISER, [
    '-adcin',
    'yes',
    '-adchdr',
    '44',
    '-cepdir',
    dir,
    '-cepext',
    '.wav',
    '-ctl',
    control,
    '-hyp',
    output,
    '-hmm',
    join(MODEL, 'en-us'),
    '-lm',
    join(MODEL, 'en-us.lm.bin'),
    '-dict',
    join(MODEL, 'cmudict-en-us.dict'),
    '-logfn',
    join(dir, `part-${part}.log`),
  ]);
  return readFile(output, 'utf8');
}

// Each block is its own utterance, as a listener hears it between pauses; one recogniser process per core.
async function recogniseAll(utterances: readonly Speech[], dir: string): Promise<string[]> {
  const names = utterances.map((_, i) => `block-${String(i).padStart(4, '0')}`);
  await Promise.all(
    utterances.map((s, i) => {
      if (s.sampleRate !== 16000) throw new Error(`pocketsphinx's model wants 16 kHz audio, not ${s.sampleRate} Hz`);
      return writeFile(join(dir, `${names[i] ?? ''}.wav`), encodeWav(s));
    }),
  );
  const parts = Math.min(availableParallelism(), utterances.length);
  const hyps = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      runRecogniser(
        names.filter((_, i) => i % parts === part),
        dir,
        part,
      ),
    ),
  );
  // Each line of a hyp file is "words (name score)".
  const byName = new Map(
    hyps
      .join('')
      .split('\n')
      .flatMap((line) => {
        const match = /^(.*?)\s*\((block-\d+) -?\d+\)$/.exec(line);
        return match ? [[match[2] ?? '', match[1] ?? ''] as const] : [];
      }),
  );
  return names.map((name) => byName.get(name) ?? '');
}

// What a listener gets: the blocks assembled (trimmed, paused, loudness-normalised), MP3-encoded as `npm run narrate`
// does, then decoded by mpg123 as a browser would; cut back into blocks at the cue times, with a little of each pause.
// Without MP3 (--no-mp3), the assembled audio itself: the difference is what the codec costs.
async function listenerAudio(
  blocks: readonly SpokenBlock[],
  speech: readonly Speech[],
  mp3: boolean,
): Promise<Speech[]> {
  const sampleRate = speech[0]?.sampleRate ?? 16_000;
  const assembled = assembleNarration(
    blocks.map((block, i) => wholeBlock(block.id, block.kind, speech[i]?.samples ?? new Float32Array())),
    sampleRate,
  );
  const { decoded, decodedRate } = mp3
    ? await mp3RoundTrip(assembled, sampleRate)
    : { decoded: assembled.samples, decodedRate: sampleRate };
  const margin = Math.round(CUT_MARGIN_SECONDS * decodedRate);
  return assembled.timings.map(({ start, end }) => ({
    samples: decoded.slice(
      Math.max(0, Math.round(start * decodedRate) - margin),
      Math.round(end * decodedRate) + margin,
    ),
    sampleRate: decodedRate,
  }));
}

// Encoded as `npm run narrate` encodes it: each block alone, the frames joined.
async function mp3RoundTrip(
  { placed }: AssembledNarration,
  sampleRate: number,
): Promise<{ decoded: Float32Array; decodedRate: number }> {
  const decoder = new MPEGDecoder({ enableGapless: true });
  await decoder.ready;
  const { channelData, sampleRate: decodedRate, errors } = decoder.decode(await encodePlaced(placed, sampleRate));
  decoder.free();
  if (errors.length) throw new Error(`mpg123 could not decode the narration: ${errors[0]?.message ?? ''}`);
  return { decoded: channelData[0] ?? new Float32Array(), decodedRate };
}

function report(
  blocks: readonly SpokenBlock[],
  heard: readonly string[],
  dictionary: ReadonlyMap<string, readonly string[]>,
): void {
  const heardWords = comparableWords(heard.join(' '));
  const score = (label: string, reference: readonly string[], same: (a: string, b: string) => boolean): void => {
    const matched = lcsLength(reference, heardWords, same);
    console.log(`${label}${((100 * matched) / reference.length).toFixed(1)}% (${matched}/${reference.length})`);
  };
  score(
    'intelligibility, essay words, exact spelling:     ',
    comparableWords(blocks.map((block) => block.text).join(' ')),
    (a, b) => a === b,
  );
  // One reference for both runs: the words a listener should hear, "1998" as "nineteen ninety-eight".
  const spoken = comparableWords(blocks.map((block) => toSpokenWords(block.text)).join(' '));
  score('intelligibility, spoken words, homophones count:  ', spoken, soundsAlike(dictionary));
  // By kind of block, each block against what was heard of it alone: plain paragraphs compare with other measures.
  const byKind = new Map<string, [number, number]>();
  blocks.forEach((block, i) => {
    const reference = comparableWords(block.text);
    const [matched, total] = byKind.get(block.kind) ?? [0, 0];
    byKind.set(block.kind, [
      matched + lcsLength(reference, comparableWords(heard[i] ?? ''), (a, b) => a === b),
      total + reference.length,
    ]);
  });
  for (const [kind, [matched, total]] of byKind)
    console.log(`  ${`${kind}:`.padEnd(48)}${((100 * matched) / total).toFixed(1)}% (${matched}/${total})`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      voice: { type: 'string', default: 'rms' },
      'no-normalize': { type: 'boolean', default: false },
      'no-mp3': { type: 'boolean', default: false },
      transcript: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file) throw new Error(USAGE);
  if (!existsSync(RECOGNISER))
    throw new Error(`${RECOGNISER} is missing: apt-get install -y pocketsphinx pocketsphinx-en-us`);
  const normalize = !values['no-normalize'];
  const slug = basename(file).replace(/\.mdx?$/, '');
  const { blocks, footnotes } = builtBlocks(slug);
  const texts = blocks.map((block) => (normalize ? toSpokenText(block.text) : block.text));

  const started = performance.now();
  const speech = await synthesizeAll('flite', values.voice, texts, (done, total) =>
    process.stderr.write(`\rsynthesized ${done}/${total}`),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const audioSeconds = speech.reduce((sum, s) => sum + s.samples.length / s.sampleRate, 0);
  process.stderr.write("\nassembling and MP3-encoding; recognising (about a fifth of the audio's length per core)…\n");

  const dir = await mkdtemp(join(tmpdir(), 'lectern-bench-'));
  try {
    const heard = await recogniseAll(await listenerAudio(blocks, speech, !values['no-mp3']), dir);
    console.log(`essay:      ${slug} (${blocks.length} blocks from the built page, footnotes ${footnotes})`);
    console.log(
      `voice:      flite ${values.voice} (${flite.version}), toSpokenText ${normalize ? 'on' : 'off (--no-normalize)'}`,
    );
    console.log(
      `audio:      assembled, loudness-normalised, ${values['no-mp3'] ? 'not MP3-encoded (--no-mp3)' : 'MP3-encoded and decoded by mpg123'}, cut at the cues`,
    );
    console.log(
      `synthesis:  ${audioSeconds.toFixed(1)} s of audio in ${wallSeconds.toFixed(1)} s wall-clock on ` +
        `${Math.min(availableParallelism(), texts.length)} worker threads = ${(wallSeconds / audioSeconds).toFixed(4)} s per second of audio`,
    );
    report(blocks, heard, await loadPronunciations());
    // For finding what the recogniser mishears: per block, the text sent to flite and what came back.
    if (values.transcript)
      await writeFile(
        values.transcript,
        texts.map((text, i) => `said:  ${text}\nheard: ${heard[i] ?? ''}\n`).join('\n'),
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
