// Synthesizes many texts at once, one worker thread per core: flite and espeak block the thread they run on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Speech } from './engine.ts';
import type { SynthReply, SynthRequest } from './synth-worker.ts';

type SynthThread = {
  readonly speak: (request: SynthRequest) => Promise<Speech>;
  readonly stop: () => Promise<number>;
};

function startThread(engineId: string): SynthThread {
  // WASI warns it is experimental once per thread: noise in every narration run.
  const worker = new Worker(new URL('./synth-worker.ts', import.meta.url), {
    workerData: { engineId },
    execArgv: [...process.execArgv, '--disable-warning=ExperimentalWarning'],
  });
  let pending: { resolve: (speech: Speech) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    pending?.reject(failure);
    pending = undefined;
  };
  worker.on('message', (reply: SynthReply) => {
    if (reply.ok) pending?.resolve({ samples: reply.samples, sampleRate: reply.sampleRate });
    else pending?.reject(new Error(reply.message));
    pending = undefined;
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`synthesis worker stopped (exit code ${code})`)));
  return {
    speak: (request) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        pending = { resolve, reject };
        worker.postMessage(request);
      }),
    stop: () => worker.terminate(),
  };
}

/**
 * Speech for each text, in the order given. onProgress hears of each finished text as it finishes,
 * so a caller can keep it (a cache) before a long run completes.
 */
export async function synthesizeAll(
  engineId: string,
  voice: string,
  texts: readonly string[],
  onProgress?: (done: number, total: number, index: number, speech: Speech) => void,
): Promise<Speech[]> {
  const threads = Array.from({ length: Math.min(availableParallelism(), texts.length) }, () => startThread(engineId));
  const results: Speech[] = [];
  let next = 0;
  let done = 0;
  const work = async (thread: SynthThread): Promise<void> => {
    for (let index = next++; index < texts.length; index = next++) {
      const text = texts[index] ?? '';
      const speech = await thread.speak({ text, voice }).catch((error: Error) => {
        const where = `text ${index + 1} of ${texts.length} ("${text.slice(0, 60)}")`;
        throw new Error(`${engineId} failed on ${where}: ${error.message}`, { cause: error });
      });
      results[index] = speech;
      onProgress?.(++done, texts.length, index, speech);
    }
  };
  try {
    await Promise.all(threads.map(work));
    return results;
  } finally {
    await Promise.all(threads.map((thread) => thread.stop()));
  }
}
