// Acoustic frames to compare two voices saying the same text: MFCCs every 10 ms, mean-normalised per coefficient so
// a different voice, microphone or loudness shifts the sequence less than a different sound does.

/** A sequence of equal-sized feature frames, row after row in one array. */
export interface FeatureSequence {
  readonly values: Float32Array;
  readonly dimensions: number;
  readonly length: number;
  /** Each frame's power in dB below the loudest frame's (0 for the loudest), where known. */
  readonly levels?: Float32Array;
}

export const HOP_SECONDS = 0.01;
const WINDOW_SECONDS = 0.025;
const PRE_EMPHASIS = 0.97;
const MEL_BANDS = 26;
const COEFFICIENTS = 13;
// Below 16 kHz audio's Nyquist frequency, so every recording (flite is 16 kHz) fills the same bands.
const LOW_HZ = 60;
const HIGH_HZ = 7600;
// Keeps log energy finite in digital silence: about -100 dB below full scale.
const ENERGY_FLOOR = 1e-10;
// Quieter than the loudest band by more than this (natural log of power: 50 dB) counts as silence, so a room's noise
// floor and a synthesizer's digital zero look alike.
const DYNAMIC_RANGE = Math.log(1e5);

/**
 * MFCC frames at a 10 ms hop (25 ms Hamming window), each coefficient's mean over the whole sequence removed; as if
 * `padSeconds` of silence were added at both ends (without copying the samples).
 */
export function mfccFeatures(samples: Float32Array, sampleRate: number, padSeconds = 0): FeatureSequence {
  if (!(sampleRate >= 2 * HIGH_HZ)) throw new Error(`mfccFeatures: sample rate ${sampleRate} Hz is below 15.2 kHz`);
  const hop = sampleRate * HOP_SECONDS;
  const window = Math.round(sampleRate * WINDOW_SECONDS);
  const size = 2 ** Math.ceil(Math.log2(window));
  const hamming = Float32Array.from(
    { length: window },
    (_, i) => 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (window - 1)),
  );
  const filters = melFilters(size, sampleRate);
  const pad = Math.round(padSeconds * sampleRate);
  const length = Math.max(1, Math.floor((samples.length + 2 * pad - window) / hop) + 1);
  const logMel = new Float32Array(length * MEL_BANDS);
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const power = new Float64Array(size / 2 + 1);
  const levels = new Float32Array(length);
  for (let frame = 0; frame < length; frame++) {
    // A fractional hop (22.05 kHz: 220.5 samples) keeps every rate on the same 10 ms grid.
    const start = Math.round(frame * hop) - pad;
    re.fill(0);
    im.fill(0);
    for (let i = 0; i < window; i++) {
      const x = samples[start + i] ?? 0;
      const previous = start + i > 0 ? (samples[start + i - 1] ?? 0) : 0;
      re[i] = (x - PRE_EMPHASIS * previous) * (hamming[i] ?? 0);
    }
    fft(re, im);
    let total = ENERGY_FLOOR;
    for (let k = 0; k < power.length; k++) {
      power[k] = (re[k] ?? 0) ** 2 + (im[k] ?? 0) ** 2;
      total += power[k] ?? 0;
    }
    levels[frame] = 10 * Math.log10(total);
    for (let band = 0; band < MEL_BANDS; band++) {
      const weights = filters[band] ?? [];
      let energy = 0;
      for (const [k, weight] of weights) energy += weight * (power[k] ?? 0);
      logMel[frame * MEL_BANDS + band] = Math.log(energy + ENERGY_FLOOR);
    }
  }
  const values = cepstra(logMel, length);
  subtractMeans(values, COEFFICIENTS);
  const loudest = levels.reduce((max, level) => Math.max(max, level), Number.NEGATIVE_INFINITY);
  return { values, dimensions: COEFFICIENTS, length, levels: levels.map((level) => level - loudest) };
}

// The log mel energies, floored at DYNAMIC_RANGE below the loudest, through the DCT.
function cepstra(logMel: Float32Array, length: number): Float32Array {
  let loudest = Number.NEGATIVE_INFINITY;
  for (const energy of logMel) loudest = Math.max(loudest, energy);
  const floor = loudest - DYNAMIC_RANGE;
  const dct = dctMatrix();
  const values = new Float32Array(length * COEFFICIENTS);
  for (let frame = 0; frame < length; frame++) {
    for (let c = 0; c < COEFFICIENTS; c++) {
      let sum = 0;
      for (let band = 0; band < MEL_BANDS; band++) {
        sum += (dct[c * MEL_BANDS + band] ?? 0) * Math.max(floor, logMel[frame * MEL_BANDS + band] ?? 0);
      }
      values[frame * COEFFICIENTS + c] = sum;
    }
  }
  return values;
}

function subtractMeans(values: Float32Array, dimensions: number): void {
  const length = values.length / dimensions;
  for (let d = 0; d < dimensions; d++) {
    let sum = 0;
    for (let t = 0; t < length; t++) sum += values[t * dimensions + d] ?? 0;
    const mean = sum / length;
    for (let t = 0; t < length; t++) values[t * dimensions + d] = (values[t * dimensions + d] ?? 0) - mean;
  }
}

const melOf = (hz: number): number => 2595 * Math.log10(1 + hz / 700);
const hzOf = (mel: number): number => 700 * (10 ** (mel / 2595) - 1);

// Triangular filters, equally spaced in mel; each band keeps only its non-zero [bin, weight] pairs.
function melFilters(size: number, sampleRate: number): [number, number][][] {
  const low = melOf(LOW_HZ);
  const step = (melOf(HIGH_HZ) - low) / (MEL_BANDS + 1);
  const edges = Array.from({ length: MEL_BANDS + 2 }, (_, i) => hzOf(low + i * step));
  const binHz = sampleRate / size;
  return Array.from({ length: MEL_BANDS }, (_, band) => {
    const [left, centre, right] = [edges[band] ?? 0, edges[band + 1] ?? 0, edges[band + 2] ?? 0];
    const weights: [number, number][] = [];
    for (let k = Math.ceil(left / binHz); k * binHz < right && k <= size / 2; k++) {
      const hz = k * binHz;
      const weight = hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
      if (weight > 0) weights.push([k, weight]);
    }
    return weights;
  });
}

// DCT-II, orthonormal, of the log mel energies: the first COEFFICIENTS rows.
function dctMatrix(): Float64Array {
  const matrix = new Float64Array(COEFFICIENTS * MEL_BANDS);
  for (let c = 0; c < COEFFICIENTS; c++) {
    const scale = Math.sqrt((c === 0 ? 1 : 2) / MEL_BANDS);
    for (let band = 0; band < MEL_BANDS; band++) {
      matrix[c * MEL_BANDS + band] = scale * Math.cos((Math.PI * c * (band + 0.5)) / MEL_BANDS);
    }
  }
  return matrix;
}

// cos and sin of -2πk/n for k < n/2, per FFT size: recomputing them per frame was most of the features' time.
const twiddles = new Map<number, { cos: Float64Array; sin: Float64Array }>();
function twiddlesOf(n: number): { cos: Float64Array; sin: Float64Array } {
  let table = twiddles.get(n);
  if (!table) {
    const angles = Float64Array.from({ length: n / 2 }, (_, k) => (-2 * Math.PI * k) / n);
    table = { cos: angles.map(Math.cos), sin: angles.map(Math.sin) };
    twiddles.set(n, table);
  }
  return table;
}

/** In-place iterative radix-2 FFT; the length must be a power of two. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const r = re[i] ?? 0;
      const m = im[i] ?? 0;
      re[i] = re[j] ?? 0;
      im[i] = im[j] ?? 0;
      re[j] = r;
      im[j] = m;
    }
  }
  const { cos, sin } = twiddlesOf(n);
  for (let span = 2; span <= n; span <<= 1) {
    const half = span >> 1;
    const stride = n / span;
    for (let k = 0; k < half; k++) {
      const wr = cos[k * stride] ?? 0;
      const wi = sin[k * stride] ?? 0;
      for (let i = k; i < n; i += span) {
        const j = i + half;
        const xr = re[j] ?? 0;
        const xi = im[j] ?? 0;
        const tr = wr * xr - wi * xi;
        const ti = wr * xi + wi * xr;
        re[j] = (re[i] ?? 0) - tr;
        im[j] = (im[i] ?? 0) - ti;
        re[i] = (re[i] ?? 0) + tr;
        im[i] = (im[i] ?? 0) + ti;
      }
    }
  }
}
