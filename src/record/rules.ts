/**
 * The record format's constants and its two hand-written checks. No zod here:
 * the script-tag bundle uses these without the schema library (see
 * `check-described.ts`), and the zod schema in `schema.ts` is built from them.
 */
import { safeHttpUrl } from './safe-url.js';

/** The record format version this card reads. */
export const SCHEMA_VERSION = 1;

/** Largest record JSON text accepted, in bytes. */
export const MAX_RECORD_BYTES = 512 * 1024;

export const REFERENCE_TYPES = ['study', 'regulator', 'reference'] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (so 2026-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isHttpUrl = (value: string): boolean => safeHttpUrl(value) !== undefined;

/** The schema's custom checks by name, so a description of the schema can refer to them. */
export const CUSTOM_CHECKS = { isHttpUrl, isCalendarDate } as const;
export type CustomCheckName = keyof typeof CUSTOM_CHECKS;
