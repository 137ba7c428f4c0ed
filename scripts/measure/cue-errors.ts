// How far each cue lands from its block's audio once a real decoder (ffmpeg, Chromium) has decoded the MP3:
// shared by bench-cue-accuracy.ts (a short essay) and bench-narration.ts (the longest sample essay).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { AssembledNarration } from '../../src/narration/audio/assemble.ts';

export const SAMPLE_RATE = 16000;
// Without the Info frame a decoder starts 576 + 529 samples (69 ms at 16 kHz) late; search well past that.
export const MAX_LAG = Math.round(0.15 * SAMPLE_RATE);
const MATCH_SECONDS = 0.2;

export type Decoded = { readonly samples: Float32Array; readonly audioElementSeconds?: number };
export type Decoder = { readonly name: string; readonly decode: (mp3: Uint8Array) => Promise<Decoded> };

function readAudio(path: string): Float32Array {
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', path, '-f', 'f32le', '-ac', '1', '-ar', String(SAMPLE_RATE), 'pipe:1'],
    {
      maxBuffer: 1 << 30,
    },
  );
  return new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
}

// From a file, not a pipe: reading a pipe, ffmpeg drops the encoder delay but keeps part of the padding.
export const ffmpeg: Decoder = {
  name: 'ffmpeg',
  decode: async (mp3) => {
    const path = join(mkdtempSync(join(tmpdir(), 'bench-cue-')), 'narration.mp3');
    writeFileSync(path, mp3);
    const samples = readAudio(path);
    rmSync(dirname(path), { recursive: true });
    return { samples };
  },
};

// Chromium decodes with its own FFmpeg build; decodeAudioData at the file's rate avoids resampling.
// The samples come back as base64 bytes: as a JSON array, 20 minutes of audio would be a 400 MB message.
export function chromiumDecoder(browser: Browser): Decoder {
  return {
    name: 'chromium',
    decode: async (mp3) => {
      const page = await browser.newPage();
      const base64 = Buffer.from(mp3).toString('base64');
      const result = await page.evaluate(
        async ({ base64, rate }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const buffer = await new OfflineAudioContext(1, 1, rate).decodeAudioData(bytes.buffer.slice(0));
          const audio = new Audio(URL.createObjectURL(new Blob([bytes], { type: 'audio/mpeg' })));
          audio.muted = true;
          await new Promise((resolve, reject) => {
            audio.onloadedmetadata = resolve;
            audio.onerror = () => reject(new Error(`<audio> error ${audio.error?.code}`));
          });
          await audio.play();
          await new Promise((resolve, reject) => {
            audio.ontimeupdate = () => audio.currentTime > 0.25 && resolve(null);
            setTimeout(() => reject(new Error('<audio> did not play within 10 s')), 10_000);
          });
          audio.pause();
          const raw = new Uint8Array(buffer.getChannelData(0).buffer);
          let binary = '';
          for (let i = 0; i < raw.length; i += 0x8000) binary += String.fromCharCode(...raw.subarray(i, i + 0x8000));
          return { samples: btoa(binary), audioElementSeconds: audio.duration };
        },
        { base64, rate: SAMPLE_RATE },
      );
      await page.close();
      const raw = Buffer.from(result.samples, 'base64');
      const samples = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
      return { samples, audioElementSeconds: result.audioElementSeconds };
    },
  };
}

// The lag (within ±maxLag) at which `moving` best matches `fixed[fixedStart…]`: normalised cross-correlation over
// 200 ms, robust to MP3 pre-echo where a level threshold is not. Normalised by the moving window's energy,
// else a loud vowel just after an onset would pull the match late.
export function bestLag(
  fixed: Float32Array,
  fixedStart: number,
  moving: Float32Array,
  movingGuess: number,
  maxLag: number,
): number {
  const length = Math.round(MATCH_SECONDS * SAMPLE_RATE);
  let best = { lag: 0, score: -Infinity };
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    let product = 0;
    let energy = 1e-12;
    for (let k = 0; k < length; k++) {
      const m = moving[movingGuess + lag + k] ?? 0;
      product += (fixed[fixedStart + k] ?? 0) * m;
      energy += m * m;
    }
    const score = product / Math.sqrt(energy);
    if (score > best.score) best = { lag, score };
  }
  return best.lag;
}

/** Signed error of each cue's start, in ms: where its block's audio lands in `decoded`, less where the cue says. */
export function cueErrorsMs(narration: AssembledNarration, decoded: Float32Array): number[] {
  return narration.sentenceTimings.map((t) => {
    const start = Math.round(t.start * SAMPLE_RATE);
    return (1000 * bestLag(narration.samples, start, decoded, start, MAX_LAG)) / SAMPLE_RATE;
  });
}
