// Where a block's audio sits so that its MP3 frames, encoded on their own, join the other blocks' frames and every
// cue stays exact: each block takes a whole number of frames (its slot), and its encoder's delay and padding fall
// in the pause after it. Encoded alone, a block's frames depend on nothing else, so an edit re-encodes one block.

/** LAME starts its output this many samples late at every sample rate (measured in tests/narration/audio). */
export const LAME_ENCODER_DELAY = 576;

/**
 * LAME 3.100 writes ceil((n + 1152) / frame) frames for n samples (measured at 16, 22.05 and 44.1 kHz): its delay,
 * then at least 576 samples of padding. A block's input is its slot less these, so its frames fill the slot exactly.
 */
export const LAME_FRAMING_SAMPLES = 1152;

/**
 * Silence before each block's audio, inside its slot. With less, a block's first sound fell in its encoder's first
 * frames, whose pre-echo reached -31 dBFS 9 ms before a -12 dBFS onset (one encoder over the whole: -52 dBFS);
 * from 1152 samples on it is as one encoder's (measured on noise bursts at 16 kHz, tests/narration/audio).
 */
export const LEAD_IN_SAMPLES = 1152;

/** MPEG-1 (32 kHz and up) puts 1152 samples in a frame, MPEG-2 and 2.5 put 576. */
export const samplesPerFrame = (sampleRate: number): number => (sampleRate >= 32000 ? 1152 : 576);

/** How many frames LAME writes for `samples` samples. */
export const lameFrames = (samples: number, sampleRate: number): number =>
  Math.ceil((samples + LAME_FRAMING_SAMPLES) / samplesPerFrame(sampleRate));

/**
 * The slot of a block of `audio` samples followed by a pause of `pause` samples: the whole frames nearest to both
 * (so a pause moves by at most half a frame, 18 ms at 16 kHz), and never so few that the framing spills on the audio.
 */
export function slotSamples(audio: number, pause: number, sampleRate: number): number {
  const frame = samplesPerFrame(sampleRate);
  const least = Math.ceil((audio + LAME_FRAMING_SAMPLES) / frame);
  return frame * Math.max(least, Math.round((audio + pause) / frame));
}

/** The samples to encode so that LAME's frames fill `slot` exactly: the block's audio, then silence. */
export const inputSamples = (slot: number): number => slot - LAME_FRAMING_SAMPLES;
