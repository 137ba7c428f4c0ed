// Synthesizes many texts at once in worker threads: one per core for engines that block their thread, fewer if an engine says so.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Speech } from '../audio/speech.ts';
import { loadEngine } from '../engines/registry.ts';
import type { EngineChoice } from '../engines/speech-engine.ts';
import type { SynthReply, SynthRequest, SynthWorkerData } from './synth-worker.ts';

/** An engine by id, or by id with its options from the site config. */
export type PoolEngine = string | Pick<EngineChoice, 'engine' | 'options'>;

type SynthThread = {
  readonly speak: (request: SynthRequest) => Promise<Speech>;
  readonly stop: () => Promise<number>;
};

function startThread(workerData: SynthWorkerData): SynthThread {
  // Not the parent's flags: one such as --input-type=module makes the worker fail to load. The one flag given
  // silences WASI's per-thread "experimental" warning, noise in every narration run.
  const worker = new Worker(new URL('./synth-worker.ts', import.meta.url), {
    workerData,
    execArgv: ['--disable-warning=ExperimentalWarning'],
  });
  let pending: { resolve: (speech: Speech) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    pending?.reject(failure);
    pending = undefined;
  };
  worker.on('message', (reply: SynthReply) => {
    if (reply.ok) {
      const { samples, sampleRate, words } = reply;
      pending?.resolve({ samples, sampleRate, ...(words ? { words } : {}) });
    } else pending?.reject(new Error(reply.message));
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

/** Threads of one engine, kept across calls; one call at a time. */
export interface SynthPool {
  /** As synthesizeAll below, on these threads. */
  readonly synthesizeAll: (
    voice: string,
    texts: readonly string[],
    onProgress?: (done: number, total: number, index: number, speech: Speech) => void,
    order?: { inOrder?: boolean },
  ) => Promise<Speech[]>;
  readonly close: () => Promise<void>;
}

/**
 * Threads for one engine that an archive's essays share: each essay starting its own cost 0.35 CPU seconds (two
 * flite threads, measured), minutes over a thousand essays. They start as the first texts need them.
 */
export async function startSynthPool(engine: PoolEngine): Promise<SynthPool> {
  const { engine: engineId, options = {} } = typeof engine === 'string' ? { engine, options: {} } : engine;
  // Loaded here as well, to check its options once and to learn how many texts it may speak at once:
  // an HTTP engine mostly waits on the network, and a service limits requests in flight, not cores.
  const { concurrency = availableParallelism() } = await loadEngine(engineId, options);
  const threads: SynthThread[] = [];
  return {
    synthesizeAll: async (voice, texts, onProgress, { inOrder = false } = {}) => {
      while (threads.length < Math.min(concurrency, texts.length))
        threads.push(startThread({ engine: engineId, options }));
      // Longest first, so no thread is left speaking one long text while the others idle (the last-finish gap on
      // what-the-ear-forgives fell from 0.09 s to 0.01 s, median of 3; the wall-clock change was within the noise).
      // inOrder: in the order given, for a caller that uses each result as it comes (narrate-essay.ts encodes each
      // block as soon as it is whole, and the encoding fills the cores where a long last text would leave one idle).
      const order = texts.map((_, index) => index);
      if (!inOrder) order.sort((a, b) => (texts[b]?.length ?? 0) - (texts[a]?.length ?? 0));
      const results: Speech[] = [];
      let next = 0;
      let done = 0;
      const work = async (thread: SynthThread): Promise<void> => {
        for (let n = next++; n < texts.length; n = next++) {
          const index = order[n] ?? n;
          const text = texts[index] ?? '';
          const speech = await thread.speak({ text, voice }).catch((error: Error) => {
            const where = `text ${index + 1} of ${texts.length} ("${text.slice(0, 60)}")`;
            throw new Error(`${engineId} failed on ${where}: ${error.message}`, { cause: error });
          });
          results[index] = speech;
          onProgress?.(++done, texts.length, index, speech);
        }
      };
      await Promise.all(threads.slice(0, Math.min(concurrency, texts.length)).map(work));
      return results;
    },
    close: async () => {
      await Promise.all(threads.splice(0).map((thread) => thread.stop()));
    },
  };
}

/**
 * Speech for each text, in the order given, on threads started for this call alone. onProgress hears of each
 * finished text as it finishes, so a caller can keep it (a cache) before a long run completes.
 */
export async function synthesizeAll(
  engine: PoolEngine,
  voice: string,
  texts: readonly string[],
  onProgress?: (done: number, total: number, index: number, speech: Speech) => void,
  order: { inOrder?: boolean } = {},
): Promise<Speech[]> {
  if (texts.length === 0) return [];
  const pool = await startSynthPool(engine);
  try {
    return await pool.synthesizeAll(voice, texts, onProgress, order);
  } finally {
    await pool.close();
  }
}
