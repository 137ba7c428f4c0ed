// ElevenLabs text to speech: many voices and languages, as raw 16 kHz PCM, so there is no container to decode.
import { apiKeyFromEnv } from './http/api-key.ts';
import { readEngineOptions, type EngineOptions } from './engine-options.ts';
import type { Speech } from '../audio/speech.ts';
import type { SpeechEngine } from './speech-engine.ts';
import { fetchSpeech } from './http/fetch-speech.ts';
import { decodePcm16 } from '../audio/pcm16.ts';

const ID = 'elevenlabs';
const OPTIONS = ['baseUrl', 'model', 'apiKeyEnv', 'timeoutSeconds', 'concurrency'];
const OUTPUT_FORMAT = 'pcm_16000';
const SAMPLE_RATE = 16_000;

// ElevenLabs explains a refusal as { detail: { status, message } }, or a malformed request as { detail: [{ msg }] }.
function errorMessage(body: unknown): string | undefined {
  const detail = (body as { detail?: unknown } | undefined)?.detail;
  if (typeof detail === 'string') return detail;
  const first = (Array.isArray(detail) ? detail[0] : detail) as
    | { message?: unknown; msg?: unknown; status?: unknown }
    | undefined;
  const message = first?.message ?? first?.msg ?? first?.status;
  return typeof message === 'string' ? message : undefined;
}

export function elevenLabs(options: EngineOptions): SpeechEngine {
  const read = readEngineOptions(ID, options, OPTIONS);
  const baseUrl = read.url('baseUrl', 'https://api.elevenlabs.io');
  const model = read.string('model', 'eleven_multilingual_v2');
  const apiKeyEnv = read.string('apiKeyEnv', 'ELEVENLABS_API_KEY');
  const timeoutMs = read.positive('timeoutSeconds', 120) * 1000;
  // ElevenLabs limits requests in flight by plan, and its Free plan allows two.
  const concurrency = read.count('concurrency', 2);

  async function synthesize(text: string, voice: string): Promise<Speech> {
    const pcm = await fetchSpeech({
      engineId: ID,
      url: `${baseUrl}/v1/text-to-speech/${encodeURIComponent(voice)}?output_format=${OUTPUT_FORMAT}`,
      headers: { 'xi-api-key': apiKeyFromEnv(ID, apiKeyEnv) },
      body: { text, model_id: model },
      timeoutMs,
      errorMessage,
    });
    return decodePcm16(pcm, SAMPLE_RATE);
  }

  // The voice is a voice id; George's is the one ElevenLabs' own quickstart uses.
  return {
    id: ID,
    version: `${model} ${OUTPUT_FORMAT}`,
    defaultVoice: 'JBFqnCBsd6RMkjVDRZzb',
    readsTextAsWritten: true,
    concurrency,
    synthesize,
  };
}
