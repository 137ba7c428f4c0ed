// Reads and writes 16-bit PCM mono WAV: flite's output format, and pocketsphinx's input format.
import type { Speech } from './speech.ts';

const HEADER_BYTES = 44;
const PCM_FORMAT = 1;
const FULL_SCALE = 32768;

function chunkId(view: DataView, offset: number): string {
  return String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(offset + i)));
}

/** A WAV file this module cannot read: the caller may treat it as missing (a cache) or as a failure (an engine). */
export class WavError extends Error {}

interface DecodeOptions {
  /**
   * Refuse a file whose sizes disagree with its length. A truncated cache file must be made again; an engine's
   * streamed WAV (OpenAI's sizes are 0xFFFFFFFF) must be read as far as it goes.
   */
  whole?: boolean;
}

function checkWhole(view: DataView, dataStart: number, dataSize: number): void {
  const riffSize = view.getUint32(4, true);
  if (riffSize !== view.byteLength - 8)
    throw new WavError(`decodeWav: the RIFF size says ${riffSize + 8} bytes, the file has ${view.byteLength}`);
  if (dataStart + dataSize > view.byteLength)
    throw new WavError(`decodeWav: the data chunk says ${dataSize} bytes, ${view.byteLength - dataStart} are there`);
  if (dataSize % 2 !== 0)
    throw new WavError(`decodeWav: the data chunk holds ${dataSize} bytes, not whole 16-bit samples`);
}

/** The samples of a 16-bit PCM mono WAV file, scaled to -1..1. */
export function decodeWav(bytes: Uint8Array, { whole = false }: DecodeOptions = {}): Speech {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || chunkId(view, 0) !== 'RIFF' || chunkId(view, 8) !== 'WAVE') {
    throw new WavError('decodeWav: not a RIFF WAVE file');
  }
  let sampleRate: number | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = chunkId(view, offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ') {
      if (size < 16 || offset + 24 > bytes.byteLength)
        throw new WavError(`decodeWav: the fmt chunk is cut short (${size} bytes)`);
      const format = view.getUint16(offset + 8, true);
      const channels = view.getUint16(offset + 10, true);
      const bits = view.getUint16(offset + 22, true);
      if (format !== PCM_FORMAT || channels !== 1 || bits !== 16) {
        throw new WavError(
          `decodeWav: expected 16-bit PCM mono, got format ${format}, ${channels} channels, ${bits} bits`,
        );
      }
      sampleRate = view.getUint32(offset + 12, true);
      if (sampleRate === 0) throw new WavError('decodeWav: the sample rate is 0');
    } else if (id === 'data') {
      if (sampleRate === undefined) throw new WavError('decodeWav: data chunk before fmt chunk');
      if (whole) checkWhole(view, offset + 8, size);
      // A size past the end (a truncated file, or a streaming writer's placeholder) yields the samples that exist.
      const count = Math.floor(Math.min(size, bytes.byteLength - offset - 8) / 2);
      const samples = new Float32Array(count);
      for (let i = 0; i < count; i++) samples[i] = view.getInt16(offset + 8 + i * 2, true) / FULL_SCALE;
      return { samples, sampleRate };
    }
    // Chunks are word-aligned: an odd-sized chunk is followed by one padding byte.
    offset += 8 + size + (size % 2);
  }
  throw new WavError('decodeWav: no data chunk');
}

/** A 16-bit PCM mono WAV file of the samples, clipped to -1..1. */
export function encodeWav({ samples, sampleRate }: Speech): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const writeId = (offset: number, id: string): void => {
    for (const [i, c] of [...id].entries()) view.setUint8(offset + i, c.charCodeAt(0));
  };
  writeId(0, 'RIFF');
  view.setUint32(4, bytes.byteLength - 8, true);
  writeId(8, 'WAVE');
  writeId(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, PCM_FORMAT, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  writeId(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    view.setInt16(
      HEADER_BYTES + i * 2,
      Math.round(Math.max(-1, Math.min(1, samples[i] ?? 0)) * (FULL_SCALE - 1)),
      true,
    );
  }
  return bytes;
}
