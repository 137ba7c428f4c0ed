// One worker thread of the synthesis pool: loads one engine, then speaks each text it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { SpokenWord } from '../audio/speech.ts';
import type { EngineOptions } from '../engines/engine-options.ts';
import { loadEngine } from '../engines/registry.ts';

/** What the pool tells each worker: which engine to load, with the site config's options for it. */
export type SynthWorkerData = { readonly engine: string; readonly options: EngineOptions };
export type SynthRequest = { readonly text: string; readonly voice: string };
export type SynthReply =
  | {
      readonly ok: true;
      readonly samples: Float32Array;
      readonly sampleRate: number;
      readonly words?: readonly SpokenWord[];
    }
  | { readonly ok: false; readonly message: string };

const port = parentPort;
if (!port) throw new Error('synth-worker.ts runs only as a worker thread; use synthesizeAll from synth-pool.ts');
const data = workerData as SynthWorkerData;
const engine = await loadEngine(data.engine, data.options);

async function reply({ text, voice }: SynthRequest): Promise<SynthReply> {
  try {
    const { samples, sampleRate, words } = await engine.synthesize(text, voice);
    return { ok: true, samples, sampleRate, ...(words ? { words } : {}) };
  } catch (error) {
    // The pool reports it with the block's number; an Error itself would lose its message in transit.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

// Transferring the samples' buffer hands it over without a copy.
const transferList = (answer: SynthReply): ArrayBuffer[] =>
  answer.ok && answer.samples.buffer instanceof ArrayBuffer ? [answer.samples.buffer] : [];

port.on('message', (request: SynthRequest) => {
  void reply(request).then((answer) => port.postMessage(answer, transferList(answer)));
});
