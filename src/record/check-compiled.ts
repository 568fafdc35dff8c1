/**
 * The script-tag bundle's `check.ts`: the same check, run from the schema's
 * description (written at build time from `schema.ts`) instead of zod, which
 * keeps zod out of the bundle. `tests/describe.test.ts` holds the two to the
 * same answers.
 */
import descriptor from 'virtual:compound-record-descriptor';
import { checkDescribed } from './check-described.js';
import type { CheckResult } from './issues.js';
import type { CompoundRecord } from './schema.js';

export const checkRecord = (input: unknown): CheckResult<CompoundRecord> => checkDescribed(descriptor, input);
