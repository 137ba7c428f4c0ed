// Asks a cloud speech service for audio: one JSON POST, each try with a deadline, retried on 429 and 5xx.
import { setTimeout as sleep } from 'node:timers/promises';
import { retryAfterMs } from './retry-after.ts';

// Three tries, 1 s then 2 s apart unless the service names a wait: rides out a burst without stalling a build for long.
const TRIES = 3;
const FIRST_BACKOFF_MS = 1000;
// A service that asks for a longer wait (an exhausted quota) will not recover within one narration run.
const LONGEST_WAIT_MS = 60_000;
// An HTML error page or a proxy's notice is long; its first lines say enough.
const BODY_QUOTED = 300;

export interface SpeechRequest {
  /** The engine's id, which starts every error message. */
  readonly engineId: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body: unknown;
  readonly timeoutMs: number;
  /** The service's own explanation in a parsed error body, if it gives one. */
  readonly errorMessage: (body: unknown) => string | undefined;
}

type Answer = { readonly response: Response; readonly bytes: Uint8Array };

/** The audio bytes the service returns; the caller decodes them. */
export async function fetchSpeech(request: SpeechRequest): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    const { response, bytes } = await post(request);
    if (response.ok) return audio(request, response, bytes);
    const problem = `${request.engineId}: HTTP ${response.status} from ${request.url}: ${serviceMessage(request, bytes)}`;
    if (response.status !== 429 && response.status < 500) throw new Error(problem);
    if (attempt === TRIES) throw new Error(`${problem} (gave up after ${TRIES} tries)`);
    const wait = retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? FIRST_BACKOFF_MS * 2 ** (attempt - 1);
    if (wait > LONGEST_WAIT_MS)
      throw new Error(`${problem} (it asks to wait ${Math.round(wait / 1000)} s before retrying; giving up)`);
    await sleep(wait);
  }
}

// The deadline covers the whole answer, body included: a service that stalls mid-body is as stuck as one that never answers.
async function post(request: SpeechRequest): Promise<Answer> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { ...request.headers, 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new Error(`${request.engineId}: no answer from ${request.url} within ${request.timeoutMs / 1000} s`, {
        cause: error,
      });
    }
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`${request.engineId}: could not reach ${request.url}: ${reason}`, { cause: error });
  }
}

function audio(request: SpeechRequest, response: Response, bytes: Uint8Array): Uint8Array {
  const type = response.headers.get('content-type') ?? '';
  if (!/^(audio\/|application\/octet-stream)/i.test(type)) {
    throw new Error(
      `${request.engineId}: ${request.url} answered with ${type || 'no content type'}, not audio: ${quote(bytes)}`,
    );
  }
  if (bytes.byteLength === 0) throw new Error(`${request.engineId}: ${request.url} answered with no audio`);
  return bytes;
}

function serviceMessage(request: SpeechRequest, bytes: Uint8Array): string {
  return request.errorMessage(parseJson(new TextDecoder().decode(bytes))) ?? (quote(bytes) || 'no explanation given');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Not JSON (a plain-text or HTML error page): the caller quotes the text instead.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

const quote = (bytes: Uint8Array): string =>
  new TextDecoder().decode(bytes.subarray(0, BODY_QUOTED)).replace(/\s+/g, ' ').trim();
