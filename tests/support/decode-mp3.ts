// Decodes an MP3 with mpg123 (WebAssembly), which honours the LAME tag the way Chromium and ffmpeg do.
import { MPEGDecoder } from 'mpg123-decoder';
import { expect } from 'vitest';

export async function decodeMp3(mp3: Uint8Array): Promise<{ samples: Float32Array; sampleRate: number }> {
  const decoder = new MPEGDecoder({ enableGapless: true });
  await decoder.ready;
  const { channelData, sampleRate, errors } = decoder.decode(mp3);
  decoder.free();
  expect(errors).toEqual([]);
  return { samples: channelData[0] ?? new Float32Array(0), sampleRate };
}
