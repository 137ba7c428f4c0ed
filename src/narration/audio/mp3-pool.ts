// Encodes placed blocks (assemble.ts) to MP3 frames in worker threads, one per core: encoding then uses both cores
// and runs beside synthesis, each block as soon as its sentences are spoken. Threads start on the first block.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EncodeReply, EncodeRequest } from './mp3-worker.ts';

export interface Mp3Pool {
  /** The block's frames, as encodeFrames (mp3-lame.ts) writes them. */
  readonly encode: (samples: Float32Array, sampleRate: number) => Promise<Uint8Array>;
  readonly close: () => Promise<void>;
}

type Job = EncodeRequest & { resolve: (frames: Uint8Array) => void; reject: (error: Error) => void };

export function startMp3Pool(threads = availableParallelism()): Mp3Pool {
  const queue: Job[] = [];
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  let failure: Error | undefined;

  const next = (worker: Worker): void => {
    const job = queue.shift();
    if (!job) {
      idle.push(worker);
      return;
    }
    running.set(worker, job);
    // A copy goes: the caller keeps its samples (a view into the narration, in assembleNarration).
    const samples = job.samples.slice();
    worker.postMessage({ samples, sampleRate: job.sampleRate } satisfies EncodeRequest, [samples.buffer]);
  };
  const fail = (error: Error): void => {
    failure ??= error;
    for (const job of [...running.values(), ...queue.splice(0)]) job.reject(failure);
    running.clear();
  };
  const start = (): void => {
    // As synth-pool.ts: not the parent's flags, which can stop a worker loading.
    const worker = new Worker(new URL('./mp3-worker.ts', import.meta.url), { execArgv: [] });
    worker.on('message', (reply: EncodeReply) => {
      const job = running.get(worker);
      running.delete(worker);
      if (reply.ok) job?.resolve(reply.frames);
      else job?.reject(new Error(reply.message));
      next(worker);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (running.has(worker)) fail(new Error(`MP3 encoding worker stopped (exit code ${code})`));
    });
    workers.push(worker);
    next(worker);
  };

  return {
    encode: (samples, sampleRate) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ samples, sampleRate, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
        else if (workers.length < threads) start();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
