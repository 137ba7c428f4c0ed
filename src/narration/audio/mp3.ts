// Encodes narration as mono CBR MP3 with a LAME "Info" frame, so decoders drop the encoder delay and cues stay exact.
// Limit (measured in Chromium 156): <audio> drops that delay only when playing from the start; after a seek its sound
// trails currentTime by 33-69 ms (up to the 576 + 529 samples of delay). See scripts/bench-cue-accuracy.ts.
import { concatBytes } from './concat-bytes.ts';
import {
  frameSize,
  KBPS_MPEG1,
  KBPS_MPEG2,
  parseFrameHeader,
  scanFrames,
  sideInfoSize,
  type FrameHeader,
} from './mp3-frames.ts';
import { LAME_ENCODER_DELAY, samplesPerFrame } from './frame-slots.ts';
import { encodeFrames } from './mp3-lame.ts';

// What the Info frame tells a decoder: how many frames, and how many samples to drop at each end.
export type InfoFrame = {
  readonly sampleRate: number;
  readonly samplesPerFrame: number;
  readonly frames: number;
  readonly bytes: number;
  readonly encoderDelay: number;
  readonly padding: number;
};

// ffmpeg (so Chromium) honours delay and padding only after a "LAME"/"Lavc"/"Lavf" version.
const ENCODER_VERSION = 'LAME3.100';

// Xing/Info fields: frame count, byte count, TOC and quality all present.
const INFO_FLAGS = 0x0f;
const TOC_SIZE = 100;
const LAME_TAG_SIZE = 36;

export async function encodeMp3(samples: Float32Array, sampleRate: number): Promise<Uint8Array> {
  return joinMp3([{ frames: await encodeFrames(samples, sampleRate), slot: samples.length }], sampleRate);
}

/**
 * A narration as `npm run narrate` encodes it: each placed block alone (assemble.ts), its frames joined. Here in
 * this thread, one block after another; narrate-essay.ts encodes the blocks in worker threads instead.
 */
export async function encodePlaced(
  placed: readonly { readonly samples: Float32Array; readonly slot: number }[],
  sampleRate: number,
): Promise<Uint8Array> {
  const runs: FrameRun[] = [];
  for (const { samples, slot } of placed) runs.push({ frames: await encodeFrames(samples, sampleRate), slot });
  return joinMp3(runs, sampleRate);
}

/** One block's frames, encoded alone, and the samples of narration they stand for (its slot, frame-slots.ts). */
export type FrameRun = { readonly frames: Uint8Array; readonly slot: number };

/**
 * The frames of blocks encoded apart, one after another behind an Info frame, which tells decoders the delay and
 * padding to drop. Each run but the last must fill its slot exactly, or every later cue would be late.
 */
export function joinMp3(runs: readonly FrameRun[], sampleRate: number): Uint8Array {
  const frameLength = samplesPerFrame(sampleRate);
  runs.slice(0, -1).forEach(({ frames, slot }, i) => {
    const count = scanFrames(frames, sampleRate).length;
    if (count * frameLength !== slot)
      throw new Error(`encodeMp3: block ${i + 1} has ${count} frames, not the ${slot / frameLength} of its slot`);
  });
  const sampleCount = runs.reduce((sum, run) => sum + run.slot, 0);
  const audio = concatBytes(runs.map((run) => run.frames));
  const frameSizes = scanFrames(audio, sampleRate);
  const header = parseFrameHeader(audio, 0);
  const padding = frameSizes.length * header.samplesPerFrame - LAME_ENCODER_DELAY - sampleCount;
  if (padding < 0 || padding > 0xfff) throw new Error(`encodeMp3: padding ${padding} does not fit the LAME tag`);
  const info = infoFrame(header, audio, frameSizes, { encoderDelay: LAME_ENCODER_DELAY, padding });
  return concatBytes([info, audio]);
}

// Duration as a gapless decoder plays it: every frame's samples less the encoder delay and padding.
export function mp3DurationSeconds(mp3: Uint8Array): number {
  const info = readInfoFrame(mp3);
  return (info.frames * info.samplesPerFrame - info.encoderDelay - info.padding) / info.sampleRate;
}

// Reads files this module wrote: the Info frame comes first, with no ID3v2 tag before it.
export function readInfoFrame(mp3: Uint8Array): InfoFrame {
  const header = parseFrameHeader(mp3, 0);
  const view = new DataView(mp3.buffer, mp3.byteOffset, mp3.byteLength);
  const tagStart = 4 + sideInfoSize(header);
  const marker = String.fromCharCode(...mp3.subarray(tagStart, tagStart + 4));
  const flags = view.getUint32(tagStart + 4);
  if ((marker !== 'Info' && marker !== 'Xing') || (flags & 0x03) !== 0x03) {
    throw new Error('readInfoFrame: first frame has no Info/Xing frame and byte counts');
  }
  const optionalBytes = (flags & 0x04 ? TOC_SIZE : 0) + (flags & 0x08 ? 4 : 0);
  const lameTag = tagStart + 16 + optionalBytes;
  if (!/^(LAME|Lavc|Lavf)$/.test(String.fromCharCode(...mp3.subarray(lameTag, lameTag + 4)))) {
    throw new Error('readInfoFrame: the Info frame has no LAME tag, so no encoder delay or padding');
  }
  const delayAndPadding = (view.getUint16(lameTag + 21) << 8) | view.getUint8(lameTag + 23);
  return {
    sampleRate: header.sampleRate,
    samplesPerFrame: header.samplesPerFrame,
    frames: view.getUint32(tagStart + 8),
    bytes: view.getUint32(tagStart + 12),
    encoderDelay: delayAndPadding >>> 12,
    padding: delayAndPadding & 0xfff,
  };
}

// Layout per the LAME tag spec (gabriel.mp3-tech.org/mp3infotag.html); the frame itself decodes as silence.
// LAME tag offsets: +0 version, +9 revision/method, +20 bitrate, +21 delay/padding, +28 length, +32/+34 CRCs.
function infoFrame(
  audioHeader: FrameHeader,
  audio: Uint8Array,
  frameSizes: readonly number[],
  gapless: { readonly encoderDelay: number; readonly padding: number },
): Uint8Array {
  const tagStart = 4 + sideInfoSize(audioHeader);
  const lameTag = tagStart + 16 + TOC_SIZE + 4;
  const kbps = smallestBitrateHolding(audioHeader, lameTag + LAME_TAG_SIZE);
  const size = frameSize(audioHeader.mpeg1, kbps, audioHeader.sampleRate, 0);
  const frame = new Uint8Array(size);
  const view = new DataView(frame.buffer);
  frame.set(infoHeaderBytes(audio, audioHeader.mpeg1, kbps));
  writeAscii(frame, tagStart, 'Info');
  view.setUint32(tagStart + 4, INFO_FLAGS); // the quality field stays 0: it means nothing for CBR
  view.setUint32(tagStart + 8, frameSizes.length);
  view.setUint32(tagStart + 12, size + audio.length);
  frame.set(tableOfContents(frameSizes, size), tagStart + 16);
  writeAscii(frame, lameTag, ENCODER_VERSION);
  view.setUint8(lameTag + 9, 0x01); // tag revision 0, VBR method 1: constant bitrate
  view.setUint8(lameTag + 20, Math.min(255, audioHeader.kbps));
  view.setUint16(lameTag + 21, (gapless.encoderDelay << 4) | (gapless.padding >>> 8));
  view.setUint8(lameTag + 23, gapless.padding & 0xff);
  view.setUint32(lameTag + 28, size + audio.length);
  view.setUint16(lameTag + 32, crc16(audio));
  view.setUint16(lameTag + 34, crc16(frame.subarray(0, lameTag + 34)));
  return frame;
}

// The audio's own header with another bitrate, no padding slot and no CRC: the tag needs room, not sound.
function infoHeaderBytes(audio: Uint8Array, mpeg1: boolean, kbps: number): Uint8Array {
  const bitrateIndex = (mpeg1 ? KBPS_MPEG1 : KBPS_MPEG2).indexOf(kbps);
  const bytes = audio.slice(0, 4);
  bytes[1] = (bytes[1] ?? 0) | 0x01;
  bytes[2] = (bitrateIndex << 4) | ((bytes[2] ?? 0) & 0x0c) | ((bytes[2] ?? 0) & 0x01);
  return bytes;
}

// At 32 kbps and 16 kHz (48 kbps and 24 kHz) a frame is 144 bytes, too small for the 169-byte tag; the Info frame may use any bitrate.
function smallestBitrateHolding(header: FrameHeader, needed: number): number {
  const table = header.mpeg1 ? KBPS_MPEG1 : KBPS_MPEG2;
  const kbps = table.find((k) => k >= header.kbps && frameSize(header.mpeg1, k, header.sampleRate, 0) >= needed);
  if (kbps === undefined) throw new Error('encodeMp3: no bitrate gives a frame large enough for the Info tag');
  return kbps;
}

// Entry i: where i% of the audio starts, as a fraction of the file in 256ths; lets players seek without scanning.
function tableOfContents(frameSizes: readonly number[], infoSize: number): Uint8Array {
  const starts = [infoSize];
  for (const size of frameSizes) starts.push((starts[starts.length - 1] ?? 0) + size);
  const total = starts[starts.length - 1] ?? infoSize;
  const toc = new Uint8Array(TOC_SIZE);
  for (let i = 0; i < TOC_SIZE; i++) {
    const frame = Math.floor((i * frameSizes.length) / TOC_SIZE);
    toc[i] = Math.min(255, Math.floor((256 * (starts[frame] ?? total)) / total));
  }
  return toc;
}

// CRC-16/ARC (reflected polynomial 0xA001, initial 0), the checksum the LAME tag uses.
const CRC16_TABLE = Uint16Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  return crc;
});

export function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = (crc >>> 8) ^ (CRC16_TABLE[(crc ^ byte) & 0xff] ?? 0);
  return crc;
}

function writeAscii(target: Uint8Array, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) target[offset + i] = text.charCodeAt(i);
}
