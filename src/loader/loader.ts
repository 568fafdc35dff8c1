/**
 * The page-wide record loader. Every card on the page asks here, so each URL is
 * fetched and validated once, however many cards show it; a request is aborted
 * when the last card waiting for it goes away.
 */
import type { RecordOutcome } from '../record/validate.js';
import { fetchRecord } from './fetch-record.js';

interface Entry {
  promise: Promise<RecordOutcome>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/**
 * How long a failure is remembered: long enough that a page full of cards for a
 * broken URL makes one request, short enough that a card added later (after the
 * reader is back online, say) asks again.
 */
const FAILURE_MEMORY_MS = 10_000;

export interface LoadOptions {
  /** Per-attempt timeout in ms; the first card to ask for a URL sets it for that request. */
  timeout: number;
  /** Abort to stop waiting; the request itself is aborted when nobody else waits. */
  signal: AbortSignal;
  /** Ignore a cached failure and ask the server again (the Retry button). */
  fresh?: boolean;
}

function start(url: string, timeout: number): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, waiters: 0, settled: false, promise: undefined! };
  // Successes are kept for the page; failures for FAILURE_MEMORY_MS, or until someone retries.
  entry.promise = fetchRecord(url, controller.signal, timeout).then((outcome) => {
    entry.settled = true;
    if (!outcome.ok) {
      setTimeout(() => {
        if (entries.get(url) === entry) entries.delete(url);
      }, FAILURE_MEMORY_MS);
    }
    return outcome;
  });
  entries.set(url, entry);
  return entry;
}

/**
 * Resolves with the record at `url`, or with `undefined` when `signal` aborted
 * first. Never rejects.
 */
export function loadRecord(url: string, { timeout, signal, fresh }: LoadOptions): Promise<RecordOutcome | undefined> {
  let entry = entries.get(url);
  // A request still in flight is joined even by a retry: it is already fresh.
  if (!entry || (fresh && entry.settled)) entry = start(url, timeout);
  const current = entry;
  if (signal.aborted) return Promise.resolve(undefined);
  current.waiters++;
  return new Promise((resolve) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      current.waiters--;
      resolve(undefined);
      if (current.waiters === 0 && !current.settled) {
        current.controller.abort();
        if (entries.get(url) === current) entries.delete(url);
      }
    };
    signal.addEventListener('abort', leave, { once: true });
    current.promise.then((outcome) => {
      signal.removeEventListener('abort', leave);
      if (done) return;
      done = true;
      current.waiters--;
      resolve(outcome);
    });
  });
}

/** Forgets every cached result. For tests and for hosts that replace records in place. */
export function clearRecordCache(): void {
  entries.clear();
}
