// Any OpenAI-compatible speech service (OpenAI, or a local server such as Kokoro-FastAPI): real text in, WAV out.
import { apiKeyFromEnv } from './http/api-key.ts';
import { readEngineOptions, type EngineOptions } from './engine-options.ts';
import type { Speech } from '../audio/speech.ts';
import type { SpeechEngine } from './speech-engine.ts';
import { fetchSpeech } from './http/fetch-speech.ts';
import { decodeWav } from '../audio/wav.ts';

const ID = 'openai';
const OPTIONS = ['baseUrl', 'model', 'apiKeyEnv', 'timeoutSeconds', 'concurrency'];

// OpenAI explains a refusal as { "error": { "message": "…" } }; compatible servers mostly copy it.
function errorMessage(body: unknown): string | undefined {
  const error = (body as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

export function openAiSpeech(options: EngineOptions): SpeechEngine {
  const read = readEngineOptions(ID, options, OPTIONS);
  const baseUrl = read.url('baseUrl', 'https://api.openai.com');
  // The OpenAI SDKs' base URL ends in /v1; this one must not, or requests would go to /v1/v1/audio/speech.
  if (baseUrl.endsWith('/v1'))
    throw new Error(
      `narration option "baseUrl" of engine "${ID}" must not end in /v1 (${baseUrl}): Lectern adds /v1/audio/speech`,
    );
  const model = read.string('model', 'gpt-4o-mini-tts');
  const apiKeyEnv = read.string('apiKeyEnv', 'OPENAI_API_KEY');
  const timeoutMs = read.positive('timeoutSeconds', 120) * 1000;
  // Four at once: most of the speed-up on a long essay, and few enough that a low usage tier rarely answers 429.
  const concurrency = read.count('concurrency', 4);

  async function synthesize(text: string, voice: string): Promise<Speech> {
    const wav = await fetchSpeech({
      engineId: ID,
      url: `${baseUrl}/v1/audio/speech`,
      headers: { authorization: `Bearer ${apiKeyFromEnv(ID, apiKeyEnv)}` },
      // WAV rather than pcm: its header states the sample rate, which differs between compatible servers.
      body: { model, input: text, voice, response_format: 'wav' },
      timeoutMs,
      errorMessage,
    });
    return decodeWav(wav);
  }

  // The host is in the version because a compatible server may use the same model name for a different voice.
  const version = `${model} at ${new URL(baseUrl).host}`;
  return { id: ID, version, defaultVoice: 'alloy', readsTextAsWritten: true, concurrency, synthesize };
}
