// The piper engine runs a real child process: a tiny stand-in `piper` script, written here into a temp folder, that
// takes piper's flags, reads the text on stdin and writes a WAV file. No piper or voice model is installed on these
// machines, so this tests our side honestly (spawning, arguments, stdin, exit codes, stderr, the WAV read back),
// not piper's speech.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import type { Speech } from '../../../src/narration/audio/speech.ts';
import { loadEngine } from '../../../src/narration/engines/registry.ts';
import { synthesizeAll } from '../../../src/narration/pipeline/synth-pool.ts';

const SECONDS_PER_CHARACTER = 0.01;
const dir = mkdtempSync(join(tmpdir(), 'lectern-piper-test-'));
const calls = join(dir, 'calls.jsonl');
const model = join(dir, 'en_US-test-medium.onnx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(calls, { force: true });
});

// Like piper: flags as the C++ and Python CLIs spell them, the sample rate from the model's config, stdin as the text.
const FAKE_PIPER = `
const { appendFileSync, readFileSync, writeFileSync } = require('node:fs');
const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const known = ['--model', '--output_file', '--speaker'];
const unknown = args.filter((arg, i) => arg.startsWith('-') && !known.includes(arg));
if (unknown.length) { process.stderr.write('piper: error: unrecognized arguments: ' + unknown.join(' ') + '\\n'); process.exit(2); }
const text = readFileSync(0, 'utf8');
const rate = JSON.parse(readFileSync(flag('--model') + '.json', 'utf8')).audio.sample_rate;
appendFileSync(${JSON.stringify(calls)}, JSON.stringify({ args, text }) + '\\n');
const count = Math.round(text.length * ${SECONDS_PER_CHARACTER} * rate);
const wav = Buffer.alloc(44 + count * 2);
wav.write('RIFF', 0); wav.writeUInt32LE(36 + count * 2, 4); wav.write('WAVEfmt ', 8); wav.writeUInt32LE(16, 16);
wav.writeUInt16LE(1, 20); wav.writeUInt16LE(1, 22); wav.writeUInt32LE(rate, 24); wav.writeUInt32LE(rate * 2, 28);
wav.writeUInt16LE(2, 32); wav.writeUInt16LE(16, 34); wav.write('data', 36); wav.writeUInt32LE(count * 2, 40);
for (let i = 0; i < count; i++) wav.writeInt16LE(Math.round(16000 * Math.sin(2 * Math.PI * 220 * i / rate)), 44 + i * 2);
writeFileSync(flag('--output_file'), wav);
`;

function writeScript(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!${process.execPath}\n${body}`);
  chmodSync(path, 0o755);
  return path;
}

const piperBinary = writeScript('piper', FAKE_PIPER);
writeFileSync(model, 'not really an onnx model');
writeFileSync(`${model}.json`, JSON.stringify({ audio: { sample_rate: 22050 }, espeak: { voice: 'en-us' } }));

const recorded = (): Array<{ args: string[]; text: string }> =>
  readFileSync(calls, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { args: string[]; text: string });
const seconds = ({ samples, sampleRate }: Speech): number => samples.length / sampleRate;

describe('piper engine (a stand-in piper executable; real processes)', () => {
  test("runs piper with --model and --output_file, the text on stdin, and reads the WAV back at the model's rate", async () => {
    const engine = await loadEngine('piper', { binary: piperBinary, model });
    const speech = await engine.synthesize('Grüße: 42 € — as written.', 'default');
    expect(speech.sampleRate).toBe(22050);
    expect(seconds(speech)).toBeCloseTo('Grüße: 42 € — as written.'.length * SECONDS_PER_CHARACTER, 3);
    const [call] = recorded();
    expect(call?.text).toBe('Grüße: 42 € — as written.');
    expect(call?.args.slice(0, 3)).toEqual(['--model', model, '--output_file']);
    expect(call?.args).toHaveLength(4);
    expect(engine.readsTextAsWritten).toBe(true);
  });

  test('removes its temporary WAV file afterwards', async () => {
    await (await loadEngine('piper', { binary: piperBinary, model })).synthesize('Hello.', 'default');
    const output = recorded()[0]?.args[3] ?? '';
    expect(output).toMatch(/speech\.wav$/);
    expect(existsSync(output)).toBe(false);
  });

  test('finds "piper" on PATH by default', async () => {
    vi.stubEnv('PATH', `${dir}${delimiter}${process.env.PATH ?? ''}`);
    await (await loadEngine('piper', { model })).synthesize('Hello.', 'default');
    expect(recorded()).toHaveLength(1);
  });

  test('passes --speaker for a numbered voice of a multi-speaker model, and rejects any other voice name', async () => {
    const engine = await loadEngine('piper', { binary: piperBinary, model });
    await engine.synthesize('Hello.', '3');
    expect(recorded()[0]?.args.slice(-2)).toEqual(['--speaker', '3']);
    await expect(engine.synthesize('Hello.', 'amy')).rejects.toThrow(
      'piper voice must be "default" or the speaker number of a multi-speaker model, not "amy"',
    );
  });

  test('says so, naming the option, when the binary is not there', async () => {
    const missing = join(dir, 'no-such-piper');
    const engine = await loadEngine('piper', { binary: missing, model });
    await expect(engine.synthesize('Hello.', 'default')).rejects.toThrow(
      new RegExp(
        `cannot run piper binary "${missing}": .*ENOENT \\(not found: install piper, or set the narration option "binary" to its path\\)`,
      ),
    );
  });

  test('fails at load, naming the path, when the model or its config is missing', async () => {
    await expect(loadEngine('piper', { binary: piperBinary, model: join(dir, 'absent.onnx') })).rejects.toThrow(
      `no model at ${join(dir, 'absent.onnx')}`,
    );
    const lonely = join(dir, 'lonely.onnx');
    writeFileSync(lonely, 'a model without its config');
    await expect(loadEngine('piper', { binary: piperBinary, model: lonely })).rejects.toThrow(
      `no model config at ${lonely}.json`,
    );
    await expect(loadEngine('piper', { binary: piperBinary })).rejects.toThrow(
      'narration engine "piper" needs the option "model"',
    );
  });

  test("reports piper's exit code and what it said on stderr", async () => {
    const broken = writeScript(
      'broken-piper',
      `process.stderr.write('Loading voice\\nError: failed to load model\\n'); process.exit(3);`,
    );
    const engine = await loadEngine('piper', { binary: broken, model });
    await expect(engine.synthesize('Hello.', 'default')).rejects.toThrow(
      'piper exited with code 3: Loading voice\nError: failed to load model',
    );
  });

  test('reports a piper that succeeds but writes nothing', async () => {
    const silent = writeScript('silent-piper', `require('node:fs').readFileSync(0);`);
    const engine = await loadEngine('piper', { binary: silent, model });
    await expect(engine.synthesize('Hello.', 'default')).rejects.toThrow(
      /piper exited without error but wrote no audio to .*speech\.wav/,
    );
  });

  test("its version names the model and changes when the model's bytes change, so a new model re-narrates", async () => {
    const copy = join(dir, 'copy.onnx');
    writeFileSync(copy, 'model bytes, version one');
    writeFileSync(`${copy}.json`, '{"audio":{"sample_rate":16000}}');
    const before = (await loadEngine('piper', { model: copy })).version;
    writeFileSync(copy, 'model bytes, version two');
    const after = (await loadEngine('piper', { model: copy })).version;
    expect(before).toMatch(/^copy\.onnx [0-9a-f]{16}$/);
    expect(after).not.toBe(before);
  });

  test("runs in the synthesis pool's worker threads", async () => {
    const texts = ['One.', 'Two, longer.', 'Three, the longest of them all.'];
    const results = await synthesizeAll({ engine: 'piper', options: { binary: piperBinary, model } }, 'default', texts);
    expect(results.map((speech) => Math.round(seconds(speech) / SECONDS_PER_CHARACTER))).toEqual(
      texts.map((t) => t.length),
    );
  });
});
