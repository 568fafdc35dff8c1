/** Checks a value with the zod record schema. The script-tag bundle swaps this module for `check-compiled.ts`. */
import type * as z from 'zod/mini';
import { failure } from '../errors.js';
import { formatPath, problemOf, type CheckResult } from './issues.js';
import { recordSchema, type CompoundRecord } from './schema.js';

export function checkRecord(input: unknown): CheckResult<CompoundRecord> {
  const result = recordSchema.safeParse(input, {
    error: (issue: z.core.$ZodRawIssue) => problemOf(issue as Parameters<typeof problemOf>[0]),
  });
  return result.success
    ? { ok: true, value: result.data }
    : failure('invalid', { problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) });
}
