// Encodes narration on every core: lamejs is single-threaded and, alone, took as long as synthesis (0.013 s per second
// of audio). The audio is cut into frame-aligned spans, each encoded in its own worker thread (see mp3-span.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { concatBytes } from './concat-bytes.ts';
import { withInfoFrame } from './mp3.ts';
import { encodeSpan, splitIntoSpans, type Span } from './mp3-span.ts';

/** The MP3 that encodeMp3 writes (byte for byte, on every narration measured), from at most `threads` spans at once. */
export async function encodeMp3Parallel(
  samples: Float32Array,
  sampleRate: number,
  threads = availableParallelism(),
): Promise<Uint8Array> {
  const spans = splitIntoSpans(samples, sampleRate, threads);
  const [only] = spans;
  const frames =
    spans.length === 1 && only
      ? [encodeSpan(only, sampleRate)]
      : await Promise.all(spans.map((span) => encodeInWorker(span, sampleRate)));
  return withInfoFrame(concatBytes(frames), samples.length, sampleRate);
}

function encodeInWorker(span: Span, sampleRate: number): Promise<Uint8Array> {
  // The span's samples move to the worker without a copy. No parent flags: --input-type=module stops a worker loading.
  const worker = new Worker(new URL('./mp3-worker.ts', import.meta.url), {
    workerData: { span, sampleRate },
    transferList: [span.samples.buffer],
    execArgv: [],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    // After the reply, the worker's exit settles nothing: the promise is already resolved.
    worker.once('exit', (code) => reject(new Error(`MP3 encoder worker stopped (exit code ${code}) before replying`)));
  });
}
