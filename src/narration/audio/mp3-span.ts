// Encodes one span of a narration on its own, to the MP3 frames that one encoder over the whole would write there.
// lamejs runs with the bit reservoir off (its Mp3Encoder sets disable_reservoir), so a frame depends on earlier
// audio only through the filterbank overlap and the psychoacoustic state, and a pre-roll of earlier audio rebuilds both.
import { Mp3Encoder } from '@breezystack/lamejs';
import { concatBytes } from './concat-bytes.ts';
import { scanFrames } from './mp3-frames.ts';

/**
 * Mono speech at 32 kbps: at flite's 16 kHz that is 240 kB a minute, so 90 minutes make 20.6 MiB, under Cloudflare
 * Pages' 25 MiB per file (48 kbps made 30.9 MiB); bench:cues and bench:intelligibility measured no loss (README).
 * Below 40 kbps lamejs resamples 24 kHz input to 22.05 kHz, and below 48 kbps 32 kHz input (measured), which would
 * move every cue, so those rates keep the lowest bitrate at which their rate survives.
 */
export function mp3Kbps(sampleRate: number): number {
  if (sampleRate <= 22050) return 32;
  return sampleRate <= 24000 ? 40 : 48;
}

// Measured on a 20-minute flite narration: after 48 frames of pre-roll, 40 of 40 joins were byte-identical to one
// encoder's output (12 frames: 39 of 40, the odd frame differing in quantisation only).
const PRE_ROLL_FRAMES = 48;
// lamejs writes a frame once it holds the next frame's samples (measured), so a span needs one frame more.
const POST_ROLL_FRAMES = 1;
// A span under ~9 s (at 16 kHz) would cost more in worker start-up than it saves.
const MIN_SPAN_FRAMES = 256;
const FEED_SAMPLES = 1152 * 64;

export type Span = {
  /** The span's samples with the pre-roll before them and, unless it is the last, the post-roll after. */
  readonly samples: Float32Array<ArrayBuffer>;
  /** Frames of pre-roll to drop from the front of the output. */
  readonly dropFrames: number;
  /** Frames to keep after those; undefined for the last span, which keeps the rest and is flushed. */
  readonly keepFrames: number | undefined;
};

/** At most `count` frame-aligned spans that, encoded apart and concatenated, make the whole narration. */
export function splitIntoSpans(samples: Float32Array, sampleRate: number, count: number): Span[] {
  if (samples.length === 0) throw new Error('encodeMp3: no samples to encode');
  // MPEG-1 (32 kHz and up) puts 1152 samples in a frame, MPEG-2 and 2.5 put 576.
  const frameLength = sampleRate >= 32000 ? 1152 : 576;
  const frames = Math.ceil(samples.length / frameLength);
  const spans = Math.max(1, Math.min(count, Math.floor(frames / MIN_SPAN_FRAMES)));
  const boundary = (i: number): number => Math.round((i * frames) / spans);
  const period = paddingPeriod(sampleRate, frameLength);
  return Array.from({ length: spans }, (_, i) => {
    const [first, end] = [boundary(i), boundary(i + 1)];
    const from = Math.max(0, Math.floor((first - PRE_ROLL_FRAMES) / period) * period);
    const last = i === spans - 1;
    return {
      samples: samples.slice(from * frameLength, last ? samples.length : (end + POST_ROLL_FRAMES) * frameLength),
      dropFrames: first - from,
      keepFrames: last ? undefined : end - first,
    };
  });
}

// A CBR frame gets a padding byte whenever the bytes owed reach a whole one; the pattern repeats every `period` frames
// (49 at 22.05 kHz, 1 at 16 kHz), so a span whose encoder starts on a period pads its frames as one encoder would.
function paddingPeriod(sampleRate: number, frameLength: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return sampleRate / gcd((mp3Kbps(sampleRate) * 1000 * frameLength) / 8, sampleRate);
}

export function encodeSpan({ samples, dropFrames, keepFrames }: Span, sampleRate: number): Uint8Array<ArrayBuffer> {
  const encoder = new Mp3Encoder(1, sampleRate, mp3Kbps(sampleRate));
  const pcm = toInt16(samples);
  const parts: Uint8Array[] = [];
  for (let start = 0; start < pcm.length; start += FEED_SAMPLES) {
    parts.push(copyBytes(encoder.encodeBuffer(pcm.subarray(start, start + FEED_SAMPLES))));
  }
  if (keepFrames === undefined) parts.push(copyBytes(encoder.flush()));
  const audio = concatBytes(parts);
  const sizes = scanFrames(audio, sampleRate);
  const kept = keepFrames ?? sizes.length - dropFrames;
  if (sizes.length < dropFrames + kept)
    throw new Error(`encodeMp3: lamejs wrote ${sizes.length} frames of the ${dropFrames + kept} needed`);
  const offsetOf = (frame: number): number => sizes.slice(0, frame).reduce((sum, size) => sum + size, 0);
  return audio.slice(offsetOf(dropFrames), offsetOf(dropFrames + kept));
}

// Round and clamp: the encoder takes 16-bit PCM, and a float above 1 would wrap into a loud click.
// A plain loop: Int16Array.from with a mapping function took 2.9 s on a 20-minute narration, this loop 0.24 s.
function toInt16(samples: Float32Array): Int16Array {
  const pcm = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++)
    pcm[i] = Math.max(-32768, Math.min(32767, Math.round((samples[i] ?? 0) * 32767)));
  return pcm;
}

// lamejs returns views of one internal buffer that its next call overwrites.
function copyBytes(chunk: Uint8Array | Int8Array): Uint8Array {
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice();
}
