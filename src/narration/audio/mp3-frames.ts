// Reads MPEG audio frame headers: enough to walk an MP3 frame by frame and size the frames we write.

export type FrameHeader = {
  readonly mpeg1: boolean;
  readonly mono: boolean;
  readonly sampleRate: number;
  readonly kbps: number;
  readonly size: number;
  readonly samplesPerFrame: number;
};

export const KBPS_MPEG1: readonly number[] = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
export const KBPS_MPEG2: readonly number[] = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Readonly<Record<number, readonly number[]>> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

export function parseFrameHeader(bytes: Uint8Array, offset: number): FrameHeader {
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bytes.subarray(offset, offset + 4);
  const version = (b1 >> 3) & 0x03;
  const rates = SAMPLE_RATES[version];
  const sampleRate = rates?.[(b2 >> 2) & 0x03];
  const mpeg1 = version === 3;
  const kbps = (mpeg1 ? KBPS_MPEG1 : KBPS_MPEG2)[b2 >> 4];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0 || ((b1 >> 1) & 0x03) !== 1 || !sampleRate || !kbps) {
    throw new Error(`not an MPEG Layer III frame header at byte ${offset}`);
  }
  return {
    mpeg1,
    mono: b3 >> 6 === 3,
    sampleRate,
    kbps,
    size: frameSize(mpeg1, kbps, sampleRate, (b2 >> 1) & 0x01),
    samplesPerFrame: mpeg1 ? 1152 : 576,
  };
}

export function frameSize(mpeg1: boolean, kbps: number, sampleRate: number, paddingSlot: number): number {
  return Math.floor(((mpeg1 ? 144000 : 72000) * kbps) / sampleRate) + paddingSlot;
}

export function sideInfoSize(header: FrameHeader): number {
  if (header.mpeg1) return header.mono ? 17 : 32;
  return header.mono ? 9 : 17;
}

// Walks the encoder's output frame by frame; it must be one unbroken run of same-rate mono Layer III frames.
export function scanFrames(audio: Uint8Array, sampleRate: number): number[] {
  const sizes: number[] = [];
  for (let offset = 0; offset < audio.length; ) {
    const header = parseFrameHeader(audio, offset);
    if (header.sampleRate !== sampleRate || !header.mono) {
      throw new Error(`encodeMp3: frame at byte ${offset} is ${header.sampleRate} Hz, mono=${header.mono}`);
    }
    sizes.push(header.size);
    offset += header.size;
  }
  return sizes;
}
