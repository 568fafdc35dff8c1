/**
 * Record format v1, in one place. Limits are the README's ("The record (format v1)"); the
 * TypeScript types below are inferred from this schema, never written twice.
 *
 * Objects strip unknown keys (zod's default), so nothing a record adds beyond
 * the format is ever copied onto the validated value.
 */
import * as z from 'zod/mini';
import { isCalendarDate, isHttpUrl, REFERENCE_TYPES, SCHEMA_VERSION } from './rules.js';

export { MAX_RECORD_BYTES, REFERENCE_TYPES, SCHEMA_VERSION } from './rules.js';

const SLUG = /^[a-z0-9-]{1,64}$/;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));
const slug = z.string().check(
  z.regex(SLUG, 'must be 1 to 64 characters of a-z, 0-9 and -'),
);

/*
 * zod compiles object parsers with `new Function` unless told not to, and even
 * probing for that ability is reported as a violation on strict-CSP pages. The
 * flag is read when each object schema is built, so it is set only while ours are
 * built and restored afterwards, leaving the host page's own zod settings alone.
 */
const config = z.config();
const hostJitless = config.jitless;
z.config({ jitless: true });

export const quickFactSchema = z.object({
  label: text(80),
  value: text(500),
});

export const sectionSchema = z.object({
  id: slug,
  title: text(120),
  paragraphs: z.array(text(4000)).check(z.minLength(1), z.maxLength(50)),
});

export const faqItemSchema = z.object({
  question: text(300),
  answer: text(4000),
});

/** Exported so the JSON Schema generator can describe this check, which JSON Schema cannot express as is. */
export const referenceUrlSchema = z.string().check(
  z.refine(isHttpUrl, 'must be an http(s) URL'),
);

/** Exported for the JSON Schema generator, like `referenceUrlSchema`. */
export const updatedDateSchema = z.string().check(z.refine(isCalendarDate, 'must be a date written YYYY-MM-DD'));

export const referenceSchema = z.object({
  title: text(300),
  url: referenceUrlSchema,
  type: z.enum(REFERENCE_TYPES),
  source: z.optional(text(200)),
  year: z.optional(z.number().check(z.multipleOf(1), z.gte(1800), z.lte(2100))),
});

export const recordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slug,
  name: text(120),
  summary: z.optional(text(500)),
  quickFacts: z.optional(list(quickFactSchema, 30)),
  keyTakeaways: z.optional(list(text(1000), 20)),
  sections: z.optional(list(sectionSchema, 20)),
  faq: z.optional(list(faqItemSchema, 50)),
  references: z.optional(list(referenceSchema, 100)),
  updated: z.optional(updatedDateSchema),
});

z.config({ jitless: hostJitless });

export type CompoundRecord = z.infer<typeof recordSchema>;
export type QuickFact = z.infer<typeof quickFactSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type FaqItem = z.infer<typeof faqItemSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type ReferenceType = Reference['type'];
