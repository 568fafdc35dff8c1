/**
 * One polite, bounded fetch of a record URL: a timeout per attempt, retries with
 * backoff only where a retry can help, a size cap enforced while the body
 * streams, a JSON content-type check, and no credentials.
 */
import { failure } from '../errors.js';
import { MAX_RECORD_BYTES } from '../record/rules.js';
import { parseRecordText, type RecordOutcome } from '../record/validate.js';

export const RETRIES = 2;
const BACKOFF_MS = 300;
/** Longest `Retry-After` we honour; a server asking for more gets this much. */
const RETRY_AFTER_CAP_MS = 5000;

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** Delay before attempt `attempt` (1-based retry count): exponential, with ±50% jitter, or the server's `Retry-After`. */
function retryDelay(attempt: number, retryAfter: string | null): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (ms >= 0) return Math.min(ms, RETRY_AFTER_CAP_MS);
  }
  return BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + Math.random());
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Reads the body, stopping as soon as it passes the cap; `undefined` means too large. */
async function readCapped(response: Response): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RECORD_BYTES) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RECORD_BYTES) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  // Decoded as UTF-8, as TextDecoder would (a byte-order mark dropped).
  return new Blob(chunks).text();
}

/** One attempt; `retryAfter` is set when the failure is worth retrying. */
async function attempt(
  url: string,
  signal: AbortSignal,
  timeout: number,
): Promise<{ outcome: RecordOutcome; retryAfter?: string | null }> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const outcome = failure('http', { status: response.status });
      return isRetryable(response.status)
        ? { outcome, retryAfter: response.headers.get('retry-after') }
        : { outcome };
    }
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      void response.body?.cancel().catch(() => {});
      return { outcome: failure('parse', { contentType: type.split(';')[0]?.trim() || 'no content type' }) };
    }
    const text = await readCapped(response);
    if (text === undefined) return { outcome: failure('too-large', { detail: String(MAX_RECORD_BYTES) }) };
    return { outcome: parseRecordText(text) };
  } catch {
    // fetch rejects without detail for offline, DNS and CORS alike; an abort is ours.
    if (timedOut) return { outcome: failure('timeout', { detail: String(timeout) }) };
    return { outcome: failure('network'), retryAfter: null };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Fetches, parses and validates a record. Never rejects; an aborted load resolves to a `network` failure nobody reads. */
export async function fetchRecord(url: string, signal: AbortSignal, timeout: number): Promise<RecordOutcome> {
  for (let tries = 0; ; tries++) {
    const { outcome, retryAfter } = await attempt(url, signal, timeout);
    if (outcome.ok || retryAfter === undefined || tries >= RETRIES || signal.aborted) return outcome;
    await sleep(retryDelay(tries + 1, retryAfter), signal);
    if (signal.aborted) return outcome;
  }
}
