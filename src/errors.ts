import type { RecordProblem } from './record/issues.js';

/**
 * What can go wrong on the way from a source to a rendered record. Errors travel
 * as values of this shape, never as exceptions: the card turns them into its
 * error state and a `compound-card-error` event, and the host page sees no throw.
 */
export type LoadErrorKind =
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'parse'
  | 'invalid'
  | 'unsupported-version';

export interface LoadError {
  kind: LoadErrorKind;
  /** For `invalid`: what is wrong, and where. */
  problems?: RecordProblem[];
  /** HTTP status, for `http`. */
  status?: number;
  /** For `unsupported-version`: the version the record claims. */
  detail?: string;
  /** For `parse`: where the JSON text first breaks, counted from 1. */
  line?: number;
  column?: number;
  /** For `parse`: the response was not JSON at all, but this content type. */
  contentType?: string;
  /** For `network`: `src` is not an http(s) address, so nothing was fetched. */
  badAddress?: boolean;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: LoadError };

export const failure = (
  kind: LoadErrorKind,
  extra: Omit<LoadError, 'kind'> = {},
): { ok: false; error: LoadError } => ({ ok: false, error: { kind, ...extra } });
