// One worker thread of encodeMp3Parallel: encodes the span it was started with, replies with its frames, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeSpan, type Span } from './mp3-span.ts';

const port = parentPort;
if (!port) throw new Error('mp3-worker.ts runs only as a worker thread; use encodeMp3Parallel from mp3-parallel.ts');
const { span, sampleRate } = workerData as { span: Span; sampleRate: number };
const frames = encodeSpan(span, sampleRate);
port.postMessage(frames, [frames.buffer]);
