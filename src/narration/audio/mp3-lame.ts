// LAME 3.100 in WebAssembly (wasm-media-encoders): the MP3 frames of a narration, without the Info frame mp3.ts adds.
// It replaced lamejs (LAME 3.98 in JavaScript), which took 22 s for 10 minutes of 16 kHz audio where this takes 3.9 s
// (measured on this 2-core machine with one core busy), and so needs no worker threads.
import { createMp3Encoder, type WasmMediaEncoder } from 'wasm-media-encoders';
import { concatBytes } from './concat-bytes.ts';

/**
 * Mono speech at 32 kbps: at flite's 16 kHz that is 240 kB a minute, so 90 minutes make 20.6 MiB, under Cloudflare
 * Pages' 25 MiB per file (48 kbps made 30.9 MiB); bench:cues and bench:intelligibility measured no loss (README).
 * 24 kHz and 32 kHz keep the bitrates at which lamejs kept their rate; the output rate is now stated outright.
 */
export function mp3Kbps(sampleRate: number): 32 | 40 | 48 {
  if (sampleRate <= 22050) return 32;
  return sampleRate <= 24000 ? 40 : 48;
}

const OUTPUT_RATES = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000] as const;
type OutputRate = (typeof OUTPUT_RATES)[number];
const isOutputRate = (rate: number): rate is OutputRate => (OUTPUT_RATES as readonly number[]).includes(rate);

// The encoder copies each chunk into its own memory: chunks keep that copy small for a 90-minute narration.
const FEED_SAMPLES = 1152 * 64;

// One encoder per thread, configured again for each narration or block: making one compiles LAME again (10-30 ms,
// against 2 ms to encode a short block). encodeFrames awaits nothing once it has it, so no two calls interleave.
let shared: Promise<WasmMediaEncoder<'audio/mpeg'>> | undefined;

/** The audio frames LAME writes for `samples`, flushed; it starts them 576 samples late (its encoder delay). */
export async function encodeFrames(samples: Float32Array, sampleRate: number): Promise<Uint8Array> {
  if (samples.length === 0) throw new Error('encodeMp3: no samples to encode');
  if (!isOutputRate(sampleRate)) throw new Error(`encodeMp3: MP3 has no ${sampleRate} Hz sample rate`);
  shared ??= createMp3Encoder();
  const encoder = await shared;
  // configure() starts a new LAME from nothing, so the frames are as a new encoder's. The output rate is stated,
  // or LAME picks a lower one for a low bitrate and every cue moves.
  encoder.configure({ channels: 1, sampleRate, outputSampleRate: sampleRate, bitrate: mp3Kbps(sampleRate) });
  const parts: Uint8Array[] = [];
  // encode() and finalize() return views of the encoder's memory, which its next call overwrites: each is copied.
  for (let start = 0; start < samples.length; start += FEED_SAMPLES)
    parts.push(encoder.encode([clipped(samples.subarray(start, start + FEED_SAMPLES))]).slice());
  parts.push(encoder.finalize().slice());
  return concatBytes(parts);
}

// A float beyond full scale is clipped here, as a 16-bit sample would be, rather than left to the encoder.
function clipped(samples: Float32Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = Math.max(-1, Math.min(1, samples[i] ?? 0));
  return out;
}
