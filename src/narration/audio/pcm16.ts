// Raw 16-bit little-endian mono PCM, with no header, as speech: what ElevenLabs sends for its pcm_* formats.
import type { Speech } from './speech.ts';

const FULL_SCALE = 32768;

export function decodePcm16(bytes: Uint8Array, sampleRate: number): Speech {
  // Whole samples or it is not 16-bit PCM at all (an error page, a cut-off body).
  if (bytes.byteLength % 2 !== 0)
    throw new Error(`decodePcm16: ${bytes.byteLength} bytes is not a whole number of 16-bit samples`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Float32Array(bytes.byteLength / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true) / FULL_SCALE;
  return { samples, sampleRate };
}
