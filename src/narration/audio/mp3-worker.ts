// One worker thread of the MP3 pool (mp3-pool.ts): encodes each block it is sent, alone, to its frames.
import { parentPort } from 'node:worker_threads';
import { encodeFrames } from './mp3-lame.ts';

export type EncodeRequest = { readonly samples: Float32Array; readonly sampleRate: number };
export type EncodeReply =
  | { readonly ok: true; readonly frames: Uint8Array }
  | { readonly ok: false; readonly message: string };

const port = parentPort;
if (!port) throw new Error('mp3-worker.ts runs only as a worker thread; use startMp3Pool from mp3-pool.ts');

port.on('message', ({ samples, sampleRate }: EncodeRequest) => {
  encodeFrames(samples, sampleRate).then(
    (frames) => port.postMessage({ ok: true, frames } satisfies EncodeReply, [frames.buffer as ArrayBuffer]),
    (error: Error) => port.postMessage({ ok: false, message: error.message } satisfies EncodeReply),
  );
});
