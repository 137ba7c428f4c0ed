// A local piper binary with a voice model (.onnx beside its .onnx.json): neural speech, offline, in many languages.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sha256OfFiles } from '../../files/sha256.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { readEngineOptions, type EngineOptions } from './engine-options.ts';
import type { Speech } from '../audio/speech.ts';
import type { SpeechEngine } from './speech-engine.ts';
import { decodeWav } from '../audio/wav.ts';

const ID = 'piper';
const OPTIONS = ['binary', 'model'];
// The end of standard error is where a failing program says why.
const STDERR_KEPT = 2000;

// Piper's --speaker takes a number; "default" leaves a multi-speaker model on its first speaker.
function speakerArgs(voice: string): string[] {
  if (voice === 'default') return [];
  if (/^\d+$/.test(voice)) return ['--speaker', voice];
  throw new Error(`piper voice must be "default" or the speaker number of a multi-speaker model, not "${voice}"`);
}

// Both the C++ piper and the Python one (piper-tts) take these flags, and read all of standard input into one WAV file.
function runPiper(binary: string, args: readonly string[], text: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    let inputError: Error | undefined;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_KEPT)));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const missing =
        error.code === 'ENOENT' ? ' (not found: install piper, or set the narration option "binary" to its path)' : '';
      fail(new Error(`cannot run piper binary "${binary}": ${error.message}${missing}`, { cause: error }));
    });
    // A piper that exits without reading its input breaks the pipe; its exit status or this error says why.
    child.stdin.on('error', (error) => (inputError = error));
    child.on('close', (code, signal) => {
      const said = stderr.trim() ? `: ${stderr.trim()}` : '';
      if (code !== 0)
        fail(new Error(`piper ${signal ? `was killed by ${signal}` : `exited with code ${code}`}${said}`));
      else if (inputError) fail(new Error(`piper did not read the text: ${inputError.message}${said}`));
      else done();
    });
    child.stdin.end(text);
  });
}

export async function piper(options: EngineOptions): Promise<SpeechEngine> {
  const read = readEngineOptions(ID, options, OPTIONS);
  const binary = read.string('binary', ID);
  const model = resolve(read.string('model'));
  const config = `${model}.json`;
  if (!existsSync(model)) throw new Error(`narration engine "${ID}": no model at ${model} (the option "model")`);
  if (!existsSync(config))
    throw new Error(`narration engine "${ID}": no model config at ${config} (piper reads it from beside the model)`);

  async function synthesize(text: string, voice: string): Promise<Speech> {
    const speaker = speakerArgs(voice);
    const dir = await mkdtemp(join(tmpdir(), 'lectern-piper-'));
    try {
      // A WAV file rather than --output-raw: its header states the model's sample rate.
      const output = join(dir, 'speech.wav');
      await runPiper(binary, ['--model', model, '--output_file', output, ...speaker], text);
      if (!existsSync(output)) throw new Error(`piper exited without error but wrote no audio to ${output}`);
      return decodeWav(await readFile(output));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  // Model and config together decide the voice; a retrained model keeps its file name and size, so hash the bytes.
  const version = `${basename(model)} ${(await sha256OfFiles([model, config])).slice(0, 16)}`;
  return { id: ID, version, defaultVoice: 'default', readsTextAsWritten: true, synthesize };
}
