// A stand-in for the OpenAI and ElevenLabs speech APIs, served on 127.0.0.1: the real services cannot be reached
// from the machines these tests run on, so this is the one fake in the narration tests. It checks what the real APIs
// check (the key, the path, the JSON fields) and answers as they do: OpenAI's streamed WAV, whose size fields are
// 0xFFFFFFFF, ElevenLabs' headerless 16 kHz PCM, and each service's own shape of error body.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_KEY = 'sk-test-lectern';
/** Seconds of tone per character of text, so a test can tell which text an answer speaks. */
export const SECONDS_PER_CHARACTER = 0.01;
export const TONE_AMPLITUDE = 0.5;

export interface RecordedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

/** An answer a test asks for in place of speech: a status and body, or a stall. */
export interface ScriptedAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

export interface FakeSpeechServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** The most requests it was answering at one time. */
  readonly maxInFlight: () => number;
  /** Answers served in order to the next requests, before it goes back to speaking. */
  script(...answers: ScriptedAnswer[]): void;
  /** Wait this long before each spoken answer (to make requests overlap). */
  speakAfter(ms: number): void;
  close(): Promise<void>;
}

const FULL_SCALE = 32767;

function tone(characters: number, sampleRate: number): Buffer {
  const count = Math.round(characters * SECONDS_PER_CHARACTER * sampleRate);
  const pcm = Buffer.alloc(count * 2);
  for (let i = 0; i < count; i++)
    pcm.writeInt16LE(Math.round(TONE_AMPLITUDE * FULL_SCALE * Math.sin((2 * Math.PI * 440 * i) / sampleRate)), i * 2);
  return pcm;
}

// The header OpenAI streams ahead of the samples: 24 kHz 16-bit mono, lengths unknown, so 0xFFFFFFFF.
function streamedWavHeader(sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(0xffffffff, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(0xffffffff, 40);
  return header;
}

const json = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function openAi(request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse): void {
  if (request.headers.authorization !== `Bearer ${FAKE_KEY}`) {
    const message =
      'Incorrect API key provided: sk-wr***ng. You can find your API key at https://platform.openai.com/account/api-keys.';
    return json(response, 401, {
      error: { message, type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
    });
  }
  const invalid = ['model', 'input', 'voice'].find((field) => !isText(body[field]));
  if (invalid)
    return json(response, 400, {
      error: { message: `Missing required parameter: '${invalid}'.`, type: 'invalid_request_error' },
    });
  if (body.response_format !== 'wav') return json(response, 400, { error: { message: 'This fake speaks wav only.' } });
  response.writeHead(200, { 'content-type': 'audio/wav' });
  response.end(Buffer.concat([streamedWavHeader(24_000), tone(String(body.input).length, 24_000)]));
}

function elevenLabs(request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse): void {
  if (request.headers['xi-api-key'] !== FAKE_KEY)
    return json(response, 401, { detail: { status: 'invalid_api_key', message: 'Invalid API key' } });
  const url = new URL(request.url ?? '', 'http://fake');
  if (url.searchParams.get('output_format') !== 'pcm_16000')
    return json(response, 400, {
      detail: { status: 'invalid_output_format', message: 'This fake speaks pcm_16000 only.' },
    });
  const missing = ['text', 'model_id'].find((field) => !isText(body[field]));
  if (missing)
    return json(response, 422, { detail: [{ loc: ['body', missing], msg: 'Field required', type: 'missing' }] });
  response.writeHead(200, { 'content-type': 'audio/pcm' }).end(tone(String(body.text).length, 16_000));
}

function speak(request: IncomingMessage, body: unknown, response: ServerResponse): void {
  const path = new URL(request.url ?? '', 'http://fake').pathname;
  if (request.headers['content-type'] !== 'application/json' || typeof body !== 'object' || body === null) {
    return json(response, 400, { error: { message: 'Expected a JSON body' } });
  }
  const fields = body as Record<string, unknown>;
  if (request.method === 'POST' && path === '/v1/audio/speech') return openAi(request, fields, response);
  if (request.method === 'POST' && /^\/v1\/text-to-speech\/[^/]+$/.test(path))
    return elevenLabs(request, fields, response);
  json(response, 404, { detail: 'Not Found' });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

export async function startFakeSpeechServer(): Promise<FakeSpeechServer> {
  const requests: RecordedRequest[] = [];
  const scripted: ScriptedAnswer[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let speechDelayMs = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((request, response) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    response.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = parseBody(Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const answer = scripted.shift();
      if (!answer) return later(speechDelayMs, () => speak(request, body, response));
      later(answer.delayMs ?? 0, () => response.writeHead(answer.status, { ...answer.headers }).end(answer.body ?? ''));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    script: (...answers) => scripted.push(...answers),
    speakAfter: (ms) => (speechDelayMs = ms),
    close: async () => {
      timers.forEach(clearTimeout);
      server.closeAllConnections();
      await new Promise<void>((closed, failed) => server.close((error) => (error ? failed(error) : closed())));
    },
  };
}
